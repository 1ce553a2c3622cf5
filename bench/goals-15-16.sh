#!/usr/bin/env bash
# The speed and memory goals of issues 15 and 16, on a quiet machine (BENCHMARKS.md, last section): start-up and
# memory (bench/startup-all-origins.sh) and the filter/switch latencies with their same-run baseline, 3 runs alternating.
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
before=${1:?usage: bench/goals-15-16.sh BEFORE_JAR [PREV_CHECKOUT] (the app built at 4f2193e; a checkout built with -Pbench)}
# PREV_CHECKOUT (optional): an earlier commit's checkout, built with `mvn -Pbench -DskipTests package` and its
# bench-classpath.txt, whose eight-line run alternates with this one's: before and after in the same run. Copy this
# checkout's src/bench into it before building, so that both are timed by the same harness.
# Each run also times the eight lines with the harness as it was before 2026-12-01 19:30 ("old-harness"): Prism's
# region cache on (the app turns it off, AppBench did not) and only two frames between changes (the renderer was
# often still drawing the last change).
prev=${2:-}
out=bench/results/goals-15-16.txt
: > $out
echo "# $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) prev ${prev:+$(git -C "$prev" rev-parse --short HEAD)} load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a $out
mvn -B -q -o -Pbench -DskipTests package 2>&1 | grep ERROR
mvn -B -q -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | grep ERROR
mkdir -p target/bench
(cd target/test-classes && jar cf ../bench/empty-window.jar org/asylumtrends/bench/EmptyWindow*.class org/asylumtrends/bench/Measurements.class)
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
xvfb=(xvfb-run -a -s '-screen 0 1920x1200x24')
for i in 1 2 3; do
  rm -rf /tmp/prefs-b
  echo "== run $i" >> $out
  "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -cp "$cp" org.asylumtrends.ui.main.AppBench filter 200 2>/dev/null | sed 's/^/app /' | grep -E 'p50|p95|alloc|gc-|unrendered' >> $out
  "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -Dbench.panels=trend,destinations,map -cp "$cp" org.asylumtrends.ui.main.AppBench filter 200 2>/dev/null | sed 's/^/map /' | grep -E 'p50|p95|alloc|gc-|unrendered' >> $out
  "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -cp "$cp" org.asylumtrends.ui.main.AppBench compare 200 bundled CHN,RUS,IRN,AFG,SYR,VEN,TUR,IND 2>/dev/null | sed 's/^/eight /' | grep -E 'p50|p95|lines|alloc|gc-|unrendered' >> $out
  if [ -n "$prev" ]; then
    rm -rf /tmp/prefs-b
    pcp="$prev/target/test-classes:$prev/target/classes:$(cat "$prev/target/bench-classpath.txt")"
    "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -cp "$pcp" org.asylumtrends.ui.main.AppBench compare 200 bundled CHN,RUS,IRN,AFG,SYR,VEN,TUR,IND 2>/dev/null | sed 's/^/prev-eight /' | grep -E 'p50|p95|lines|alloc|gc-|unrendered' >> $out
  fi
  rm -rf /tmp/prefs-b
  "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -Dprism.disableRegionCaching=false -Dbench.waitForRender=false -cp "$cp" org.asylumtrends.ui.main.AppBench compare 200 bundled CHN,RUS,IRN,AFG,SYR,VEN,TUR,IND 2>/dev/null | sed 's/^/old-harness-eight /' | grep -E 'p50|p95|lines|alloc|gc-|unrendered' >> $out
  "${xvfb[@]}" java -Djava.util.prefs.userRoot=/tmp/prefs-b -cp "$cp" org.asylumtrends.bench.BareChartsBench 200 2>/dev/null | sed 's/^/bare /' | grep -E 'p50|p95|alloc|gc-|unrendered' >> $out
done
echo "== start-up and memory" >> $out
bench/startup-all-origins.sh "$before" 7 >> $out 2>&1
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%FT%TZ)" >> $out
