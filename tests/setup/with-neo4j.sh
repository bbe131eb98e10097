#!/usr/bin/env bash
# Runs a command with a real Neo4j 5.26 Community at NEO4J_URI: the one already named in the
# environment, or a scratch one started here (neo4j-launcher/, Bolt on 127.0.0.1, a throw-away data
# folder and password) and stopped by PID when the command ends, whatever way it ends.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ -n "${NEO4J_URI:-}" ]]; then exec "$@"; fi
bash "$root/tests/setup/ensure-java.sh"

port="${NEO4J_TEST_PORT:-7688}"
data="$(mktemp -d /tmp/atlas-neo4j-test.XXXXXX)"
log="$data/launcher.log"
export NEO4J_PASSWORD="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
NEO4J_PORT="$port" NEO4J_DATA="$data/db" NEO4J_HEAP="${NEO4J_HEAP:-1g}" "$root/neo4j-launcher/start.sh" >"$log" 2>&1 &
pid=$!
stop() {
  kill -TERM "$pid" 2>/dev/null || true
  # A clean shutdown takes a few seconds; past a minute, end it.
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT INT TERM

# Maven may download Neo4j on the first start: allow it a few minutes, and stop at once if it dies.
for _ in $(seq 1 600); do
  if grep -q '^READY ' "$log"; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "Neo4j did not start:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! grep -q '^READY ' "$log"; then
  echo "Neo4j did not report READY within 5 minutes:" >&2
  tail -40 "$log" >&2
  exit 1
fi
echo "Neo4j 5.26 Community: $(grep '^READY ' "$log")"
export NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_DATABASE=neo4j
"$@"
