#!/usr/bin/env bash
# One database and one login role per service, as deploy/local/stack.sh makes them (run once, on an empty volume).
set -euo pipefail
for db in personnel cases evidence review disclosure; do
  password_var="${db^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE ${db}_svc LOGIN PASSWORD '${!password_var}';
CREATE DATABASE ${db} OWNER ${db}_svc;
SQL
done
