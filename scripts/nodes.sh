#!/usr/bin/env bash
# Starts three Haven nodes on this machine that know each other: Norway on 8080, Lithuania on 8081,
# Poland on 8082, each with its own data directory under ./haven-nodes and demo data.
# Build first: ./mvnw -q -DskipTests package. Stop with Ctrl-C (all three stop).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/haven.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
mkdir -p haven-nodes
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
start() { # country port zone partner-ports...
  local country=$1 port=$2 zone=$3; shift 3
  local partners=""
  for p in "$@"; do partners="${partners:+$partners,}http://localhost:$p"; done
  java -jar "$jar" --server.port="$port" --haven.data-dir="haven-nodes/$country" \
    --haven.country="$country" --haven.node.id="$country" --haven.node.name="Haven $country (demo)" \
    --haven.time-zone="$zone" --haven.base-url="http://localhost:$port" \
    --haven.crossborder.partners="$partners" > "haven-nodes/$country.log" 2>&1 &
  pids+=($!)
  echo "$country: http://localhost:$port/ (log: haven-nodes/$country.log)"
}
start NO 8080 Europe/Oslo 8081 8082
start LT 8081 Europe/Vilnius 8080 8082
start PL 8082 Europe/Warsaw 8080 8081
echo "Partners are learnt within a minute of all three being up. Demo password: see any log."
wait
