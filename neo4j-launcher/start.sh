#!/usr/bin/env bash
# Starts Neo4j 5.26 Community with Bolt on 127.0.0.1, without Docker: `npm run neo4j`.
# The first run has Maven download Neo4j and its libraries (~150 MB into ~/.m2, under a minute on a
# good connection); later runs start in about 15 s. Prints "READY bolt://127.0.0.1:PORT".
#   NEO4J_PORT (7687), NEO4J_DATA (./neo4j-data), NEO4J_PASSWORD (required, 8+ characters),
#   NEO4J_HEAP (1g)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
classpath="$here/target/classpath.txt"
if [[ ! -s "$classpath" || "$here/pom.xml" -nt "$classpath" ]]; then
  echo "neo4j-launcher: resolving Neo4j $(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml") with Maven…" >&2
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath" >&2
  echo >&2
fi
exec java "-Xmx${NEO4J_HEAP:-1g}" -XX:+UseG1GC -cp "$(cat "$classpath")" \
  "$here/src/main/java/atlas/Neo4jLauncher.java" \
  --port "${NEO4J_PORT:-7687}" --data "${NEO4J_DATA:-neo4j-data}" "$@"
