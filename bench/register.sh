#!/usr/bin/env bash
# Register search benchmark (issue 10): p95 of a register search over 100,000 holders on PostgreSQL, target under
# 50 ms. A fresh database is migrated with Waymark's own migrations (applied by psql in Flyway's version order: the
# module folders and db/vendor/postgresql), seeded with bench/seed-register.sql (generate_series), then
# bench/RegisterBench.java runs searches of mixed filters through the real SQL (award.internal.RegisterQuery, from
# target/classes) on one JDBC connection, as one request of the page would. Also measures `pgbench -S` (select-only,
# one client) on the same server in the same go: the machine is shared and noisy, so only ratios within a run compare.
#
#   bench/register.sh                      # 100,000 holders, 2,000 searches after 300 warm-up ones
#   HOLDERS=20000 bench/register.sh --searches 500
#   KEEP=1 bench/register.sh               # keep the seeded database for the next run (SEEDED=1 skips seeding)
#
# Needs: PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), psql, pgbench, the Temurin 25 JDK, and the
# PostgreSQL JDBC driver in the local Maven repository (it is one of Waymark's dependencies).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/common.sh"
DB=${BENCH_DB:-waymark_register_bench}
HOLDERS=${HOLDERS:-100000}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-15}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
started=$(date +%s)

if [ ! -d target/classes/org/waymark ] || [ -n "$(find src/main pom.xml -newer target/classes -print -quit)" ]; then
    echo "compiling ..."
    ./mvnw -B -q -o compile
    touch target/classes
fi
# The driver's version is managed by Spring Boot's parent: take the newest in the local repository.
PG_VERSION=${PG_VERSION:-$(ls "$M2_REPO/org/postgresql/postgresql" | sort -V | tail -1)}
DRIVER="$M2_REPO/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar"
[ -f "$DRIVER" ] || { echo "missing $DRIVER: run ./mvnw compile once online" >&2; exit 1; }

if [ -z "${SEEDED:-}" ]; then
    echo "migrating a fresh database $DB ..."
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    # Flyway's order: by version (the part before "__"), across every location.
    find src/main/resources/db/migration src/main/resources/db/vendor/postgresql -name 'V*.sql' \
        | awk -F/ '{ v = $NF; sub(/__.*/, "", v); sub(/^V/, "", v); print v "\t" $0 }' | sort -t$'\t' -k1,1 | cut -f2 \
        | while read -r file; do psql -q -d "$DB" -v ON_ERROR_STOP=1 -f "$file" >/dev/null; done
    echo "seeding $HOLDERS holders ..."
    seed_started=$(date +%s)
    psql -q -d "$DB" -v ON_ERROR_STOP=1 -v holders="$HOLDERS" -f bench/seed-register.sql
    echo "seeded in $(( $(date +%s) - seed_started )) s"
fi

echo "pgbench -S, 1 client, scale 10, ${PGBENCH_SECONDS}s ..."
psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS waymark_pgbench WITH (FORCE)" -c "CREATE DATABASE waymark_pgbench"
pgbench -q -i -s 10 waymark_pgbench >/dev/null 2>&1
PG_TPS=$(pgbench -S -c 1 -j 1 -T "$PGBENCH_SECONDS" waymark_pgbench 2>/dev/null | grep -oE '^tps = [0-9.]+' | grep -oE '[0-9.]+' | head -1 || true)
echo "pgbench -S tps (1 client): ${PG_TPS:-?}"

timeout 30m "$JAVA" -XX:+UseSerialGC -cp "target/classes:$DRIVER" bench/RegisterBench.java \
    --url "jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" --pgbench-tps "${PG_TPS:-0}" "$@"

[ -n "${KEEP:-}" ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql -q -d postgres -c "DROP DATABASE IF EXISTS waymark_pgbench WITH (FORCE)"
echo "host load average now: $(cut -d' ' -f1-3 /proc/loadavg); total time $(( $(date +%s) - started )) s"
