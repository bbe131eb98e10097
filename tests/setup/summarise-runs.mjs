/* global console, process */
// Reads the two Vitest JSON reports (embedded run, Neo4j run) and prints the closing lines.
// Fails when the Neo4j contract ran no test, skipped any, or ran fewer than the embedded contract.
import { readFileSync } from 'node:fs';

const [embeddedPath, neo4jPath] = process.argv.slice(2);
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const runs = [read(embeddedPath), read(neo4jPath)];
const contractCount = (report, suffix) => {
  const file = report?.testResults.find((f) => f.name.endsWith(suffix));
  const results = file ? file.assertionResults : [];
  return { total: results.length, passed: results.filter((t) => t.status === 'passed').length };
};
const embedded = contractCount(runs[0], 'tests/contract/embedded-store.test.ts');
const neo4j = contractCount(runs[1], 'tests/contract/neo4j-store.test.ts');
console.log(`Neo4j contract: ${neo4j.passed} of ${neo4j.total} passed`);

let failed = 0;
let passed = 0;
let skipped = 0;
for (const report of runs) {
  if (!report) {
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
// A Neo4j suite that skips itself is a failure, not a pass.
const neo4jSkipped = runs[1] ? runs[1].numPendingTests + runs[1].numTodoTests : 0;
let bad = failed > 0;
if (neo4j.total === 0 || neo4j.passed !== neo4j.total || neo4j.total !== embedded.total) {
  console.log(`The Neo4j contract must run and pass every test the embedded contract has (${embedded.total}).`);
  bad = true;
}
if (neo4jSkipped > 0) {
  console.log(`${neo4jSkipped} test(s) skipped themselves in the Neo4j run.`);
  bad = true;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad ? 1 : 0);
