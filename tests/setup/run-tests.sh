#!/usr/bin/env bash
# Runs the whole Vitest suite and ends with one plain line, "N passed, N failed, N skipped", that
# any CI can read whatever runner it knows.
set -uo pipefail
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  } catch { console.log("Tests: 0 passed, 1 failed"); }
'
exit $status
