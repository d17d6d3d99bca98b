#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 with a dedicated test database and user
# (stancegraph_test / stancegraph / stancegraph). Installs Debian's postgresql and starts it when
# no server runs. Used by .ci/run; developers can run it before `./mvnw verify -Ppostgres`.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2> /dev/null; then
  if ! command -v pg_ctlcluster > /dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do
    pg_isready -h 127.0.0.1 -p 5432 -q && break
    sleep 1
  done
fi

as_postgres() {
  if command -v runuser > /dev/null && id postgres > /dev/null 2>&1; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
  else
    psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"
  fi
}
as_postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stancegraph') THEN
  CREATE ROLE stancegraph LOGIN PASSWORD 'stancegraph'; END IF; END \$\$;"
# stancegraph_test_replicas: ReplicasIT's own database, so that no other instance of the suite joins its replicas;
# made anew each time, so that no session left on it by an earlier run holds a lock its Flyway clean would wait for
as_postgres -c "DROP DATABASE IF EXISTS stancegraph_test_replicas WITH (FORCE)"
for db in stancegraph_test stancegraph_test_replicas; do
  if [[ -z "$(as_postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
    as_postgres -c "CREATE DATABASE $db OWNER stancegraph"
  fi
done
echo "PostgreSQL ready: jdbc:postgresql://127.0.0.1:5432/stancegraph_test and stancegraph_test_replicas (user stancegraph)"
