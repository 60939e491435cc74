#!/usr/bin/env bash
# Makes sure a Postgres answers at 127.0.0.1:5432 for user postgres without a password.
# Where none does, installs Debian's postgresql, trusts local TCP connections and starts it.
set -euo pipefail

answers() { psql "postgres://postgres@127.0.0.1:5432/postgres" -tAc "select 1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

answers && exit 0

if ! ls /etc/postgresql/*/main/pg_hba.conf >/dev/null 2>&1; then
  echo "==> apt-get install postgresql"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql
fi
version=$(ls /etc/postgresql | sort -V | tail -n1)
hba=/etc/postgresql/$version/main/pg_hba.conf
if ! as_root grep -q "^host all all 127.0.0.1/32 trust" "$hba"; then
  echo "==> trusting local TCP connections in $hba (a test database only)"
  as_root sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
fi
as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
  || as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
for _ in $(seq 1 30); do answers && break; sleep 1; done
answers || { echo "Postgres did not come up on 127.0.0.1:5432" >&2; exit 1; }
psql "postgres://postgres@127.0.0.1:5432/postgres" -tAc "select 1 from pg_database where datname='test'" | grep -q 1 \
  || psql "postgres://postgres@127.0.0.1:5432/postgres" -qc "CREATE DATABASE test"
