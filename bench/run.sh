#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md and writes the figures to bench/results/latest.txt (and prints them).
#
#   bench/run.sh [RAW_DIR] [RUNS]
#
# RAW_DIR holds UNHCR's three raw tables (default ../shared/data/raw, next to the repository); RUNS is the
# number of runs of each start-up and memory measurement (default 7). Needs a JDK 25, Maven, xvfb-run and, for
# the pandas peer, Debian's python3-pandas (/usr/bin/python3). Takes about 10 minutes; nothing here runs in
# `mvn verify`. Each figure is the median of its runs, next to its baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
raw=$(realpath "${1:-../shared/data/raw}")
runs=${2:-7}
out=bench/results/latest.txt
mkdir -p bench/results target/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log() { echo "$*" | tee -a "$out"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
value() { sed -n "s/^$1=//p" | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "== building (app jar, bench classes)"
mvn -B -q -Pbench -DskipTests package
mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# The start-up baseline lives in a small jar of its own, next to the app's jar on the class path.
(cd target/test-classes && jar cf ../bench/empty-window.jar org/asylumtrends/bench/EmptyWindow*.class \
  org/asylumtrends/bench/Measurements.class)

: > "$out"
log "# Asylum Trends benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
log "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Preferences of these runs go to a throw-away store, the same for the app and its baselines.
flags=(-Djava.util.prefs.userRoot="$work/prefs")
xvfb=(xvfb-run -a -s '-screen 0 1920x1200x24')

echo "== start-up: launch to first rendered frame, with and without the AOT cache, $runs runs each, alternating"
bench/startup.sh "$runs" | tee "$work/startup"
while IFS= read -r line; do log "$line"; done < "$work/startup"

echo "== memory: peak RSS, app with the three raw tables loaded vs the empty window, $runs runs each"
tables=("$raw/unhcr_asylum_applications_all_origins_2000-2025.csv" "$raw/unhcr_asylum_decisions_all_origins_2000-2025.csv"
  "$raw/unhcr_population_all_origins_1951-2025.csv")
app_kib=(); base_kib=()
for i in $(seq "$runs"); do
  base_kib+=("$("${xvfb[@]}" java "${flags[@]}" -cp "$cp" org.asylumtrends.bench.EmptyWindow --hold-ms 2000 2>/dev/null \
    | value peak-rss-kib)")
  app_kib+=("$("${xvfb[@]}" java "${flags[@]}" -cp "$cp" org.asylumtrends.ui.main.AppBench memory "${tables[@]}" 2>/dev/null \
    | value peak-rss-kib)")
done
a=$(printf '%s\n' "${app_kib[@]}" | median); b=$(printf '%s\n' "${base_kib[@]}" | median)
log "memory-app-three-tables-peak-rss-mib=$((a / 1024)) (runs KiB: ${app_kib[*]})"
log "memory-empty-window-peak-rss-mib=$((b / 1024)) (runs KiB: ${base_kib[*]})"
log "memory-ratio=$(ratio "$a" "$b") (goal <= 1.3)"

echo "== filter latency: 2 x 200 year-range changes to both charts laid out (cold, then warm), 3 runs each, under Xvfb"
for i in 1 2 3; do
  "${xvfb[@]}" java "${flags[@]}" -cp "$cp" org.asylumtrends.ui.main.AppBench filter 200 2>/dev/null > "$work/app-filter-$i"
  "${xvfb[@]}" java "${flags[@]}" -Dbench.panels=trend,destinations,map -cp "$cp" org.asylumtrends.ui.main.AppBench \
    filter 200 2>/dev/null > "$work/map-filter-$i"
  "${xvfb[@]}" java "${flags[@]}" -cp "$cp" org.asylumtrends.bench.BareChartsBench 200 2>/dev/null > "$work/bare-filter-$i"
done
for who in app map bare; do
  for phase in cold warm; do
    p50=$(cat "$work"/$who-filter-* | value filter-$phase-p50-ms | median)
    p95=$(cat "$work"/$who-filter-* | value filter-$phase-p95-ms | median)
    max=$(cat "$work"/$who-filter-* | value filter-$phase-max-ms | sort -n | tail -1)
    log "filter-$who-$phase-p50-ms=$p50 filter-$who-$phase-p95-ms=$p95 filter-$who-$phase-max-ms=$max"
    eval "${who}_${phase}_p95=$p95"
  done
done
log "filter-warm-p95-ratio-to-bare-charts=$(ratio "$app_warm_p95" "$bare_warm_p95") (goal: app p95 <= 8 ms)"
log "filter-map-warm-p95-ratio-to-bare-charts=$(ratio "$map_warm_p95" "$bare_warm_p95") (issue 16: with the map shown)"

echo "== figure finder: JMH, the whole search on the bundled data (issue 19)"
java -cp "$cp" org.asylumtrends.bench.FinderBenchmark | tee -a "$work/finder-size"
java -cp "$cp" org.openjdk.jmh.Main FinderBenchmark -rf json -rff target/bench/jmh-finder.json \
  | tee "$work/jmh-finder" | grep -E '^(Benchmark|FinderBenchmark)'

echo "== load: JMH, parse and aggregate the three raw tables; pandas peer"
java -cp "$cp" org.openjdk.jmh.Main LoadBenchmark -p dir="$raw" -rf json -rff target/bench/jmh-load.json \
  | tee "$work/jmh" | grep -E '^(Benchmark|LoadBenchmark)'
rows=$(for f in "${tables[@]}"; do tail -n +2 "$f" | wc -l; done | paste -sd+ | bc)
for b in parseAndAggregate openThreeFiles; do
  ms=$(awk -v b="$b" '$1 == "LoadBenchmark." b {print $(NF-3)}' "$work/jmh")
  err=$(awk -v b="$b" '$1 == "LoadBenchmark." b {print $(NF-1)}' "$work/jmh")
  log "load-java-$b-ms=$ms (+-$err, JMH avg of 2 forks x 10 iterations) rows-per-s=$(awk -v r="$rows" -v m="$ms" 'BEGIN {printf "%.0f", r / m * 1000}')"
  eval "java_$b=$ms"
done
/usr/bin/python3 bench/pandas_peer.py "$raw" 10 > "$work/pandas"
pandas=$(value pandas-median-ms < "$work/pandas")
log "load-pandas-read_csv-groupby-ms=$pandas ($(value pandas-version < "$work/pandas"), median of 10) rows=$rows"
log "load-ratio-java-parse-to-pandas=$(ratio "$java_parseAndAggregate" "$pandas") (goal: < 1, and open < 500 ms)"

echo "== export: PNG 3x, SVG, PDF of the 1200x675 figure, headless"
java -cp "$cp" org.asylumtrends.bench.ExportBench 2>/dev/null > "$work/export"
while IFS= read -r line; do log "$line"; done < "$work/export"

log "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results in $out"
