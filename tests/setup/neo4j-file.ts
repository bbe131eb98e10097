/** After each test file of the Neo4j run: empty the database and close the file's driver. */
import { afterAll } from 'vitest';
import { closeSharedNeo4j } from '../fixtures/test-store.js';

afterAll(closeSharedNeo4j);
