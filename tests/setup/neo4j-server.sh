#!/usr/bin/env bash
# A scratch Neo4j 5.26 Community for the tests (neo4j-launcher/, Bolt on 127.0.0.1), in three steps
# so it can start while other work runs:
#   neo4j-server.sh start DIR   launch in the background (data, log, pid and password in DIR)
#   neo4j-server.sh wait DIR    wait for READY (up to NEO4J_START_SECONDS, 900); print the env to export
#   neo4j-server.sh stop DIR    SIGTERM by PID, SIGKILL after a minute, remove DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command="$1"
dir="$2"
port="${NEO4J_TEST_PORT:-7688}"

case "$command" in
  start)
    mkdir -p "$dir"
    od -An -N8 -tx1 /dev/urandom | tr -d ' \n' | sed 's/^/test-/' >"$dir/password"
    NEO4J_PASSWORD="$(cat "$dir/password")" NEO4J_PORT="$port" NEO4J_DATA="$dir/db" \
      NEO4J_HEAP="${NEO4J_HEAP:-1g}" setsid "$root/neo4j-launcher/start.sh" >"$dir/launcher.log" 2>&1 &
    echo $! >"$dir/pid"
    ;;
  wait)
    pid="$(cat "$dir/pid")"
    # Maven may download Neo4j on the first start, and a busy machine starts a JVM slowly.
    limit=$((${NEO4J_START_SECONDS:-900} * 2))
    for ((i = 0; i < limit; i++)); do
      # Anywhere on a line: Maven's first-run output may leave escape codes before it.
      if grep -q 'READY bolt://' "$dir/launcher.log"; then
        echo "Neo4j 5.26 Community: $(grep -o 'READY bolt://[^ ]*' "$dir/launcher.log")" >&2
        echo "NEO4J_URI=bolt://127.0.0.1:$port NEO4J_USER=neo4j NEO4J_DATABASE=neo4j NEO4J_PASSWORD=$(cat "$dir/password")"
        exit 0
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "Neo4j did not start:" >&2
        tail -40 "$dir/launcher.log" >&2
        exit 1
      fi
      sleep 0.5
    done
    echo "Neo4j did not report READY within ${NEO4J_START_SECONDS:-900} s:" >&2
    tail -40 "$dir/launcher.log" >&2
    exit 1
    ;;
  stop)
    if [[ -f "$dir/pid" ]]; then
      pid="$(cat "$dir/pid")"
      # setsid made it a process group of its own: end the JVM and the script that started it.
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: neo4j-server.sh start|wait|stop DIR" >&2
    exit 2
    ;;
esac
