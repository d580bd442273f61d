#!/usr/bin/env bash
# Autosave benchmark: for each N, a fresh PostgreSQL database, a fresh Waymark (prod profile, from the jar) on a free
# loopback port, N candidate accounts, then bench/AutosaveBench.java drives the load. Prints a table at the end.
#
#   bench/run.sh              # the deadline-day loads: N=500 saving every 2 s, and N=16 back to back
#   bench/run.sh 10           # one quick run (a save every INTERVAL seconds)
#   bench/run.sh 50 200@1 16@0   # N@interval: 0 means back to back
#   WARMUP=15 DURATION=60 INTERVAL=2 bench/run.sh 50 200
#
# Every run also measures PostgreSQL's own ceiling with `pgbench -N` (16 clients, scale 10) on the same server,
# in the same go, and prints each load's saves/s as a share of pgbench's tps: the machine is shared and noisy, so
# only that ratio, taken within one run, compares across runs.
#
# Needs: PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), psql, pgbench, curl, the Temurin 25 JDK.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-waymark_bench}
WARMUP=${WARMUP:-15}
DURATION=${DURATION:-60}
INTERVAL=${INTERVAL:-2}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
NS=("$@")
[ ${#NS[@]} -eq 0 ] && NS=(500@2 16@0)
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
export PGHOST PGPORT PGUSER

# Every candidate's password is Bench-candidate-2026; this hash was made once with Spring Security's
# BCryptPasswordEncoder (cost 10) and is stored as the app's DelegatingPasswordEncoder expects.
PASSWORD=Bench-candidate-2026
HASH='{bcrypt}$2a$10$vVBUUI8EjEFyJbXCKzuVfu22IPruofJzSuy0vD9yxxKppO4GjOuF.'

OUT=$(mktemp -d /tmp/waymark-bench.XXXXXX)
APP_PID=
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
JAR=$(ls target/waymark-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
    echo "building the jar ..."
    ./mvnw -q -DskipTests package
    JAR=$(ls target/waymark-*.jar | grep -v plain | head -1)
fi

# PostgreSQL's own ceiling on this machine now: pgbench's simple-update transactions (-N), 16 clients.
pgbench_tps() {
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS waymark_pgbench WITH (FORCE)" -c "CREATE DATABASE waymark_pgbench"
    pgbench -q -i -s 10 waymark_pgbench >/dev/null 2>&1
    pgbench -N -c 16 -j 2 -T "$PGBENCH_SECONDS" waymark_pgbench 2>/dev/null | grep -oE '^tps = [0-9.]+' | grep -oE '[0-9.]+' | head -1
}
echo "pgbench -N, 16 clients, scale 10, ${PGBENCH_SECONDS}s ..."
PG_TPS_BEFORE=$(pgbench_tps || echo "")
echo "pgbench tps: ${PG_TPS_BEFORE:-?}"

ROWS=()
for SPEC in "${NS[@]}"; do
    N=${SPEC%@*}
    RUN_INTERVAL=$INTERVAL
    [[ "$SPEC" == *@* ]] && RUN_INTERVAL=${SPEC#*@}
    echo
    echo "######## N=$N, a save every ${RUN_INTERVAL}s (0: back to back) ########"
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

    LOG="$OUT/app-n$N.log"
    # Port 0: Tomcat picks a free port and logs it. Loopback only. Bounded: the app is killed after 20 minutes at most.
    SPRING_PROFILES_ACTIVE=prod \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD= \
    WAYMARK_DEMO_ENABLED=false \
    SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
    SERVER_ADDRESS=127.0.0.1 \
    SERVER_PORT=0 \
    WAYMARK_EVIDENCE_STORAGE_PATH="$OUT/evidence" \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=1 \
        timeout 20m "$JAVA" $APP_JAVA_OPTS -jar "$JAR" >"$LOG" 2>&1 &
    APP_PID=$!

    PORT=
    for _ in $(seq 1 120); do
        PORT=$(grep -oE 'Tomcat started on port ([0-9]+)' "$LOG" | grep -oE '[0-9]+$' | head -1 || true)
        [ -n "$PORT" ] && break
        kill -0 "$APP_PID" 2>/dev/null || { echo "Waymark did not start:"; tail -40 "$LOG"; exit 1; }
        sleep 1
    done
    [ -n "$PORT" ] || { echo "Waymark did not start within 120 s:"; tail -40 "$LOG"; exit 1; }
    curl -fsS -o /dev/null --max-time 60 "http://127.0.0.1:$PORT/sign-in"
    # The java process is the child of timeout(1): find it for the CPU and memory figures.
    JPID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
    echo "host load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Waymark up on 127.0.0.1:$PORT (pid $JPID, $(grep -oE 'Started WaymarkApplication in [0-9.]+ seconds' "$LOG" || true))"

    # N candidates, created directly in the (now migrated) database: verified, active, role CANDIDATE.
    psql -q -d "$DB" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO person (id, email, name, password_hash, email_verified_at, active, created_at, version)
SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'Bench Candidate ' || i, '$HASH', now(), true, now(), 0
FROM generate_series(1, $N) AS i;
INSERT INTO person_role (person, role) SELECT id, 'CANDIDATE' FROM person WHERE email LIKE 'bench%@example.org';
SQL

    RESULT_LOG="$OUT/driver-n$N.log"
    timeout $((WARMUP + DURATION + 300))s "$JAVA" -XX:+UseSerialGC bench/AutosaveBench.java \
        --base "http://127.0.0.1:$PORT" --n "$N" --warmup "$WARMUP" --duration "$DURATION" --interval "$RUN_INTERVAL" \
        --password "$PASSWORD" --app-pid "$JPID" | tee "$RESULT_LOG" || echo "driver failed or timed out (exit $?)"

    RSS=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$JPID/status" 2>/dev/null || true)
    # G1 prints "total reserved R, committed C, used U" (JDK 25) or "total C, used U" (older): keep used/committed.
    HEAP=$("${JAVA%/java}/jcmd" "$JPID" GC.heap_info 2>/dev/null | grep -m1 -oE '(committed|total) [0-9]+K, used [0-9]+K' \
           | tr -d 'K,' | awk '{printf "%.0f/%.0f", $4/1024, $2/1024}' || true)
    ROWS+=("$(grep '^RESULT|' "$RESULT_LOG" | tail -1 || echo "RESULT|$N|no result")|${RSS}|${HEAP:-?}|${RUN_INTERVAL}")
    echo "app peak RSS ${RSS} MB, heap used/committed now ${HEAP:-?} MB; app log: $LOG"
    grep -E ' ERROR |Exception' "$LOG" | head -5 || true
    stop_app
done

echo
echo "pgbench -N again, after the loads ..."
PG_TPS_AFTER=$(pgbench_tps || echo "")
PG_TPS=$(awk -v a="${PG_TPS_BEFORE:-0}" -v b="${PG_TPS_AFTER:-0}" 'BEGIN { n = (a > 0) + (b > 0); if (n) printf "%.0f", (a + b) / n; else print "" }')

echo
echo "Results ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), warm-up ${WARMUP}s, measured ${DURATION}s)"
echo "pgbench -N (16 clients, scale 10) on the same server: ${PG_TPS_BEFORE:-?} tps before, ${PG_TPS_AFTER:-?} after, mean ${PG_TPS:-?}"
printf '%5s %5s %9s %9s %7s %9s %6s %8s %7s %7s %7s %7s %8s %8s %8s %6s %8s %12s %9s\n' \
    N every attempted succeeded errors conflicts late 'saves/s' 'p50ms' 'p95ms' 'p99ms' 'maxms' 'bodyKB' 'appCPU' 'drvCPU' 'host%' 'RSS_MB' 'heapMB_u/c' '%pgbench'
for row in "${ROWS[@]}"; do
    IFS='|' read -r _ n att ok err conf late tput p50 p95 p99 max body appcpu drvcpu host rss heap every <<<"$row"
    ratio=$(awk -v t="$tput" -v p="${PG_TPS:-0}" 'BEGIN { if (p > 0 && t + 0 > 0) printf "%.1f%%", 100 * t / p; else print "?" }')
    printf '%5s %5s %9s %9s %7s %9s %6s %8s %7s %7s %7s %7s %8s %8s %8s %6s %8s %12s %9s\n' \
        "$n" "${every}s" "$att" "$ok" "$err" "$conf" "$late" "$tput" "$p50" "$p95" "$p99" "$max" "$body" "$appcpu" "$drvcpu" "$host" "$rss" "$heap" "$ratio"
done
echo "total time $(( $(date +%s) - started )) s; logs in $OUT"
