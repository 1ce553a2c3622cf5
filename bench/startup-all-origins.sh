#!/usr/bin/env bash
# Issue 15: start-up and memory with every origin bundled, against the app before it (China alone) and the empty
# window, all in the same run.
#
#   bench/startup-all-origins.sh BEFORE_JAR [RUNS]     (default 7 runs; needs target/asylum-trends.jar and
#                                                      target/bench/empty-window.jar, which bench/run.sh builds)
#
# BEFORE_JAR is the app's jar built from the commit before the all-origins bundle (e.g. `git worktree add
# /tmp/before 4f2193e && (cd /tmp/before && mvn -q -DskipTests package)`). Four ways, alternating run by run:
#   empty   the empty 1600x1000 window (org.asylumtrends.bench.EmptyWindow), to its first frame
#   before  the app before, --smoke-test: JVM start to the first frame with both charts (China)
#   now     this app, the same
#   all     this app, --smoke-test --wait-for-all-origins: the same first frame, then on until every bundled
#           origin has been read in the background and shown (all-origins-ms), which is the peak RSS of the
#           app "with everything bundled"
#   nobundle  this app's jar without the every-origin table (the .gz left out, its line in
#           china_asylum.properties removed), --smoke-test: the same build with China alone, the fair baseline for
#           "start-up does not wait for the bundle"
# Prints medians of first-frame-ms, all-origins-ms and the whole process's peak RSS (GNU time), as key=value lines.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "$1")
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
xvfb=(xvfb-run -a -s '-screen 0 1920x1200x24')

one() {  # name, java args... -> appends "first-frame-ms all-origins-ms peak-rss-kib" to $work/name
  local name=$1; shift
  rm -rf "$work/prefs" "$work/home"; mkdir -p "$work/home"
  /usr/bin/time -f 'peak-rss-kib=%M' -o "$work/time" "${xvfb[@]}" java -Djava.util.prefs.userRoot="$work/prefs" \
    -Duser.home="$work/home" "$@" >"$work/out" 2>/dev/null || true
  echo "$(sed -n 's/^first-frame-ms=//p' "$work/out" | tail -1) $(sed -n 's/^all-origins-ms=//p' "$work/out" | tail -1)" \
    "$(sed -n 's/^peak-rss-kib=//p' "$work/time")" >>"$work/$name"
}
nobundle="$work/no-bundle.jar"
cp target/asylum-trends.jar "$nobundle"
mkdir -p "$work/props/assets/data"
unzip -p target/asylum-trends.jar assets/data/china_asylum.properties | grep -v '^all_origins=' \
  >"$work/props/assets/data/china_asylum.properties"
zip -q -d "$nobundle" assets/data/unhcr_asylum_all_origins.csv.gz
(cd "$work/props" && zip -q "$nobundle" assets/data/china_asylum.properties)
for i in $(seq "$runs"); do
  one nobundle -cp "$nobundle" org.asylumtrends.Launcher --smoke-test
  one empty -cp target/asylum-trends.jar:target/bench/empty-window.jar org.asylumtrends.bench.EmptyWindow
  one before -cp "$before" org.asylumtrends.Launcher --smoke-test
  one now -cp target/asylum-trends.jar org.asylumtrends.Launcher --smoke-test
  one all -cp target/asylum-trends.jar org.asylumtrends.Launcher --smoke-test --wait-for-all-origins
done
for n in empty before nobundle now all; do
  ms=$(cut -d' ' -f1 "$work/$n" | median); kib=$(awk '{print $NF}' "$work/$n" | median)
  extra=""
  if [ "$n" = all ]; then extra=" all-origins-ms=$(cut -d' ' -f2 "$work/$n" | median)"; fi
  echo "startup-$n-first-frame-ms=$ms peak-rss-$n-mib=$((kib / 1024))$extra (runs: $(paste -sd'|' "$work/$n"))"
  eval "ms_$n=$ms kib_$n=$kib"
done
echo "first-frame-ratio-now-to-nobundle=$(ratio "$ms_now" "$ms_nobundle") (the same build without the bundle)" \
  "memory-ratio-nobundle-to-empty=$(ratio "$kib_nobundle" "$kib_empty")"
echo "first-frame-ratio-now-to-before=$(ratio "$ms_now" "$ms_before") (goal <= 1.05)" \
  "first-frame-ratio-all-to-before=$(ratio "$ms_all" "$ms_before")"
echo "memory-ratio-all-to-empty=$(ratio "$kib_all" "$kib_empty") (goal <= 1.3)" \
  "memory-ratio-before-to-empty=$(ratio "$kib_before" "$kib_empty")"
