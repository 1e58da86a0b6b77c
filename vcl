#!/usr/bin/env bash
# vcl launcher: builds the command-line jar on first use (or when main sources changed), then runs it.
# Start-up: a class-data archive of the application's classes (cli/target/vcl-*.jsa, made by one
# short run after each build, checked before use) lets the JVM map them instead of loading them from
# the jar. VCL_CDS=0 runs without it; any failure to make it only means running without it.
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

# The archive belongs to one jar and one java: it is named after the java executable and remade when
# the jar or that executable is newer. It is written under a temporary name, used once with
# -Xshare:on (which refuses an unusable archive) and only then renamed into place, so a run never
# maps a half-written archive.
cds=()
java_bin="$(command -v java || true)"
if [ "${VCL_CDS:-1}" != 0 ] && [ -n "$java_bin" ]; then
  java_real="$(readlink -f "$java_bin" 2>/dev/null || echo "$java_bin")"
  archive="$here/cli/target/vcl-$(printf '%s' "$java_real" | cksum | cut -d' ' -f1).jsa"
  if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ] || [ "$java_real" -nt "$archive" ]; then
    tmp="$archive.$$.tmp"
    if java -XX:ArchiveClassesAtExit="$tmp" -Xlog:disable -jar "$jar" solve task1 --alpha 1 --format csv \
          >/dev/null 2>&1 \
        && java -Xshare:on -XX:SharedArchiveFile="$tmp" -Xlog:disable -jar "$jar" --version >/dev/null 2>&1; then
      mv -f "$tmp" "$archive" 2>/dev/null || rm -f "$tmp"
    else
      rm -f "$tmp" 2>/dev/null || true
    fi
  fi
  if [ -f "$archive" ] && [ ! "$jar" -nt "$archive" ]; then
    # -Xshare:auto (the default) falls back to loading from the jar if the archive cannot be used;
    # its messages about that are switched off so that they never mix with a command's output
    cds=(-XX:SharedArchiveFile="$archive" -Xlog:cds*=off -Xlog:class+path*=off)
  fi
fi
exec java ${cds[@]+"${cds[@]}"} ${VCL_JAVA_OPTS:-} -jar "$jar" "$@"
