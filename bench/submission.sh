#!/usr/bin/env bash
# Submission benchmark on PostgreSQL, two parts, each on a fresh database and a fresh Waymark (prod profile):
#
#  1. Each submission's own cost: SUBMITTERS_ALONE (default 20, after 5 not counted that warm the JVM up) candidates, each with a complete 13-section Senior
#     portfolio of 100 evidence items and a paid registration, submit one after another. The figure is the submit
#     request (freezing the snapshot, recording the registration, the audit row, the event), target under 1 s.
#  2. The deadline hour: SUBMITTERS (default 500) candidates submit at random moments in the last WINDOW seconds
#     (default 600, the last 10 minutes) while AUTOSAVERS (default 500) others autosave every 2 s
#     (bench/AutosaveBench.java). Errors and p95 of both.
#
#   bench/submission.sh
#   SUBMITTERS=100 AUTOSAVERS=100 WINDOW=120 bench/submission.sh
#
# Prints pgbench -N (16 clients) from the same go, as bench/run.sh does: only ratios within one run compare.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/common.sh"
DB=${BENCH_DB:-waymark_bench_submit}
SUBMITTERS_ALONE=${SUBMITTERS_ALONE:-20}
SUBMITTERS=${SUBMITTERS:-500}
AUTOSAVERS=${AUTOSAVERS:-500}
WINDOW=${WINDOW:-600}
OUT=$(mktemp -d /tmp/waymark-bench-submit.XXXXXX)
trap stop_app EXIT
trap 'exit 130' INT TERM
started=$(date +%s)
build_jar

echo "pgbench -N, 16 clients, scale 10, ${PGBENCH_SECONDS}s ..."
PG_TPS=$(pgbench_tps || echo "")
echo "pgbench tps: ${PG_TPS:-?}"

fresh() { # fresh DB, app, submitters (and autosavers)
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_app "$DB" "$OUT/app-$1.log" "$OUT/evidence-$1"
    ROUND=$(cat /proc/sys/kernel/random/uuid)
    psql -q -d "$DB" -v ON_ERROR_STOP=1 -v n="$2" -v hash="$HASH" -v round="$ROUND" -f bench/seed-submitters.sql
    psql -q -d "$DB" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO person (id, email, name, password_hash, email_verified_at, active, created_at, version)
SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'Bench Candidate ' || i, '$HASH', now(), true, now(), 0
FROM generate_series(1, $3) AS i;
INSERT INTO person_role (person, role) SELECT id, 'CANDIDATE' FROM person WHERE email LIKE 'bench%@example.org';
SQL
    echo "seeded: $(psql -qtA -d "$DB" -c "SELECT count(*) FROM portfolio_section") sections, $(psql -qtA -d "$DB" -c "SELECT count(*) FROM evidence_item") evidence items"
}

echo; echo "######## 1. $SUBMITTERS_ALONE submissions one after another ########"
fresh alone "$((SUBMITTERS_ALONE + 5))" 0
"$JAVA" -XX:+UseSerialGC bench/SubmissionBench.java --base "http://127.0.0.1:$PORT" --n "$((SUBMITTERS_ALONE + 5))" \
    --window 0 --warmup 5 --round "$ROUND" --password "$PASSWORD" | tee "$OUT/alone.log"
echo "snapshot rows: $(psql -qtA -d "$DB" -c "SELECT count(*) FROM portfolio_snapshot") snapshots, $(psql -qtA -d "$DB" -c "SELECT count(*) FROM snapshot_evidence") evidence references"
ALONE=$(grep '^RESULT|' "$OUT/alone.log" | tail -1 || echo "RESULT|no result")
stop_app

echo; echo "######## 2. the deadline hour: $SUBMITTERS submitting within ${WINDOW}s while $AUTOSAVERS autosave every 2 s ########"
fresh hour "$SUBMITTERS" "$AUTOSAVERS"
echo "host load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
timeout $((WINDOW + 600))s "$JAVA" -XX:+UseSerialGC bench/AutosaveBench.java --base "http://127.0.0.1:$PORT" \
    --n "$AUTOSAVERS" --warmup 30 --duration "$WINDOW" --interval 2 --password "$PASSWORD" --app-pid "$JPID" \
    > "$OUT/autosave.log" 2>&1 &
SAVER=$!
# Let the autosavers sign in and start saving (their warm-up), then open the submission window.
sleep 45
"$JAVA" -XX:+UseSerialGC bench/SubmissionBench.java --base "http://127.0.0.1:$PORT" --n "$SUBMITTERS" \
    --window "$((WINDOW - 60))" --round "$ROUND" --password "$PASSWORD" | tee "$OUT/hour.log"
wait "$SAVER" || true
cat "$OUT/autosave.log" | grep -vE '^RESULT' | tail -8
HOUR=$(grep '^RESULT|' "$OUT/hour.log" | tail -1 || echo "RESULT|no result")
SAVES=$(grep '^RESULT|' "$OUT/autosave.log" | tail -1 || echo "RESULT|no result")
RSS=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$JPID/status" 2>/dev/null || true)
grep -E ' ERROR ' "$OUT/app-hour.log" | head -5 || true
stop_app

echo
echo "Results ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)); pgbench -N (16 clients, scale 10): ${PG_TPS:-?} tps"
IFS='|' read -r _ n ok err p50 p95 p99 max <<<"$ALONE"
echo "1. submitting alone (13 sections, 100 evidence items): $ok of $n submitted, $err errors; p50 $p50 ms, p95 $p95 ms, max $max ms"
IFS='|' read -r _ n ok err p50 p95 p99 max <<<"$HOUR"
echo "2. deadline hour, submissions: $ok of $n submitted, $err errors; p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, max $max ms"
IFS='|' read -r _ n att sok serr conf late tput sp50 sp95 sp99 smax _ <<<"$SAVES"
echo "   deadline hour, autosaves ($n candidates every 2 s): $sok of $att saved, $serr errors ($conf conflicts), $tput saves/s; p50 $sp50 ms, p95 $sp95 ms, p99 $sp99 ms; app peak RSS ${RSS} MB"
echo "total time $(( $(date +%s) - started )) s; logs in $OUT"
