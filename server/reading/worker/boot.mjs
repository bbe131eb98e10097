// Worker entry: registers tsx's loader in the worker thread (test runners do not pass theirs on),
// then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./reading-worker.ts');
