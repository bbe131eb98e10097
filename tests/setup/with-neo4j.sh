#!/usr/bin/env bash
# Runs a command with a real Neo4j 5.26 Community at NEO4J_URI: the one already named in the
# environment, or a scratch one started here (tests/setup/neo4j-server.sh) and stopped by PID when
# the command ends, whatever way it ends.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ -n "${NEO4J_URI:-}" ]]; then exec "$@"; fi
bash "$root/tests/setup/ensure-java.sh"
dir="$(mktemp -d /tmp/atlas-neo4j-test.XXXXXX)"
trap 'bash "$root/tests/setup/neo4j-server.sh" stop "$dir"' EXIT INT TERM
bash "$root/tests/setup/neo4j-server.sh" start "$dir"
env_line="$(bash "$root/tests/setup/neo4j-server.sh" wait "$dir")"
export $env_line
"$@"
