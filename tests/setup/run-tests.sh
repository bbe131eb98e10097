#!/usr/bin/env bash
# The whole suite, twice over the store port: every suite on the embedded store, then the suites
# that go through the port (store contract, API, analysis, editing, accounts, views, audit,
# import/export, briefs, reading, browser tests of the explorer, and the Neo4j-only ones) on a real
# Neo4j 5.26. Unless NEO4J_URI names one, a scratch Neo4j starts in the background while the
# embedded run goes on (tests/setup/neo4j-server.sh) and is stopped by PID at the end, whatever
# happens. Ends with the plain lines
#   Neo4j contract: N of N passed
#   Tests: N passed, N failed, N skipped
# that any CI can read. A Neo4j contract that ran fewer tests than the embedded one fails the run.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
rm -f test-results/embedded.json test-results/neo4j.json

own_neo4j=""
if [[ -z "${NEO4J_URI:-}" ]]; then
  bash tests/setup/ensure-java.sh || exit 1
  own_neo4j="$(mktemp -d /tmp/atlas-neo4j-test.XXXXXX)"
  trap 'bash tests/setup/neo4j-server.sh stop "$own_neo4j"' EXIT INT TERM
  bash tests/setup/neo4j-server.sh start "$own_neo4j"
fi

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/embedded.json "$@"
embedded_status=$?

neo4j_status=1
if [[ -n "$own_neo4j" ]]; then
  if env_line="$(bash tests/setup/neo4j-server.sh wait "$own_neo4j")"; then
    # shellcheck disable=SC2086 # one line of NAME=value words
    export $env_line
  else
    env_line=""
  fi
fi
if [[ -n "${NEO4J_URI:-}" ]]; then
  STORE=neo4j npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/neo4j.json "$@"
  neo4j_status=$?
fi

node tests/setup/summarise-runs.mjs test-results/embedded.json test-results/neo4j.json
summary_status=$?

if [[ $embedded_status -ne 0 || $neo4j_status -ne 0 || $summary_status -ne 0 ]]; then exit 1; fi
