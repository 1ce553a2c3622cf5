#!/usr/bin/env bash
# Shows that Asylum Trends works without any network and opens no network connection.
#
# Runs the command line (bundled data and a user file) and the GUI smoke test (window, charts, first frame)
# inside a new network namespace (unshare --net: no interfaces but a loopback that is down), so any attempt
# to reach the network fails. If strace is installed, it also records every connect, bind, listen and send
# the JVM makes and fails on any that is not to a local (AF_UNIX) socket - X11 uses those - so that a library
# that swallows a failed connection is caught too. (Plain socket() calls are not connections: the JDK creates
# and closes an AF_INET6 socket when its NIO library loads, to probe for IPv6; the trace lists them.)
#
# Needs root (or user namespaces) for unshare, xvfb-run for the GUI, and target/asylum-trends.jar
# (built with `mvn -B -o -DskipTests package` if missing). Usage: bench/no-network-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/asylum-trends.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -o -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! unshare --net true 2>/dev/null; then
  echo "no-network-check: unshare --net is not permitted here (needs root or user namespaces)" >&2
  exit 2
fi
trace=()
if command -v strace >/dev/null; then
  trace=(strace -f -qq -e trace=socket,connect,bind,listen,sendto,sendmsg -o "$work/sockets")
else
  echo "no-network-check: strace not installed; checking with the network namespace only"
fi

fail() { echo "no-network-check: FAILED: $*" >&2; exit 1; }

# A connect, bind, listen or send on anything but a local (AF_UNIX) socket is network use. Addresses show
# as sa_family=AF_INET/AF_INET6; listen has none, so it counts if it follows a network socket's creation.
check_sockets() {
  [ ${#trace[@]} -eq 0 ] && return 0
  local used
  used=$(grep -E '(connect|bind|sendto|sendmsg)\(' "$work/sockets" | grep -E 'AF_INET6?[,}]' || true)
  used+=$(grep -E 'listen\(' "$work/sockets" || true)
  if [ -n "$used" ]; then
    head -5 <<<"$used" >&2
    fail "$1 used the network"
  fi
  echo "  network system calls: none ($(grep -c 'socket(AF_INET' "$work/sockets" || true) AF_INET/AF_INET6 sockets created" \
    "and closed unused by the JDK's IPv6 probe; $(grep -c 'connect(' "$work/sockets" || true) connects, all AF_UNIX)"
}

echo "1. summary of the bundled data, without a network"
out=$(unshare --net "${trace[@]}" java -jar "$jar" summary --measure asylum-seekers) || fail "summary exited $?"
grep -q '^2024,180960$' <<<"$out" || fail "summary did not print 2024,180960"
check_sockets "summary"

echo "2. summary of a user file, without a network"
printf 'year,coo_iso,coa_iso,asylum_seekers\n2023,CHN,USA,5\n2024,CHN,USA,7\n' > "$work/population.csv"
out=$(unshare --net "${trace[@]}" java -jar "$jar" summary --file "$work/population.csv" --measure asylum-seekers) \
  || fail "summary --file exited $?"
grep -q '^2024,7$' <<<"$out" || fail "summary --file did not print 2024,7"
check_sockets "summary --file"

echo "3. GUI smoke test (window, both charts, first frame) under Xvfb, without a network"
out=$(unshare --net xvfb-run -a -s '-screen 0 1600x1000x24' "${trace[@]}" java -jar "$jar" --smoke-test 2>"$work/gui.err") \
  || { cat "$work/gui.err" >&2; fail "GUI smoke test exited $?"; }
grep -q '^first-frame-ms=[0-9]*$' <<<"$out" || fail "GUI smoke test printed no first-frame-ms"
check_sockets "the GUI"

echo "no-network-check: OK - the command line and the GUI ran without a network and made no network call"
