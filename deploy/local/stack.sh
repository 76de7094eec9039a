#!/usr/bin/env bash
# The local stack without Docker: PostgreSQL, Kafka (KRaft), Keycloak, S3-compatible storage and Redis,
# all from package registries. State and logs live under .local/ (git-ignored).
#
#   stack.sh up [component...]     start what is not running, wait until healthy
#   stack.sh down [component...]   stop what this script started (PostgreSQL is left running)
#   stack.sh status                one line per component
#   stack.sh logs [component]      follow a component's log
#
# Components: postgres kafka keycloak s3 redis. Every command is idempotent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${ENFORCEMENT_STATE_DIR:-$ROOT/.local}"
LOGS="$STATE/logs"
MVN="$ROOT/mvnw"
mkdir -p "$STATE" "$LOGS"

KAFKA_VERSION=4.3.1
KEYCLOAK_VERSION=26.7.3
S3PROXY_VERSION=4.1.0

PG_HOST=127.0.0.1 PG_PORT=5432
KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093
KEYCLOAK_PORT=8180 KEYCLOAK_MANAGEMENT_PORT=9001
S3_PORT=9000
REDIS_PORT=6379

# database -> login role <db>_svc; each also gets <db>_test and <db>_systest ("platform" is for the library's own tests)
SERVICE_DATABASES=(personnel cases evidence review disclosure platform)
TOPICS=(enforcement.case.v1:6 enforcement.evidence.v1:6 enforcement.review.v1:6
        enforcement.disclosure.v1:6 enforcement.personnel.v1:6
        enforcement.deadletter.case:1 enforcement.deadletter.evidence:1 enforcement.deadletter.review:1
        enforcement.deadletter.disclosure:1 enforcement.deadletter.personnel:1)

say() { printf '[stack] %s\n' "$*"; }
fail() { printf '[stack] FAILED: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing $* with apt"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

need() { command -v "$1" >/dev/null 2>&1 || apt_install "${2:-$1}"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS CHECK...: polls CHECK until it succeeds or the deadline passes
wait_for() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      fail "$name did not become healthy within ${seconds}s (log: $LOGS/$name.log)"
    fi
    sleep 1
  done
}

random_secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

# Local secrets are generated once per machine, never committed.
ensure_secrets() {
  local file="$STATE/secrets.env" name
  local names=(S3_SECRET_KEY KEYCLOAK_ADMIN_PASSWORD)
  for db in "${SERVICE_DATABASES[@]}"; do names+=("${db^^}_DB_PASSWORD"); done
  (umask 077; touch "$file")
  grep -q '^export S3_ACCESS_KEY=' "$file" || echo "export S3_ACCESS_KEY=enforcement" >> "$file"
  for name in "${names[@]}"; do
    if ! grep -q "^export $name=" "$file"; then
      echo "export $name=$(random_secret)" >> "$file"
      say "generated $name in $file"
    fi
  done
  # shellcheck disable=SC1090
  source "$file"
}

# start_process NAME COMMAND...: runs COMMAND in its own session, logging to $LOGS/NAME.log
start_process() {
  local name=$1; shift
  nohup setsid "$@" >> "$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/$name.pid"
}

stop_process() {
  local name=$1 pidfile="$STATE/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  say "$name stopped"
}

fetch_artifact() { # GAV DEST_DIR
  "$MVN" -q -ntp -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy \
    -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.useBaseVersion=true >/dev/null
}

# ---------------------------------------------------------------- PostgreSQL
pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }

postgres_up() {
  if ! command -v pg_isready >/dev/null 2>&1 || ! pg_ready; then
    if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
      apt_install postgresql
    fi
    local version; version=$(pg_lsclusters -h | awk 'NR==1{print $1}')
    local cluster; cluster=$(pg_lsclusters -h | awk 'NR==1{print $2}')
    say "starting PostgreSQL cluster $version/$cluster"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || true
    wait_for postgres 60 pg_ready
  fi
  local db role password sql=""
  for db in "${SERVICE_DATABASES[@]}"; do
    role="${db}_svc"
    password_var="${db^^}_DB_PASSWORD"; password="${!password_var}"
    sql+="DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN PASSWORD '$password';
      ELSE
        ALTER ROLE $role LOGIN PASSWORD '$password';
      END IF;
    END \$\$;
"
  done
  psql_admin -v ON_ERROR_STOP=1 -q -c "$sql" >/dev/null
  for db in "${SERVICE_DATABASES[@]}"; do
    for name in "$db" "${db}_test" "${db}_systest"; do
      if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
        psql_admin -q -c "CREATE DATABASE $name OWNER ${db}_svc" >/dev/null
      fi
    done
  done
  say "postgres up on $PG_HOST:$PG_PORT (databases: ${SERVICE_DATABASES[*]})"
}

psql_admin() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -h /var/run/postgresql -d postgres "$@"
  else sudo -u postgres psql -h /var/run/postgresql -d postgres "$@"; fi
}

# ---------------------------------------------------------------- Kafka (KRaft, one node)
KAFKA_DIR="$STATE/kafka"

kafka_ready() { port_open $KAFKA_PORT && [ -f "$KAFKA_DIR/topics.ok" ]; }

kafka_libs() {
  mkdir -p "$KAFKA_DIR"
  if [ ! -f "$KAFKA_DIR/libs.$KAFKA_VERSION" ]; then
    say "fetching Kafka $KAFKA_VERSION from Maven Central"
    rm -rf "$KAFKA_DIR/libs"
    "$MVN" -q -ntp -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_DIR/libs" -DincludeScope=runtime >/dev/null \
      || fail "kafka: could not fetch the broker's jars"
    touch "$KAFKA_DIR/libs.$KAFKA_VERSION"
  fi
}

kafka_up() {
  kafka_libs
  if port_open $KAFKA_PORT; then
    kafka_topics
    say "kafka up on 127.0.0.1:$KAFKA_PORT"
    return
  fi
  cat > "$KAFKA_DIR/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=6
offsets.topic.replication.factor=1
share.coordinator.state.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
  cat > "$KAFKA_DIR/log4j2.properties" <<'EOF'
rootLogger.level=INFO
rootLogger.appenderRef.stdout.ref=STDOUT
appender.stdout.type=Console
appender.stdout.name=STDOUT
appender.stdout.layout.type=PatternLayout
appender.stdout.layout.pattern=[%d] %p %m (%c)%n
logger.kafka.name=kafka
logger.kafka.level=WARN
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
EOF
  local java_cmd=(java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -cp "$KAFKA_DIR/libs/*")
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cluster_id; cluster_id=$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid)
    "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
      >> "$LOGS/kafka.log" 2>&1 || fail "kafka: storage format failed (log: $LOGS/kafka.log)"
  fi
  say "starting Kafka $KAFKA_VERSION"
  start_process kafka "${java_cmd[@]}" kafka.Kafka "$KAFKA_DIR/server.properties"
  wait_for kafka 90 port_open $KAFKA_PORT
  kafka_topics
  say "kafka up on 127.0.0.1:$KAFKA_PORT"
}

kafka_topics() {
  java -cp "$KAFKA_DIR/libs/*" "$ROOT/deploy/local/kafka/EnsureTopics.java" "127.0.0.1:$KAFKA_PORT" "${TOPICS[@]}" \
    >> "$LOGS/kafka.log" 2>&1 || fail "kafka: could not create topics (log: $LOGS/kafka.log)"
  touch "$KAFKA_DIR/topics.ok"
}

# ---------------------------------------------------------------- Keycloak
KEYCLOAK_DIR="$STATE/keycloak"
KEYCLOAK_HOME="$KEYCLOAK_DIR/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$ROOT/deploy/keycloak/enforcement-realm.json"

keycloak_ready() {
  curl -sf "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready" >/dev/null &&
    curl -sf "http://127.0.0.1:$KEYCLOAK_PORT/realms/enforcement/.well-known/openid-configuration" >/dev/null
}

keycloak_up() {
  local realm_hash; realm_hash=$(sha256sum "$REALM_FILE" | cut -c1-64)
  if keycloak_ready; then
    if [ "$(cat "$KEYCLOAK_DIR/realm.sha256" 2>/dev/null)" = "$realm_hash" ] || [ ! -f "$STATE/keycloak.pid" ]; then
      # Ours with the current realm, or started from elsewhere (then its realm is that checkout's to manage).
      say "keycloak up on 127.0.0.1:$KEYCLOAK_PORT"
      return
    fi
    say "realm file changed: restarting Keycloak to re-import it"
    stop_process keycloak
  fi
  mkdir -p "$KEYCLOAK_DIR"
  if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
    say "fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
    fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$KEYCLOAK_DIR" \
      || fail "keycloak: could not fetch the distribution"
    (cd "$KEYCLOAK_DIR" && jar xf "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && chmod +x "$KEYCLOAK_HOME"/bin/*.sh)
    rm -f "$KEYCLOAK_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  fi
  # A changed realm file replaces the local realm: the dev database is local state only.
  if [ "$(cat "$KEYCLOAK_DIR/realm.sha256" 2>/dev/null)" != "$realm_hash" ]; then
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/enforcement-realm.json"
  say "starting Keycloak $KEYCLOAK_VERSION (first start builds it: about a minute)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
    start_process keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT \
      --health-enabled=true --http-management-port=$KEYCLOAK_MANAGEMENT_PORT --import-realm
  wait_for keycloak 240 keycloak_ready
  echo "$realm_hash" > "$KEYCLOAK_DIR/realm.sha256"
  say "keycloak up on 127.0.0.1:$KEYCLOAK_PORT (admin console user 'admin', password in $STATE/secrets.env)"
}

# ---------------------------------------------------------------- S3-compatible storage
S3_DIR="$STATE/s3"

s3_ready() { curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/"; }

s3_up() {
  if s3_ready; then
    mkdir -p "$S3_DIR/data/evidence"
    say "s3 up on 127.0.0.1:$S3_PORT"
    return
  fi
  mkdir -p "$S3_DIR/data/evidence"
  if command -v minio >/dev/null 2>&1; then
    say "starting MinIO"
    MINIO_ROOT_USER="$S3_ACCESS_KEY" MINIO_ROOT_PASSWORD="$S3_SECRET_KEY" \
      start_process s3 minio server --address "127.0.0.1:$S3_PORT" --console-address 127.0.0.1:9002 "$S3_DIR/data"
  else
    if [ ! -f "$S3_DIR/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" ]; then
      say "fetching S3Proxy $S3PROXY_VERSION from Maven Central"
      fetch_artifact "org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" "$S3_DIR" \
        || fail "s3: could not fetch S3Proxy"
    fi
    umask 077
    cat > "$S3_DIR/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3_DIR/data
# the public complaint page uploads attachments from the browser straight to a presigned URL (MinIO allows any origin)
s3proxy.cors-allow-origins=https?://(127\\\\.0\\\\.0\\\\.1|localhost)(:[0-9]+)?
s3proxy.cors-allow-methods=GET PUT HEAD
s3proxy.cors-allow-headers=Content-Type
EOF
    say "starting S3Proxy $S3PROXY_VERSION (filesystem backend)"
    start_process s3 java -Xmx256m -jar "$S3_DIR/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" \
      --properties "$S3_DIR/s3proxy.conf"
  fi
  wait_for s3 60 s3_ready
  say "s3 up on 127.0.0.1:$S3_PORT (bucket: evidence)"
}

# ---------------------------------------------------------------- Redis (the gateway replicas' shared rate limits)
redis_ready() { redis-cli -h 127.0.0.1 -p $REDIS_PORT ping 2>/dev/null | grep -q PONG; }

redis_up() {
  need redis-server redis-server; need redis-cli redis-tools
  if ! redis_ready; then
    mkdir -p "$STATE/redis"
    say "starting Redis (nothing kept on disk: rate limit buckets only)"
    start_process redis redis-server --bind 127.0.0.1 --port $REDIS_PORT --save "" --appendonly no --dir "$STATE/redis"
    wait_for redis 30 redis_ready
  fi
  say "redis up on 127.0.0.1:$REDIS_PORT"
}

# ---------------------------------------------------------------- commands
ALL=(postgres kafka keycloak s3 redis)

component_up() {
  case $1 in
    postgres) postgres_up ;; kafka) kafka_up ;; keycloak) keycloak_up ;; s3) s3_up ;; redis) redis_up ;;
    *) fail "unknown component '$1' (one of: ${ALL[*]})" ;;
  esac
}

component_down() {
  case $1 in
    postgres) say "postgres is the machine's own service: left running" ;;
    kafka|keycloak|s3|redis) stop_process "$1" ;;
    *) fail "unknown component '$1' (one of: ${ALL[*]})" ;;
  esac
}

component_status() {
  local up
  case $1 in
    postgres) pg_ready && up=yes || up=no ;;
    kafka) port_open $KAFKA_PORT && up=yes || up=no ;;
    keycloak) keycloak_ready && up=yes || up=no ;;
    s3) s3_ready && up=yes || up=no ;;
    redis) redis_ready && up=yes || up=no ;;
  esac
  printf '%-10s %s\n' "$1" "$([ "$up" = yes ] && echo up || echo down)"
}

command=${1:-status}; shift || true
components=("$@"); [ ${#components[@]} -gt 0 ] || components=("${ALL[@]}")

case $command in
  up)
    need curl; need java default-jdk-headless
    # the public pages are tested in a real browser, with the CJK font they are read in
    need chromium; need chromedriver chromium-driver; fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || apt_install fonts-noto-cjk fontconfig
    # enforcement documents embed a TrueType-outline CJK font; their tests read the PDFs back with poppler-utils
    [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || apt_install fonts-wqy-microhei
    need pdftotext poppler-utils
    # the Kubernetes manifests are rendered (kubectl kustomize) and validated (Node.js, npm) by a test
    need kubectl kubernetes-client; need node nodejs; need npm npm
    ensure_secrets
    for c in "${components[@]}"; do component_up "$c"; done ;;
  down)
    for c in "${components[@]}"; do component_down "$c"; done ;;
  status)
    for c in "${components[@]}"; do component_status "$c"; done ;;
  logs)
    tail -n 100 -F "$LOGS/${components[0]}.log" ;;
  *)
    echo "usage: $0 up|down|status|logs [postgres|kafka|keycloak|s3|redis]..." >&2; exit 2 ;;
esac
