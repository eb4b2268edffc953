#!/usr/bin/env bash
# Starts Earshot on http://localhost:8000 with the embedded DuckDB warehouse in data/earshot.duckdb.
# Builds the jar first when it is missing or older than the sources. Every argument is passed to
# `earshot serve` (see `./start_local.sh --help`); EARSHOT_* environment variables work too.
set -euo pipefail
cd "$(dirname "$0")"

JAR=server/target/earshot.jar

if ! command -v java >/dev/null 2>&1; then
  echo "Earshot needs Java 17 or newer on the PATH (java was not found)." >&2
  exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Earshot needs Java 17 or newer; this java is $java_major." >&2
  exit 1
fi

needs_build() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find pom.xml core server -newer "$JAR" \( -name pom.xml -o -path '*/src/main/*' \) -type f -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building Earshot (first run, or sources changed)..."
  ./mvnw -B -q -DskipTests package
fi

echo "Starting Earshot (Ctrl-C stops it cleanly)..."
exec java ${EARSHOT_JAVA_OPTS:-} -jar "$JAR" serve "$@"
