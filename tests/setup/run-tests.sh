#!/usr/bin/env bash
# The whole suite, twice over the store port: every suite on the embedded store, then the suites
# that go through the port (store contract, API, analysis, editing, accounts, views, audit,
# import/export, briefs, and the Neo4j-only ones) on a real Neo4j 5.26 started for the purpose
# (tests/setup/with-neo4j.sh). Ends with the plain lines
#   Neo4j contract: N of N passed
#   Tests: N passed, N failed, N skipped
# that any CI can read. A Neo4j contract that ran fewer tests than the embedded one fails the run.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
rm -f test-results/embedded.json test-results/neo4j.json

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/embedded.json "$@"
embedded_status=$?

STORE=neo4j bash tests/setup/with-neo4j.sh \
  npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/neo4j.json "$@"
neo4j_status=$?

node tests/setup/summarise-runs.mjs test-results/embedded.json test-results/neo4j.json
summary_status=$?

if [[ $embedded_status -ne 0 || $neo4j_status -ne 0 || $summary_status -ne 0 ]]; then exit 1; fi
