# Shared by the benchmark scripts (sourced, not run): build the jar, measure pgbench, start and stop Waymark.
# Needs: PostgreSQL at $PGHOST:$PGPORT (user $PGUSER, trust auth), psql, pgbench, curl, the Temurin 25 JDK.

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
export PGHOST PGPORT PGUSER

# Every bench candidate's password is Bench-candidate-2026; this hash was made once with Spring Security's
# BCryptPasswordEncoder (cost 10) and is stored as the app's DelegatingPasswordEncoder expects.
PASSWORD=Bench-candidate-2026
HASH='{bcrypt}$2a$10$vVBUUI8EjEFyJbXCKzuVfu22IPruofJzSuy0vD9yxxKppO4GjOuF.'

APP_PID=
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# The jar, rebuilt when a source is newer.
build_jar() {
    JAR=$(ls target/waymark-*.jar 2>/dev/null | grep -v plain | head -1 || true)
    if [ -z "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
        echo "building the jar ..."
        ./mvnw -q -DskipTests package
        JAR=$(ls target/waymark-*.jar | grep -v plain | head -1)
    fi
}

# PostgreSQL's own ceiling on this machine now: pgbench's simple-update transactions (-N), 16 clients.
# Prints the tps on stdout, and on stderr PostgreSQL's own CPU per transaction (to set beside the autosave's).
pgbench_tps() {
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS waymark_pgbench WITH (FORCE)" -c "CREATE DATABASE waymark_pgbench"
    pgbench -q -i -s 10 waymark_pgbench >/dev/null 2>&1
    local before after tps
    before=$(postgres_ticks)
    tps=$(pgbench -N -c 16 -j 2 -T "$PGBENCH_SECONDS" waymark_pgbench 2>/dev/null | grep -oE '^tps = [0-9.]+' | grep -oE '[0-9.]+' | head -1)
    after=$(postgres_ticks)
    awk -v t="$tps" -v d=$((after - before)) -v s="$PGBENCH_SECONDS" 'BEGIN { if (t > 0) printf "pgbench: PostgreSQL used %.2f cores, %.3f ms of CPU per transaction\n", d / 100 / s, 1000 * d / 100 / s / t }' >&2
    echo "$tps"
}

# CPU ticks (USER_HZ, 100 a second) used so far by every PostgreSQL process on this host, with those of the backends
# that have ended (the postmaster has them as its children's time).
postgres_ticks() {
    cat /proc/[0-9]*/stat 2>/dev/null | awk '/\(postgres\)/ { sub(/^.*\) /, ""); split($0, f, " "); t += f[12] + f[13] + f[14] + f[15] } END { printf "%d", t }'
}

# start_app DB LOG EVIDENCE_DIR: a fresh Waymark (prod profile, from the jar) on a free loopback port on database DB;
# sets APP_PID, JPID (the java process) and PORT. Killed after 30 minutes at most.
start_app() {
    local db=$1 log=$2 evidence=$3
    SPRING_PROFILES_ACTIVE=prod \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD= \
    WAYMARK_DEMO_ENABLED=false \
    SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
    SERVER_ADDRESS=127.0.0.1 \
    SERVER_PORT=0 \
    WAYMARK_EVIDENCE_STORAGE_PATH="$evidence" \
    WAYMARK_LINK_CHECK_ENABLED=false \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=1 \
        timeout 30m "$JAVA" $APP_JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    PORT=
    for _ in $(seq 1 120); do
        PORT=$(grep -oE 'Tomcat started on port ([0-9]+)' "$log" | grep -oE '[0-9]+$' | head -1 || true)
        [ -n "$PORT" ] && break
        kill -0 "$APP_PID" 2>/dev/null || { echo "Waymark did not start:"; tail -40 "$log"; exit 1; }
        sleep 1
    done
    [ -n "$PORT" ] || { echo "Waymark did not start within 120 s:"; tail -40 "$log"; exit 1; }
    curl -fsS -o /dev/null --max-time 60 "http://127.0.0.1:$PORT/sign-in"
    # The java process is the child of timeout(1): find it for the CPU and memory figures.
    JPID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
    echo "Waymark up on 127.0.0.1:$PORT (pid $JPID, $(grep -oE 'Started WaymarkApplication in [0-9.]+ seconds' "$log" || true))"
}
