#!/usr/bin/env bash
# Benchmarks, each printed beside an anchor measured in the same run on the same machine:
#   gateway  authenticated GET through the gateway vs nginx as keep-alive proxy to the same service
#   filing   POST /api/v1/cases through the gateway vs pgbench running the same inserts in one transaction
#   events   filings paced at about 50/s: each CaseFiled event from case-service's outbox to disclosure's inbox
#   reads    case search, one case and the deadline list at a million cases, p95 through the gateway
#   startup  each service started alone: seconds to ready and idle RSS
#   acts     every act of a general case: rate, latency and SQL statements per act (benchmarks/ActsBenchmark.java)
#   upload   evidence upload through the gateway vs a direct presigned PUT (benchmarks/UploadBenchmark.java)
#   filechecks  the automated file checks over 100,000 closed case histories vs reading them from JSON alone
#   redaction   redaction of a 5,000-character facts text vs NFKC normalisation and one regex pass of the same text
# Usage: ./platform.sh bench [gateway|filing|acts|events|reads|startup|upload|filechecks|redaction]   (no name: all of them)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/.local/bench
LOGS=$ROOT/.local/logs
mkdir -p "$BENCH" "$LOGS"
# shellcheck disable=SC1091
set -a; . "$ROOT/.local/secrets.env" 2>/dev/null || true; set +a

# the JVM options of ./platform.sh start, so a benchmark measures the services as they run
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC}
DURATION=${BENCH_SECONDS:-15}
ROUNDS=${BENCH_ROUNDS:-3}
BENCH_GATEWAY_PORT=8070
NGINX_PORT=8079
CASE_SERVICE=127.0.0.1:8081

say() { echo "[bench] $*"; }
need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return
  local packages=()
  for tool in "${missing[@]}"; do
    case $tool in nginx) packages+=(nginx-light) ;; pgbench) packages+=(postgresql-client) ;; *) packages+=("$tool") ;; esac
  done
  say "installing ${packages[*]} from Debian's packages"
  sudo_maybe apt-get install -y -q "${packages[@]}" >/dev/null
}
sudo_maybe() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

token() {
  curl -sf -d grant_type=password -d client_id=enforcement-app -d username="$1" -d password=demo \
    http://127.0.0.1:8180/realms/enforcement/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# CPU seconds (user + system) a process has used so far
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# wrk's requests per second and median latency (ms) from its --latency output
wrk_figures() {
  awk '/Requests\/sec/ { rps = $2 }
       /^ +50%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p50 = v }
       /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p99 = v }
       /Non-2xx/ { bad = $NF }
       END { printf "%s %s %s %s\n", rps, p50, p99, bad + 0 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

wait_ready() {
  for _ in $(seq 180); do curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return; sleep 1; done
  say "not ready on :$1 (log: $2)"; exit 1
}

# A second gateway from the same jar with the per-caller rate limit lifted, so the benchmark measures the
# proxy and not the limit; everything else (JWT validation, the rate limiter itself, logging) runs as in production.
start_bench_gateway() {
  if curl -sf "http://127.0.0.1:8071/q/health/ready" >/dev/null 2>&1; then return; fi
  say "starting a second gateway on :$BENCH_GATEWAY_PORT with the rate limit lifted"
  QUARKUS_HTTP_PORT=$BENCH_GATEWAY_PORT GATEWAY_MANAGEMENT_PORT=8071 \
    GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY=100000000 GATEWAY_RATE_LIMIT_AUTHENTICATED_REFILL_PER_SECOND=100000000 \
    nohup setsid java ${JAVA_OPTS:-} -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" > "$LOGS/bench-gateway.log" 2>&1 < /dev/null &
  echo $! > "$BENCH/gateway.pid"
  wait_ready 8071 "$LOGS/bench-gateway.log"
}
bench_gateway_pid() { cat "$BENCH/gateway.pid"; }

start_nginx() {
  cat > "$BENCH/nginx.conf" <<CONF
worker_processes 1;
pid $BENCH/nginx.pid;
error_log $BENCH/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream case_service { server $CASE_SERVICE; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://case_service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
  if [ -f "$BENCH/nginx.pid" ] && kill -0 "$(cat "$BENCH/nginx.pid")" 2>/dev/null; then
    nginx -c "$BENCH/nginx.conf" -s reload
  else
    nginx -c "$BENCH/nginx.conf"
  fi
}

row() { printf '%-44s %14s %14s %8s\n' "$@"; }

bench_gateway() {
  need wrk nginx
  start_bench_gateway
  start_nginx
  local path=/api/v1/violation-items tok
  tok=$(token cc-officer-1)
  local via_gateway=() via_nginx=() p50_gateway=() p50_nginx=() cpu=() nginx_cpu=()
  say "gateway: wrk -t2 -c16 -d${DURATION}s GET $path, $ROUNDS rounds after a warm-up, alternating"
  wrk -t2 -c16 -d10s -H "Authorization: Bearer $tok" "http://127.0.0.1:$BENCH_GATEWAY_PORT$path" >/dev/null
  wrk -t2 -c16 -d10s -H "Authorization: Bearer $tok" "http://127.0.0.1:$NGINX_PORT$path" >/dev/null
  for _ in $(seq "$ROUNDS"); do
    local before after figures
    before=$(cpu_seconds "$(bench_gateway_pid)")
    figures=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $tok" "http://127.0.0.1:$BENCH_GATEWAY_PORT$path" | wrk_figures)
    after=$(cpu_seconds "$(bench_gateway_pid)")
    read -r rps p50 _ bad <<< "$figures"
    [ "$bad" = 0 ] || say "  gateway answered $bad non-2xx"
    via_gateway+=("$rps"); p50_gateway+=("$p50")
    cpu+=("$(awk -v c="$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" -v n="$rps" -v d="$DURATION" 'BEGIN { printf "%.3f", c * 1000 / (n * d) }')")
    local worker
    worker=$(pgrep -P "$(cat "$BENCH/nginx.pid")" | head -1)
    before=$(cpu_seconds "$worker")
    figures=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $tok" "http://127.0.0.1:$NGINX_PORT$path" | wrk_figures)
    after=$(cpu_seconds "$worker")
    read -r rps p50 _ bad <<< "$figures"
    via_nginx+=("$rps"); p50_nginx+=("$p50")
    nginx_cpu+=("$(awk -v c="$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" -v n="$rps" -v d="$DURATION" 'BEGIN { printf "%.3f", c * 1000 / (n * d) }')")
  done
  local g n
  g=$(printf '%s\n' "${via_gateway[@]}" | median); n=$(printf '%s\n' "${via_nginx[@]}" | median)
  row "gateway GET $path" "$g req/s" "nginx $n" "$(awk -v a="$g" -v b="$n" 'BEGIN { printf "%.2f", a / b }')"
  row "  p50 latency" "$(printf '%s\n' "${p50_gateway[@]}" | median) ms" "nginx $(printf '%s\n' "${p50_nginx[@]}" | median) ms" ""
  row "  CPU per proxied request" "$(printf '%s\n' "${cpu[@]}" | median) ms" "nginx $(printf '%s\n' "${nginx_cpu[@]}" | median) ms" ""
}

filing_body() {
  python3 - "$ROOT/case-service/src/main/resources/openapi/examples/FilingRequest.json" <<'PY'
import datetime, json, sys
body = json.load(open(sys.argv[1]))
body["occurredOn"] = (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date() - datetime.timedelta(days=3)).isoformat()
body["handlingCredentials"] = ["22010026000001", "22010026000002"]
print(json.dumps(body, ensure_ascii=False))
PY
}

# A copy of case-service's schema (tables and indexes, no rows) for pgbench's anchor transaction.
anchor_database() {
  psql -h 127.0.0.1 -U postgres -qAtc "drop database if exists cases_bench" >/dev/null
  psql -h 127.0.0.1 -U postgres -qAtc "create database cases_bench" >/dev/null
  pg_dump -h 127.0.0.1 -U postgres --schema-only --no-owner cases | psql -h 127.0.0.1 -U postgres -q -d cases_bench >/dev/null
}

bench_filing() {
  need wrk pgbench
  start_bench_gateway
  anchor_database
  local tok body results=() anchors=() p50s=()
  tok=$(token cc-officer-1); body=$(filing_body)
  say "filing: wrk -t2 -c8 -d${DURATION}s POST /api/v1/cases, vs pgbench -c8 -j2 of the same inserts; $ROUNDS rounds"
  TOKEN=$tok FILING_BODY=$body wrk -t2 -c8 -d10s -s "$ROOT/benchmarks/filing/filing.lua" "http://127.0.0.1:$BENCH_GATEWAY_PORT/api/v1/cases" >/dev/null
  for _ in $(seq "$ROUNDS"); do
    local figures
    figures=$(TOKEN=$tok FILING_BODY=$body wrk -t2 -c8 -d"${DURATION}s" --latency -s "$ROOT/benchmarks/filing/filing.lua" \
      "http://127.0.0.1:$BENCH_GATEWAY_PORT/api/v1/cases" | wrk_figures)
    read -r rps p50 _ bad <<< "$figures"
    [ "$bad" = 0 ] || say "  $bad filings were not answered 2xx"
    results+=("$rps"); p50s+=("$p50")
    anchors+=("$(pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T "$DURATION" -f "$ROOT/benchmarks/filing/anchor.sql" cases_bench 2>/dev/null \
      | awk '/^tps/ { printf "%.0f", $3 }')")
  done
  local f a
  f=$(printf '%s\n' "${results[@]}" | median); a=$(printf '%s\n' "${anchors[@]}" | median)
  row "filing POST /api/v1/cases (gateway)" "$f req/s" "pgbench $a tps" "$(awk -v x="$f" -v y="$a" 'BEGIN { printf "%.2f", x / y }')"
  row "  p50 latency" "$(printf '%s\n' "${p50s[@]}" | median) ms" "" ""
}

# Every act of a general case through the second gateway, with the statements each act runs.
# Then, for the decisions of the run, the time from case-service's outbox to disclosure-service's inbox.
bench_acts() {
  start_bench_gateway
  local since
  since=$(psql -h 127.0.0.1 -U postgres -d cases -qAtc "select now()")
  (cd "$ROOT" && java benchmarks/ActsBenchmark.java "http://127.0.0.1:$BENCH_GATEWAY_PORT" "${BENCH_CASES_PER_ACT:-200}" 8) \
    | tee "$BENCH/acts.txt"
  event_latency enforcement.case.CaseDecided.v1 "$since" "$(awk '$1 == "decide" { print $2 "/s" }' "$BENCH/acts.txt")"
}

# From commit to consumed: filings paced at about 50 a second through the gateway; for each CaseFiled event,
# the time from case-service's outbox (occurred_at, in the filing's transaction) to disclosure-service's
# inbox (processed_at, in the consuming transaction). Both clocks are this machine's.
bench_events() {
  need wrk
  start_bench_gateway
  local tok body since
  tok=$(token cc-officer-1); body=$(filing_body)
  TOKEN=$tok FILING_BODY=$body DELAY_MS=250 wrk -t2 -c16 -d10s -s "$ROOT/benchmarks/filing/filing.lua" \
    "http://127.0.0.1:$BENCH_GATEWAY_PORT/api/v1/cases" >/dev/null
  since=$(psql -h 127.0.0.1 -U postgres -d cases -qAtc "select now()")
  say "events (after a 10 s warm-up): filings paced by wrk -t2 -c16 with 250 ms between a connection's requests, ${DURATION}s; CaseFiled from outbox to disclosure-service's inbox"
  local rate
  rate=$(TOKEN=$tok FILING_BODY=$body DELAY_MS=250 wrk -t2 -c16 -d"${DURATION}s" -s "$ROOT/benchmarks/filing/filing.lua" \
    "http://127.0.0.1:$BENCH_GATEWAY_PORT/api/v1/cases" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  event_latency enforcement.case.CaseFiled.v1 "$since" "${rate}/s"
}

# For each event of the type that case-service committed since the given time, the milliseconds from its outbox row
# (written in the act's transaction) to disclosure-service's inbox row (written as it consumes it); both clocks are
# this machine's. Waits until every such event was consumed, 30 s at most (the rest count as lost).
event_latency() {
  local type=$1 since=$2 rate=$3 name
  name=$(sed 's/enforcement\.case\.\(.*\)\.v1/\1/' <<< "$type")
  psql -h 127.0.0.1 -U postgres -d cases -qAtF ' ' -c "select event_id, extract(epoch from occurred_at) from outbox_event
      where event_type = '$type' and occurred_at >= '$since'" | sort > "$BENCH/events-produced.txt"
  local produced consumed=0 deadline=$((SECONDS + 30))
  produced=$(wc -l < "$BENCH/events-produced.txt")
  while :; do
    psql -h 127.0.0.1 -U postgres -d disclosure -qAtF ' ' -c "select event_id, extract(epoch from processed_at) from processed_event
        where consumer = 'disclosure-service' and processed_at >= '$since'" | sort > "$BENCH/events-consumed.txt"
    join "$BENCH/events-produced.txt" "$BENCH/events-consumed.txt" | awk '{ print ($3 - $2) * 1000 }' | sort -n > "$BENCH/events-latency.txt"
    consumed=$(wc -l < "$BENCH/events-latency.txt")
    [ "$consumed" -lt "$produced" ] && [ $SECONDS -lt $deadline ] || break
    sleep 0.5
  done
  row "  $name outbox -> disclosure inbox" "p50 $(awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.5) + 1] }' "$BENCH/events-latency.txt") ms" \
    "p99 $(awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.99) + 1] }' "$BENCH/events-latency.txt") ms" "$rate"
  row "  events produced, consumed" "$produced" "$consumed" ""
}

SCALE_CASES=${BENCH_CASES:-1000000}
SCALE_CASE_SERVICE_PORT=8072
SCALE_GATEWAY_PORT=8074

# A case-service of its own over a database of a million generated cases (its own Kafka topics, so it
# never takes the platform's events), behind a gateway of its own with the rate limit lifted.
start_scale_platform() {
  if ! psql -h 127.0.0.1 -U postgres -qAtc "select 1 from pg_database where datname = 'cases_scale'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -qAtc "create database cases_scale owner cases_svc" >/dev/null
  fi
  if ! curl -sf "http://127.0.0.1:$SCALE_CASE_SERVICE_PORT/q/health/ready" >/dev/null 2>&1; then
    say "starting a case-service on :$SCALE_CASE_SERVICE_PORT over the database cases_scale"
    CASES_DB_NAME=cases_scale QUARKUS_HTTP_PORT=$SCALE_CASE_SERVICE_PORT ENFORCEMENT_KAFKA_TOPIC_PREFIX=scale. \
      nohup setsid java ${JAVA_OPTS:-} -jar "$ROOT/case-service/target/quarkus-app/quarkus-run.jar" > "$LOGS/bench-scale-case-service.log" 2>&1 < /dev/null &
    echo $! > "$BENCH/scale-case-service.pid"
    wait_ready "$SCALE_CASE_SERVICE_PORT" "$LOGS/bench-scale-case-service.log"
  fi
  local present
  present=$(psql -h 127.0.0.1 -U postgres -d cases_scale -qAtc "select count(*) from penalty_case where case_id like 'scale-%'")
  if [ "$present" -lt "$SCALE_CASES" ]; then
    say "generating $SCALE_CASES cases with their officers, timelines and deadlines (benchmarks/reads/generate.sql)"
    psql -h 127.0.0.1 -U postgres -d cases_scale -qAtc "truncate penalty_case, case_officer, case_timeline, case_deadline cascade"
    local started=$SECONDS
    psql -h 127.0.0.1 -U postgres -d cases_scale -q -v cases="$SCALE_CASES" -f "$ROOT/benchmarks/reads/generate.sql"
    say "generated in $((SECONDS - started)) s"
  fi
  if ! curl -sf "http://127.0.0.1:8075/q/health/ready" >/dev/null 2>&1; then
    CASE_SERVICE_URL=http://127.0.0.1:$SCALE_CASE_SERVICE_PORT QUARKUS_HTTP_PORT=$SCALE_GATEWAY_PORT GATEWAY_MANAGEMENT_PORT=8075 \
      GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY=100000000 GATEWAY_RATE_LIMIT_AUTHENTICATED_REFILL_PER_SECOND=100000000 \
      nohup setsid java ${JAVA_OPTS:-} -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" > "$LOGS/bench-scale-gateway.log" 2>&1 < /dev/null &
    echo $! > "$BENCH/scale-gateway.pid"
    wait_ready 8075 "$LOGS/bench-scale-gateway.log"
  fi
}

bench_reads() {
  need wrk
  start_scale_platform
  local officer supervisor head
  officer=$(token cc-officer-1); supervisor=$(token province-supervisor); head=$(token cc-head)
  say "reads at $(psql -h 127.0.0.1 -U postgres -d cases_scale -qAtc "select count(*) from penalty_case") cases: wrk -t2 -c8 -d${DURATION}s each, p95 through the gateway"
  local name path tok
  while read -r name tok path; do
    local t=$officer
    [ "$tok" = supervisor ] && t=$supervisor
    [ "$tok" = head ] && t=$head
    TOKEN=$t wrk -t2 -c8 -d5s -s "$ROOT/benchmarks/reads/percentiles.lua" "http://127.0.0.1:$SCALE_GATEWAY_PORT$path" >/dev/null
    local out
    out=$(TOKEN=$t wrk -t2 -c8 -d"${DURATION}s" --latency -s "$ROOT/benchmarks/reads/percentiles.lua" "http://127.0.0.1:$SCALE_GATEWAY_PORT$path")
    read -r rps p50 _ bad <<< "$(wrk_figures <<< "$out")"
    [ "$bad" = 0 ] || say "  $name: $bad answers were not 2xx"
    row "  $name" "p95 $(awk '/^p95/ { print $2 }' <<< "$out") ms" "p50 $p50 ms" "$rps/s"
  done <<LIST
officer's-newest-cases officer /api/v1/cases?limit=20
province-newest-cases supervisor /api/v1/cases?limit=20
province-by-item supervisor /api/v1/cases?violationItem=RT-02&limit=20
officer's-own-cases officer /api/v1/cases?officer=22010026000001&limit=20
one-case-view officer /api/v1/cases/scale-00999999
head's-red-deadlines head /api/v1/cases/deadlines?colour=RED
LIST
}

# Each service started alone (a second instance on a spare port, over its database, with Kafka topics of its
# own): seconds from launch to ready, and resident memory after it idled for ten seconds.
bench_startup() {
  say "startup: each service alone, launch to ready, then RSS after 10 s idle"
  local name port=8060 started ready_ms rss pid
  for name in personnel-service case-service evidence-service review-service disclosure-service gateway; do
    port=$((port + 1))
    started=$(date +%s%N)
    QUARKUS_HTTP_PORT=$port GATEWAY_MANAGEMENT_PORT=$((port + 100)) QUARKUS_MANAGEMENT_PORT=$((port + 100)) \
      ENFORCEMENT_KAFKA_TOPIC_PREFIX=startup. \
      nohup setsid java ${JAVA_OPTS:-} -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" > "$LOGS/bench-startup-$name.log" 2>&1 < /dev/null &
    pid=$!
    local health=$port
    [ "$name" = gateway ] && health=$((port + 100))
    until curl -sf "http://127.0.0.1:$health/q/health/ready" >/dev/null 2>&1; do
      kill -0 "$pid" 2>/dev/null || { say "$name exited (log: $LOGS/bench-startup-$name.log)"; break; }
      sleep 0.05
    done
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    local said
    said=$(grep -o 'started in [0-9.]*s' "$LOGS/bench-startup-$name.log" | tail -1)
    sleep 10
    rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "?")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    row "  $name" "ready $(awk -v m="$ready_ms" 'BEGIN { printf "%.1f", m / 1000 }') s" "RSS $rss MB" "(${said:-?})"
  done
}

# What the benchmarks started beside the platform: the second gateway and nginx.
stop_bench() {
  if [ -f "$BENCH/gateway.pid" ]; then kill "$(cat "$BENCH/gateway.pid")" 2>/dev/null || true; rm -f "$BENCH/gateway.pid"; fi
  local pid
  for pid in scale-case-service scale-gateway; do
    if [ -f "$BENCH/$pid.pid" ]; then kill "$(cat "$BENCH/$pid.pid")" 2>/dev/null || true; rm -f "$BENCH/$pid.pid"; fi
  done
  if [ -f "$BENCH/nginx.pid" ]; then kill "$(cat "$BENCH/nginx.pid")" 2>/dev/null || true; rm -f "$BENCH/nginx.pid"; fi
}

# The file checks run in the JVM of review-service's build, with its heap settings, on histories made in the run.
bench_filechecks() {
  say "filechecks: ${BENCH_HISTORIES:-100000} histories"
  java $JAVA_OPTS -cp "$ROOT/review-service/target/quarkus-app/app/*:$ROOT/review-service/target/quarkus-app/lib/main/*" \
    "$ROOT/benchmarks/FileChecksBenchmark.java" "${BENCH_HISTORIES:-100000}"
}

bench_redaction() {
  java $JAVA_OPTS -cp "$ROOT/disclosure-service/target/quarkus-app/app/*:$ROOT/disclosure-service/target/quarkus-app/lib/main/*" \
    "$ROOT/benchmarks/RedactionBenchmark.java"
}

case ${1:-all} in
  stop) stop_bench ;;
  gateway) bench_gateway ;;
  filing) bench_filing ;;
  reads) bench_reads ;;
  startup) bench_startup ;;
  events) bench_events ;;
  acts) bench_acts ;;
  upload) java "$ROOT/benchmarks/UploadBenchmark.java" ;;
  filechecks) bench_filechecks ;;
  redaction) bench_redaction ;;
  all) bench_startup; bench_gateway; bench_filing; bench_acts; bench_events; bench_reads; java "$ROOT/benchmarks/UploadBenchmark.java"
    bench_filechecks; bench_redaction ;;
  *) echo "usage: ./platform.sh bench [gateway|filing|acts|events|reads|startup|upload|filechecks|redaction]" >&2; exit 2 ;;
esac
