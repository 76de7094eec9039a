#!/usr/bin/env bash
# Backup and restore of the local stack's state: every service database (pg_dump custom format) and every object the
# databases name (evidence, received complaint attachments, issued documents), each checked against the SHA-256 its
# record holds. docs/operations.md describes the same for a province and the restore drill the test suite runs with it.
#
#   backup.sh backup DIR            the databases first, then the objects they name: a record never points to an
#                                   object the backup lacks, and an object whose bytes differ from its record fails it
#   backup.sh restore DIR SUFFIX    into new databases <db>SUFFIX and buckets <bucket>SUFFIX (e.g. _restored), next
#                                   to the live ones; switching over is renaming them (docs/operations.md)
#   backup.sh drop SUFFIX           removes databases and buckets restored with SUFFIX
#
# BACKUP_DB_SUFFIX picks which databases are backed up: "" for the platform's own, _systest for the system tests'.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${ENFORCEMENT_STATE_DIR:-$ROOT/.local}"
# shellcheck disable=SC1091
source "$STATE/secrets.env"

DATABASES=(personnel cases evidence review disclosure)
BUCKETS=(evidence documents)
# bucket, database and the query listing the objects it names with their SHA-256
NAMED_OBJECTS=(
  "evidence|evidence|select object_key, sha256 from evidence"
  "evidence|evidence|select object_key, declared_sha256 from complaint_attachment where received_at is not null"
  "documents|cases|select object_key, sha256 from issued_document")
S3="${S3_ENDPOINT:-http://127.0.0.1:9000}"
SOURCE_SUFFIX="${BACKUP_DB_SUFFIX:-}"

say() { printf '[backup] %s\n' "$*"; }
fail() { printf '[backup] FAILED: %s\n' "$*" >&2; exit 1; }

psql_admin() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -h /var/run/postgresql -d postgres "$@"
  else sudo -u postgres psql -h /var/run/postgresql -d postgres "$@"; fi
}

password_of() { local var="${1^^}_DB_PASSWORD"; echo "${!var}"; }

# s3 METHOD PATH [curl args...]: a request signed with AWS Signature V4 (curl's own)
s3() {
  local method=$1 path=$2; shift 2
  curl -sS --fail-with-body --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -X "$method" "$S3$path" "$@"
}

# the keys of a bucket, one per line, page by page
keys_of() {
  local bucket=$1 token="" page
  while :; do
    page=$(s3 GET "/$bucket?list-type=2&max-keys=1000${token:+&continuation-token=$(jq -rn --arg t "$token" '$t|@uri')}")
    grep -o '<Key>[^<]*</Key>' <<<"$page" | sed -e 's/<Key>\(.*\)<\/Key>/\1/' -e 's/&amp;/\&/g'
    grep -q '<IsTruncated>true</IsTruncated>' <<<"$page" || break
    token=$(grep -o '<NextContinuationToken>[^<]*</NextContinuationToken>' <<<"$page" | sed 's/<[^>]*>//g')
  done
}

backup() {
  local dir=$1 db bucket key entry bucket_name query sha count=0
  mkdir -p "$dir/databases" "$dir/objects"
  for db in "${DATABASES[@]}"; do
    PGPASSWORD=$(password_of "$db") pg_dump -Fc -h 127.0.0.1 -U "${db}_svc" -d "$db$SOURCE_SUFFIX" -f "$dir/databases/$db.dump"
    say "database $db$SOURCE_SUFFIX: $(du -h "$dir/databases/$db.dump" | cut -f1)"
  done
  for bucket in "${BUCKETS[@]}"; do : > "$dir/objects/$bucket.sha256"; done
  for entry in "${NAMED_OBJECTS[@]}"; do
    IFS='|' read -r bucket_name db query <<<"$entry"
    while IFS='|' read -r key sha; do
      [ -n "$key" ] || continue
      mkdir -p "$dir/objects/$bucket_name/$(dirname "$key")"
      s3 GET "/$bucket_name/$key" -o "$dir/objects/$bucket_name/$key" || fail "$bucket_name/$key, named in $db, is missing"
      echo "$sha  $key" >> "$dir/objects/$bucket_name.sha256"
      count=$((count + 1))
    done < <(PGPASSWORD=$(password_of "$db") psql -h 127.0.0.1 -U "${db}_svc" -d "$db$SOURCE_SUFFIX" -At -F '|' -c "$query")
  done
  for bucket in "${BUCKETS[@]}"; do
    if [ -s "$dir/objects/$bucket.sha256" ] && ! (cd "$dir/objects/$bucket" && sha256sum --quiet -c "../$bucket.sha256"); then
      fail "an object of $bucket differs from the SHA-256 its record holds"
    fi
  done
  say "$count objects, each as its record says"
  say "backup in $dir"
}

restore() {
  local dir=$1 suffix=$2 db bucket key
  [[ "$suffix" =~ ^_[a-z0-9_]+$ ]] || fail "restore into a suffix such as _restored, never over the live state"
  for db in "${DATABASES[@]}"; do
    psql_admin -q -c "CREATE DATABASE $db$suffix OWNER ${db}_svc" >/dev/null
    PGPASSWORD=$(password_of "$db") pg_restore --no-owner --exit-on-error -h 127.0.0.1 -U "${db}_svc" -d "$db$suffix" \
      "$dir/databases/$db.dump"
    say "database $db$suffix restored"
  done
  for bucket in "${BUCKETS[@]}"; do
    if [ -s "$dir/objects/$bucket.sha256" ]; then
      (cd "$dir/objects/$bucket" && sha256sum --quiet -c "../$bucket.sha256") || fail "the backup of $bucket is damaged"
    fi
    s3 PUT "/${bucket//_/-}${suffix//_/-}" -o /dev/null 2>/dev/null || s3 HEAD "/${bucket//_/-}${suffix//_/-}" -o /dev/null \
      || fail "bucket ${bucket//_/-}${suffix//_/-} cannot be made"
    while IFS= read -r key; do
      s3 PUT "/${bucket//_/-}${suffix//_/-}/$key" -H "Content-Type: application/octet-stream" \
        --upload-file "$dir/objects/$bucket/$key" -o /dev/null
    done < <(sed 's/^[0-9a-f]*  //' "$dir/objects/$bucket.sha256")
    say "bucket ${bucket//_/-}${suffix//_/-} restored"
  done
}

drop() {
  local suffix=$1 db bucket key
  [[ "$suffix" =~ ^_[a-z0-9_]+$ ]] || fail "drop only what a restore made (a suffix such as _restored)"
  for db in "${DATABASES[@]}"; do psql_admin -q -c "DROP DATABASE IF EXISTS $db$suffix" >/dev/null; done
  for bucket in "${BUCKETS[@]}"; do
    local name="${bucket//_/-}${suffix//_/-}"
    while IFS= read -r key; do [ -n "$key" ] && s3 DELETE "/$name/$key" -o /dev/null; done < <(keys_of "$name" 2>/dev/null || true)
    s3 DELETE "/$name" -o /dev/null 2>/dev/null || true
  done
  say "dropped what was restored with $suffix"
}

command -v jq >/dev/null || fail "jq is missing (Debian: jq)"
case ${1:-} in
  backup) backup "${2:?backup DIR}" ;;
  restore) restore "${2:?restore DIR SUFFIX}" "${3:?restore DIR SUFFIX}" ;;
  drop) drop "${2:?drop SUFFIX}" ;;
  *) echo "usage: $0 backup DIR | restore DIR SUFFIX | drop SUFFIX" >&2; exit 2 ;;
esac
