#!/usr/bin/env bash
# The Neo4j run starts Neo4j from Maven Central (neo4j-launcher/), which needs a JDK 17+ and Maven.
# The development and CI machines have both; install Debian's when missing, so `npm test` passes on
# a fresh machine of another kind.
set -euo pipefail
if command -v java >/dev/null && command -v mvn >/dev/null; then exit 0; fi
echo "Installing a JDK and Maven for the Neo4j test run…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
java -version
