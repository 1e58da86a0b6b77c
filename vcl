#!/usr/bin/env bash
# vcl launcher: builds the command-line jar on first use (or when main sources changed), then runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/cli/target/vcl.jar"
stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here" -path "$here/.git" -prune -o -path '*/target' -prune -o \
      \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$jar" -print -quit)" ]
}
if stale; then
  echo "vcl: building the command-line jar (first use or sources changed) ..." >&2
  (cd "$here" && mvn -B -q -DskipTests -pl cli -am package 1>&2) || {
    echo "vcl: build failed; run 'mvn -B -DskipTests -pl cli -am package' to see why" >&2; exit 1; }
fi
exec java ${VCL_JAVA_OPTS:-} -jar "$jar" "$@"
