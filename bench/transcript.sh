#!/usr/bin/env bash
# Transcript PDF benchmark (issue 10): the application's own PdfRenderer and templates/export/transcript.html render a
# Senior CMALT transcript of 13 section rows (and the four core principles, two assessors' feedback) again and again,
# in one JVM, no database, no Spring context. Compiles src/main if needed, then runs bench/TranscriptBench.java with
# the JDK 25 source launcher on target/classes and the runtime class path Maven resolves. Arguments go to the driver:
#
#   bench/transcript.sh
#   bench/transcript.sh --warmup 20 --runs 200
#   BENCH_JAVA_OPTS="-XX:ActiveProcessorCount=1 -Xmx256m" bench/transcript.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}

if [ ! -d target/classes/org/waymark ] || [ -n "$(find src/main pom.xml -newer target/classes -print -quit)" ]; then
    echo "compiling ..."
    ./mvnw -B -q -o compile
    touch target/classes
fi

CP_FILE=$(mktemp /tmp/waymark-transcript-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
    || { echo "could not resolve the class path offline (run ./mvnw dependency:build-classpath once online)" >&2; exit 1; }

# shellcheck disable=SC2086
exec timeout 30m "$JAVA" $BENCH_JAVA_OPTS -cp "target/classes:$(cat "$CP_FILE")" bench/TranscriptBench.java "$@"
