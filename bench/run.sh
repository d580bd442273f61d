#!/usr/bin/env bash
# Autosave benchmark: for each N, a fresh PostgreSQL database, a fresh Waymark (prod profile, from the jar) on a free
# loopback port, N candidate accounts, then bench/AutosaveBench.java drives the load. Prints a table at the end.
#
#   bench/run.sh              # the deadline-day loads: N=500 saving every 2 s, and N=16 back to back
#   bench/run.sh 10           # one quick run (a save every INTERVAL seconds)
#   bench/run.sh 50 200@1 16@0   # N@interval: 0 means back to back
#   WARMUP=15 DURATION=60 INTERVAL=2 bench/run.sh 50 200   # a cold node: 15 s of warm-up
#
# The warm-up is 120 s by default: on 2 cores under load the JIT compiler takes about 100 s to finish (JFR: 16 s of
# compilation in a 30 s window 45 s in), and a node on deadline day has been up for hours. The timeline the driver
# prints shows the climb; WARMUP=15 measures a node just started.
#   JFR=25 bench/run.sh 16@0   # also a 25 s JFR recording (settings=profile) from the start of each measured window
#   DRIVER_OPTS='--client httpclient --send whole' bench/run.sh 16@0   # more options for the driver (here: as before its socket client)
#   DRIVER_OPTS='--send changed' bench/run.sh 16@0   # --send splice (the default, as the editor: only the description's
#                                                    # changed blocks), changed (the description whole), whole (the whole form)
#
# Every run also measures PostgreSQL's own ceiling with `pgbench -N` (16 clients, scale 10) on the same server,
# in the same go, and prints each load's saves/s as a share of pgbench's tps: the machine is shared and noisy, so
# only that ratio, taken within one run, compares across runs.
#
# Needs: PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), psql, pgbench, curl, the Temurin 25 JDK.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/common.sh"
DB=${BENCH_DB:-waymark_bench}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-60}
INTERVAL=${INTERVAL:-2}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
DRIVER_OPTS=${DRIVER_OPTS:-}
NS=("$@")
[ ${#NS[@]} -eq 0 ] && NS=(500@2 16@0)

OUT=$(mktemp -d /tmp/waymark-bench.XXXXXX)
trap stop_app EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
build_jar

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
    start_app "$DB" "$LOG" "$OUT/evidence"
    echo "host load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

    # N candidates, created directly in the (now migrated) database: verified, active, role CANDIDATE.
    psql -q -d "$DB" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO person (id, email, name, password_hash, email_verified_at, active, created_at, version)
SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'Bench Candidate ' || i, '$HASH', now(), true, now(), 0
FROM generate_series(1, $N) AS i;
INSERT INTO person_role (person, role) SELECT id, 'CANDIDATE' FROM person WHERE email LIKE 'bench%@example.org';
SQL

    RESULT_LOG="$OUT/driver-n$N.log"
    : >"$RESULT_LOG"
    if [ -n "${JFR:-}" ]; then
        # A JFR recording (settings=profile) of JFR seconds, started once the measured window begins.
        ( for _ in $(seq 1 900); do grep -q '^warm-up done' "$RESULT_LOG" 2>/dev/null && break; sleep 1; done
          "${JAVA%/java}/jcmd" "$JPID" JFR.start name=bench settings=profile duration="${JFR}s" \
              filename="$OUT/n$N-every$RUN_INTERVAL.jfr" >/dev/null 2>&1 || true ) &
    fi
    timeout $((WARMUP + DURATION + 300 + N))s "$JAVA" -XX:+UseSerialGC bench/AutosaveBench.java \
        --base "http://127.0.0.1:$PORT" --n "$N" --warmup "$WARMUP" --duration "$DURATION" --interval "$RUN_INTERVAL" \
        --password "$PASSWORD" --app-pid "$JPID" $DRIVER_OPTS | tee "$RESULT_LOG" || echo "driver failed or timed out (exit $?)"

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
printf '%5s %5s %9s %9s %7s %9s %6s %8s %7s %7s %7s %7s %8s %8s %8s %8s %6s %8s %12s %5s %9s\n' \
    N every attempted succeeded errors conflicts late 'saves/s' 'p50ms' 'p95ms' 'p99ms' 'maxms' 'bodyKB' 'appCPU' 'dbCPU' 'drvCPU' 'host%' 'RSS_MB' 'heapMB_u/c' lost '%pgbench'
for row in "${ROWS[@]}"; do
    IFS='|' read -r _ n att ok err conf late tput p50 p95 p99 max body appcpu drvcpu host lost dbcpu rss heap every <<<"$row"
    ratio=$(awk -v t="$tput" -v p="${PG_TPS:-0}" 'BEGIN { if (p > 0 && t + 0 > 0) printf "%.1f%%", 100 * t / p; else print "?" }')
    printf '%5s %5s %9s %9s %7s %9s %6s %8s %7s %7s %7s %7s %8s %8s %8s %8s %6s %8s %12s %5s %9s\n' \
        "$n" "${every}s" "$att" "$ok" "$err" "$conf" "$late" "$tput" "$p50" "$p95" "$p99" "$max" "$body" "$appcpu" "$dbcpu" "$drvcpu" "$host" "$rss" "$heap" "$lost" "$ratio"
done
echo "total time $(( $(date +%s) - started )) s; logs in $OUT"
