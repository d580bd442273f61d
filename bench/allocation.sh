#!/usr/bin/env bash
# Allocation benchmark (issue 9): the real solver (assessment.internal.allocation) on 2,000 submissions and 400
# assessors, in one JVM, no database. Compiles src/main if needed, then runs bench/AllocationBench.java with the JDK 25
# source launcher on target/classes and the solver's libraries (OR-Tools, its linux-x86-64 natives, JNA, protobuf). Arguments go to the
# driver; without arguments it runs the two rounds the README reports, 2,000 x 400 and 300 x 60, one JVM each. For example:
#
#   bench/allocation.sh                     # both rounds, p50/p95/min/max and the load average of each
#   bench/allocation.sh --capacity 9-14 --runs 11
#   BENCH_JAVA_OPTS="-XX:ActiveProcessorCount=2 -Xmx1g" bench/allocation.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}

if [ ! -d target/classes/org/waymark ] || [ -n "$(find src/main pom.xml -newer target/classes -print -quit)" ]; then
    echo "compiling ..."
    ./mvnw -B -q -o compile
    touch target/classes
fi

# The class path: Maven's own answer when the dependency plugin resolves (it needs its own dependencies downloaded);
# otherwise the solver's libraries from the local repository: OR-Tools' Java jar and its linux-x86-64 natives at the
# version pom.xml names, and the versions of JNA (which the native loader uses) and protobuf that OR-Tools' pom names.
CP_FILE=$(mktemp /tmp/waymark-allocation-cp.XXXXXX)
LARGE=$(mktemp /tmp/waymark-allocation-large.XXXXXX)
SMALL=$(mktemp /tmp/waymark-allocation-small.XXXXXX)
trap 'rm -f "$CP_FILE" "$LARGE" "$SMALL"' EXIT
if ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
        && [ -s "$CP_FILE" ]; then
    LIBS=$(cat "$CP_FILE")
else
    version() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$2" | head -1; }
    dependency() { grep -A1 "<artifactId>$1</artifactId>" "$2" | sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' | head -1; }
    ORTOOLS=$(version ortools.version pom.xml)
    ORTOOLS_POM="$M2_REPO/com/google/ortools/ortools-java/$ORTOOLS/ortools-java-$ORTOOLS.pom"
    JNA=$(dependency jna-platform "$ORTOOLS_POM")
    PROTOBUF=$(dependency protobuf-java "$ORTOOLS_POM")
    LIBS="$M2_REPO/com/google/ortools/ortools-java/$ORTOOLS/ortools-java-$ORTOOLS.jar"
    LIBS="$LIBS:$M2_REPO/com/google/ortools/ortools-linux-x86-64/$ORTOOLS/ortools-linux-x86-64-$ORTOOLS.jar"
    LIBS="$LIBS:$M2_REPO/net/java/dev/jna/jna-platform/$JNA/jna-platform-$JNA.jar"
    LIBS="$LIBS:$M2_REPO/net/java/dev/jna/jna/$JNA/jna-$JNA.jar"
    LIBS="$LIBS:$M2_REPO/com/google/protobuf/protobuf-java/$PROTOBUF/protobuf-java-$PROTOBUF.jar"
    for jar in ${LIBS//:/ }; do
        [ -f "$jar" ] || { echo "missing $jar: run ./mvnw compile once online" >&2; exit 1; }
    done
fi

run() {
    # shellcheck disable=SC2086
    timeout 60m "$JAVA" $BENCH_JAVA_OPTS --enable-native-access=ALL-UNNAMED -cp "target/classes:$LIBS" \
        bench/AllocationBench.java "$@"
}
echo "host: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ $# -gt 0 ]; then
    run "$@"
else
    run --submissions 2000 --assessors 400 --institutions 120 --warmup 3 --runs 11 | tee "$LARGE"
    run --submissions 300 --assessors 60 --institutions 25 --warmup 5 --runs 21 | tee "$SMALL"
    echo
    echo "summary (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
    grep -h '^solve ' "$LARGE" "$SMALL"
fi
