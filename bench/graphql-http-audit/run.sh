#!/usr/bin/env bash
# Runs the graphql-http audit (13 MUST, 23 SHOULD, 25 MAY items) against the packaged service.
# Usage: bench/graphql-http-audit/run.sh   (after ./mvnw package; needs Node.js and npm)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${AUDIT_PORT:-18080}"

(cd "$here" && npm ci --no-audit --no-fund --silent)
java -Dquarkus.http.port="$port" -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/audit-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1 && break
  sleep 0.5
done
node "$here/audit.mjs" "http://localhost:$port/graphql"
