#!/usr/bin/env bash
# Start-up and memory with and without JDK 25's AOT cache, each against the empty-window baseline of the same run.
#
#   bench/startup.sh [RUNS]          (default 7; needs target/asylum-trends.jar and target/bench/empty-window.jar,
#                                     which bench/run.sh builds; xvfb-run; GNU time)
#
# Four ways, alternating run by run so a busy machine weighs on all alike: the app (java -jar … --smoke-test) and
# the empty 1600x1000 window (org.asylumtrends.bench.EmptyWindow, same class path), each with no cache and with a
# cache from one training run of its own (-XX:AOTCacheOutput, then -XX:AOTCache). Prints medians of time to the
# first rendered frame (from JVM start) and of the whole process's peak RSS, as key=value lines.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
xvfb=(xvfb-run -a -s '-screen 0 1920x1200x24')
flags=(-Djava.util.prefs.userRoot="$work/prefs" -Xlog:aot=off -Xlog:cds=off)
app=(-cp target/asylum-trends.jar:target/bench/empty-window.jar org.asylumtrends.Launcher --smoke-test)
empty=(-cp target/asylum-trends.jar:target/bench/empty-window.jar org.asylumtrends.bench.EmptyWindow)

# One training run each: the cache holds what that run loaded and linked.
"${xvfb[@]}" java "${flags[@]}" -XX:AOTCacheOutput="$work/app.aot" "${app[@]}" >/dev/null 2>&1
"${xvfb[@]}" java "${flags[@]}" -XX:AOTCacheOutput="$work/empty.aot" "${empty[@]}" >/dev/null 2>&1
echo "aot-cache-bytes app=$(wc -c <"$work/app.aot") empty-window=$(wc -c <"$work/empty.aot")"

one() {  # name, java args... -> appends "ms kib" to $work/name
  local name=$1; shift
  /usr/bin/time -f 'peak-rss-kib=%M' -o "$work/time" "${xvfb[@]}" java "${flags[@]}" "$@" >"$work/out" 2>/dev/null || true
  echo "$(sed -n 's/^first-frame-ms=//p' "$work/out" | tail -1) $(sed -n 's/^peak-rss-kib=//p' "$work/time")" >>"$work/$name"
}
for i in $(seq "$runs"); do
  one empty "${empty[@]}"
  one empty-aot -XX:AOTCache="$work/empty.aot" "${empty[@]}"
  one app "${app[@]}"
  one app-aot -XX:AOTCache="$work/app.aot" "${app[@]}"
done
for n in empty empty-aot app app-aot; do
  ms=$(cut -d' ' -f1 "$work/$n" | median); kib=$(cut -d' ' -f2 "$work/$n" | median)
  echo "startup-$n-ms=$ms peak-rss-$n-mib=$((kib / 1024)) (runs ms: $(cut -d' ' -f1 "$work/$n" | paste -sd' '))"
  eval "ms_${n//-/_}=$ms kib_${n//-/_}=$kib"
done
echo "startup-ratio-app-to-empty=$(ratio "$ms_app" "$ms_empty") startup-ratio-app-aot-to-empty=$(ratio "$ms_app_aot" "$ms_empty")" \
  "startup-ratio-app-aot-to-empty-aot=$(ratio "$ms_app_aot" "$ms_empty_aot") startup-ratio-aot-to-none=$(ratio "$ms_app_aot" "$ms_app")"
echo "memory-ratio-app-to-empty=$(ratio "$kib_app" "$kib_empty") memory-ratio-app-aot-to-empty=$(ratio "$kib_app_aot" "$kib_empty")"
