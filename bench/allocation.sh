#!/usr/bin/env bash
# Allocation benchmark (issue 9): the real solver (assessment.internal.allocation) on 2,000 submissions and 400
# assessors, in one JVM, no database. Compiles src/main if needed, then runs bench/AllocationBench.java with the JDK 25
# source launcher on target/classes and the solver's libraries (JGraphT and what it brings). Arguments go to the
# driver, for example:
#
#   bench/allocation.sh
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
# otherwise the solver's three libraries from the local repository, at the versions pom.xml and JGraphT's parent pom name.
CP_FILE=$(mktemp /tmp/waymark-allocation-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
if ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
        && [ -s "$CP_FILE" ]; then
    LIBS=$(cat "$CP_FILE")
else
    version() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$2" | head -1; }
    JGRAPHT=$(version jgrapht.version pom.xml)
    PARENT_POM="$M2_REPO/org/jgrapht/jgrapht/$JGRAPHT/jgrapht-$JGRAPHT.pom" # its <properties> name jheaps' and apfloat's
    JHEAPS=$(version jheaps.version "$PARENT_POM")
    APFLOAT=$(version apfloat.version "$PARENT_POM")
    LIBS="$M2_REPO/org/jgrapht/jgrapht-core/$JGRAPHT/jgrapht-core-$JGRAPHT.jar"
    LIBS="$LIBS:$M2_REPO/org/jheaps/jheaps/$JHEAPS/jheaps-$JHEAPS.jar"
    LIBS="$LIBS:$M2_REPO/org/apfloat/apfloat/$APFLOAT/apfloat-$APFLOAT.jar"
    for jar in ${LIBS//:/ }; do
        [ -f "$jar" ] || { echo "missing $jar: run ./mvnw compile once online" >&2; exit 1; }
    done
fi

# shellcheck disable=SC2086
exec timeout 60m "$JAVA" $BENCH_JAVA_OPTS -cp "target/classes:$LIBS" bench/AllocationBench.java "$@"
