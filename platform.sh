#!/usr/bin/env bash
# The transport enforcement platform on one machine, without Docker.
#
#   ./platform.sh start    local stack up, build if sources changed, six services up, demo data
#                          (--replicas N: N instances of each, the k-th on its port + 100*(k-1), e.g. case-service
#                          on 8081 and 8181; every gateway balances over every instance of every service)
#   ./platform.sh test     local stack up, then every test: unit, service and system tests
#   ./platform.sh stop     stop the six services (add --all to stop the local stack too)
#   ./platform.sh status   what runs where
#   ./platform.sh logs S   follow one log: a service (gateway, case-service, ...) or kafka, keycloak, s3
#
# Every command is idempotent: run it again, or with parts already up, and it does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${ENFORCEMENT_STATE_DIR:-$ROOT/.local}"
LOGS="$STATE/logs"
STACK="$ROOT/deploy/local/stack.sh"
MVN="$ROOT/mvnw"

# service:port, in start order (the gateway last)
SERVICES=(personnel-service:8085 case-service:8081 evidence-service:8082 review-service:8083
          disclosure-service:8084 gateway:8080)
JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC}"
REPLICAS=1

say() { printf '[platform] %s\n' "$*"; }
fail() { printf '[platform] FAILED: %s\n' "$*" >&2; exit 1; }

load_secrets() {
  # shellcheck disable=SC1091
  source "$STATE/secrets.env"
}

# A service answers health on its port; the gateway on its management port (its port + 10), which is never public.
health_port() { if [ "${1%-[0-9]*}" = gateway ]; then echo $(($2 + 10)); else echo "$2"; fi; }
healthy() { curl -sf "http://127.0.0.1:$(health_port "$1" "$2")/q/health/ready" >/dev/null 2>&1; }

# The sources and build files the services are built from (more find tests may follow, e.g. -newer FILE).
sources() {
  find "$ROOT" -path "$ROOT/.local" -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune -o \
    \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name 'pom.xml' -o -name '*.json' -o -name '*.html' \) "$@" -print
}

# Rebuild when a source or build file is newer than the last successful build, or one was added, renamed
# or removed since (a moved file keeps its time: the stamp holds the list of files it was built from).
build_if_needed() {
  local stamp="$STATE/build.stamp" listing
  listing=$(sources | sort | sha256sum | cut -c1-64)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$listing" ] && [ -z "$(sources -newer "$stamp" | head -1)" ]; then
    say "build is up to date"
    return
  fi
  # a file removed or renamed leaves its old copy in target/: then build from clean
  local goals=install
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" != "$listing" ]; then goals="clean install"; fi
  say "building the services (tests are run by './platform.sh test')"
  # stamped with the time the build began, so a source changed while it ran is built next time
  echo "$listing" > "$stamp.next"
  # shellcheck disable=SC2086
  "$MVN" -q -ntp -B $goals -DskipTests -Dquarkus.build.skip=false \
    -pl problems,platform,personnel-service,case-service,evidence-service,review-service,disclosure-service,gateway \
    > "$LOGS/build.log" 2>&1 || fail "build failed (log: $LOGS/build.log)"
  mv "$stamp.next" "$stamp"
}

# instance K (1-based) of a service: its name in pid and log files, and its port
instance_name() { if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; }
instance_port() { echo $(($1 + 100 * ($2 - 1))); }

# The addresses of every instance of the service on PORT, for the gateway: "http://127.0.0.1:8081,http://127.0.0.1:8181"
instance_urls() {
  local port=$1 k urls=""
  for k in $(seq 1 "$REPLICAS"); do urls+="${urls:+,}http://127.0.0.1:$(instance_port "$port" "$k")"; done
  echo "$urls"
}

start_service() {
  local name=$1 port=$2 jar="$ROOT/${1%-[0-9]*}/target/quarkus-app/quarkus-run.jar"
  if healthy "$name" "$port"; then
    say "$name already up on :$port"
    return
  fi
  [ -f "$jar" ] || fail "$jar is missing: the build did not produce it"
  # shellcheck disable=SC2086
  QUARKUS_HTTP_PORT=$port GATEWAY_MANAGEMENT_PORT=$((port + 10)) \
    PERSONNEL_SERVICE_URL=$(instance_urls 8085) CASE_SERVICE_URL=$(instance_urls 8081) EVIDENCE_SERVICE_URL=$(instance_urls 8082) \
    REVIEW_SERVICE_URL=$(instance_urls 8083) DISCLOSURE_SERVICE_URL=$(instance_urls 8084) \
    nohup setsid java $JAVA_OPTS -jar "$jar" >> "$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/$name.pid"
}

# every instance, as "name:port", in start order
instances() {
  local entry k
  for k in $(seq 1 "$REPLICAS"); do
    for entry in "${SERVICES[@]}"; do
      echo "$(instance_name "${entry%%:*}" "$k"):$(instance_port "${entry##*:}" "$k")"
    done
  done
}

wait_healthy() {
  local name=$1 port=$2 deadline=$((SECONDS + 240))
  until healthy "$name" "$port"; do
    if ! kill -0 "$(cat "$STATE/$name.pid" 2>/dev/null)" 2>/dev/null && ! healthy "$name" "$port"; then
      fail "$name exited during start (log: $LOGS/$name.log)"
    fi
    [ $SECONDS -lt $deadline ] || fail "$name is not ready on :$port after 240 s (log: $LOGS/$name.log)"
    sleep 1
  done
  say "$name ready on :$port"
}

stop_service() {
  local name=$1 pidfile="$STATE/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    say "$name stopped"
  fi
  rm -f "$pidfile"
}

start() {
  "$STACK" up
  load_secrets
  mkdir -p "$LOGS"
  build_if_needed
  local entry
  for entry in $(instances); do start_service "${entry%%:*}" "${entry##*:}"; done
  for entry in $(instances); do wait_healthy "${entry%%:*}" "${entry##*:}"; done
  java "$ROOT/deploy/local/DemoData.java" "http://127.0.0.1:8080" "http://127.0.0.1:8180" \
    "$ROOT/deploy/keycloak/enforcement-realm.json" || fail "demo data could not be loaded"
  cat <<EOF

  The platform is up.
    Gateway (all API calls):  http://localhost:8080
    Swagger UI:               http://localhost:8090/q/swagger-ui   (management port; Authorize: client enforcement-app)
    Health and metrics:       http://localhost:8090/q/health, /q/metrics (gateway); each service on its own port
    OpenAPI (all services):   http://localhost:8080/openapi
    Keycloak:                 http://127.0.0.1:8180   (realm: enforcement)
    Logs:                     $LOGS

  Demo users (password: demo): cc-officer-1, cc-officer-2, cc-head, cc-legal, cc-custodian,
    cc-disclosure, cc-personnel, cc-supervisor (Changchun 220100, agency 220100001); the same with
    jl- (Jilin city 220200, agency 220200001); province-supervisor (220000).
  Stop with: ./platform.sh stop   (add --all to stop Kafka, Keycloak, S3 and Redis too)
EOF
  if [ "$REPLICAS" -gt 1 ]; then
    say "$REPLICAS instances of each service; gateways on :8080 and every further 100 (:8180, ...), each balancing over all instances"
  fi
}

stop() {
  local pidfile
  for pidfile in "$STATE"/*-service*.pid "$STATE"/gateway*.pid; do
    [ -f "$pidfile" ] && stop_service "$(basename "$pidfile" .pid)"
  done
  "$ROOT/benchmarks/bench.sh" stop
  if [ "${1:-}" = "--all" ]; then "$STACK" down; fi
}

status() {
  "$STACK" status
  local pidfile pid
  for pidfile in "$STATE"/*-service*.pid "$STATE"/gateway*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    printf '%-22s %s\n' "$(basename "$pidfile" .pid)" "$(kill -0 "$pid" 2>/dev/null && echo "running (pid $pid)" || echo down)"
  done
}

run_tests() {
  "$STACK" up
  load_secrets
  mkdir -p "$LOGS"
  say "running every test (unit, service, gateway and system tests) against the local stack"
  "$MVN" -ntp -B install
}

command=${1:-}; shift || true
case $command in
  start)
    if [ "${1:-}" = "--replicas" ]; then
      REPLICAS=${2:?--replicas needs a number}
      [[ "$REPLICAS" =~ ^[1-9]$ ]] || fail "--replicas takes 1 to 9"
    fi
    start ;;
  stop) stop "$@" ;;
  status) status ;;
  test) run_tests ;;
  bench) start; "$ROOT/benchmarks/bench.sh" "$@" ;;
  logs)
    target=${1:?name a service or stack component}
    if [ -f "$LOGS/$target.log" ]; then tail -n 200 -F "$LOGS/$target.log"; else "$STACK" logs "$target"; fi ;;
  *) echo "usage: $0 start [--replicas N]|stop [--all]|status|test|bench [NAME]|logs NAME" >&2; exit 2 ;;
esac
