#!/usr/bin/env bash
# CI check of the Linux installer, end to end, on a Debian/Ubuntu machine (run as root or with sudo):
#   build the .deb (installer/build.sh deb) -> apt-get install it -> check the menu entry and icons
#   -> run the installed app with --smoke-test under Xvfb -> apt-get purge -> check nothing is left.
#
#   installer/ci-smoke.sh [--no-build]     (--no-build: reuse target/installer/*.deb)
#
# Needs target/asylum-trends.jar (mvn -DskipTests package), a JDK 17+, fakeroot, binutils, xvfb, xauth.
# Env: SMOKE_TIMEOUT (seconds, default 120), KEEP_INSTALLED=1 (do not purge on failure).
set -euo pipefail

pkg=asylum-trends
install_dir=/opt/asylum-trends
launcher="$install_dir/bin/Asylum Trends"
timeout_s="${SMOKE_TIMEOUT:-120}"

step=0
say()  { printf '[ci-smoke] %s\n' "$*"; }
step() { step=$((step + 1)); printf '\n[ci-smoke] === step %d: %s\n' "$step" "$*"; }
fail() { printf '[ci-smoke] FAILED (step %d): %s\n' "$step" "$*" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) fail "unknown argument '$arg' (only --no-build)" ;;
  esac
done

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "needs root (or sudo) to install the .deb"
  SUDO=sudo
fi

installed() { dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; }

# On any failure after the install, purge again so a rerun starts clean (unless KEEP_INSTALLED=1).
cleanup() {
  rc=$?
  if [ "$rc" -ne 0 ] && [ "${KEEP_INSTALLED:-0}" != 1 ] && installed; then
    say "cleaning up after failure: apt-get purge -y $pkg"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 purge -y "$pkg" >/dev/null 2>&1 || true
  fi
  exit "$rc"
}
trap cleanup EXIT

# -------------------------------------------------------------------------------------------------
step "prerequisites"
[ -f target/asylum-trends.jar ] || fail "target/asylum-trends.jar not found: run 'mvn -B -DskipTests package' first"
command -v apt-get >/dev/null || fail "apt-get not found: this check is for Debian/Ubuntu"
command -v xvfb-run >/dev/null || fail "xvfb-run not found: apt-get install -y xvfb xauth"
command -v xauth >/dev/null || fail "xauth not found (xvfb-run needs it): apt-get install -y xauth"
say "ok: jar $(du -h target/asylum-trends.jar | cut -f1), xvfb-run, apt-get"

if installed; then
  step "removing an already installed $pkg"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 purge -y "$pkg"
fi

# -------------------------------------------------------------------------------------------------
if $build; then
  step "build the .deb: installer/build.sh deb"
  t0=$(date +%s)
  installer/build.sh deb || fail "installer/build.sh deb failed"
  say "build.sh deb took $(( $(date +%s) - t0 )) s"
fi

shopt -s nullglob
debs=(target/installer/*.deb)
shopt -u nullglob
[ "${#debs[@]}" -eq 1 ] || fail "expected exactly one .deb in target/installer, found ${#debs[@]}"
deb="$root/${debs[0]}"
deb_bytes=$(wc -c <"$deb" | tr -d ' ')
say ".deb: ${debs[0]}  size: $deb_bytes bytes ($(( (deb_bytes + 524288) / 1048576 )) MiB)"
[ "$(dpkg-deb -f "$deb" Package)" = "$pkg" ] || fail "package name is '$(dpkg-deb -f "$deb" Package)', expected $pkg"
say "Depends: $(dpkg-deb -f "$deb" Depends)"

# -------------------------------------------------------------------------------------------------
step "install: apt-get install -y $deb"
# xdg-desktop-menu in the postinst fails ("No writable system menu directory found") without it.
# The package's postinst creates it too; done here as well so the check does not hinge on that.
$SUDO mkdir -p /usr/share/desktop-directories
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -type f -name '*_Packages*' 2>/dev/null | head -n 1)" ]; then
  say "apt lists are empty: apt-get update"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q -o Dpkg::Use-Pty=0 "$deb" || fail "apt-get install failed"
installed || fail "dpkg does not list $pkg as installed"
say "installed: $(dpkg-query -W -f='${Package} ${Version}' "$pkg"), $(du -sh "$install_dir" | cut -f1) in $install_dir"

# -------------------------------------------------------------------------------------------------
step "check launcher, menu entry and icons"
[ -x "$launcher" ] || fail "launcher not found or not executable: $launcher"
say "launcher: $launcher"

shopt -s nullglob
desktops=(/usr/share/applications/*asylum*.desktop)
shopt -u nullglob
[ "${#desktops[@]}" -eq 1 ] || fail "expected one /usr/share/applications/*asylum*.desktop, found ${#desktops[@]}"
desktop="${desktops[0]}"
say "menu entry: $desktop"
sed 's/^/[ci-smoke]   | /' "$desktop"
grep -qx 'Type=Application' "$desktop" || fail "$desktop: no Type=Application"
grep -qx 'Name=Asylum Trends' "$desktop" || fail "$desktop: no Name=Asylum Trends"
grep -q '^Categories=.*Education;' "$desktop" || fail "$desktop: Categories lack Education;"
grep -qF "Exec=\"$launcher\"" "$desktop" || grep -qF "Exec=$launcher" "$desktop" \
  || fail "$desktop: Exec does not point to $launcher"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"
  say "desktop-file-validate: ok"
fi

icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -n "$icon" ] || fail "$desktop has no Icon="
if [ "${icon#/}" != "$icon" ]; then
  [ -s "$icon" ] || fail "icon file missing: $icon"
  say "icon: $icon"
else
  for size in 16 32 48 64 128 256 512; do
    f="/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
    [ -s "$f" ] || fail "themed icon missing: $f"
  done
  say "icons: /usr/share/icons/hicolor/{16..512}/apps/$icon.png (7 sizes)"
fi

# -------------------------------------------------------------------------------------------------
step "run the installed app: xvfb-run \"$launcher\" --smoke-test (timeout ${timeout_s}s)"
log="$root/target/installer/smoke-test.log"
set +e
timeout --kill-after=10 "$timeout_s" \
  xvfb-run -a -s '-screen 0 1600x1000x24' "$launcher" --smoke-test >"$log" 2>&1
rc=$?
set -e
sed 's/^/[ci-smoke]   | /' "$log"
[ "$rc" -ne 124 ] || fail "the app did not exit within ${timeout_s}s"
[ "$rc" -eq 0 ] || fail "the app exited with $rc (log: $log)"
line="$(grep -Eo 'first-frame-ms=[0-9]+' "$log" | head -n 1 || true)"
[ -n "$line" ] || fail "no 'first-frame-ms=NNN' line in the app's output (log: $log)"
say "smoke test passed: $line"

# -------------------------------------------------------------------------------------------------
step "start-up cache: made at install, used by the installed app"
aot="$install_dir/lib/app/asylum-trends.aot"
[ -s "$aot" ] || fail "no start-up cache at $aot: the postinst training run failed"
say "cache: $aot, $(wc -c <"$aot" | tr -d ' ') bytes"
# AOTMode=on turns "cache not usable" from a silent fallback into a failure to start.
set +e
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" timeout --kill-after=10 "$timeout_s" \
  xvfb-run -a -s '-screen 0 1600x1000x24' "$launcher" --smoke-test >"$log.aot" 2>&1
rc=$?
set -e
sed 's/^/[ci-smoke]   | /' "$log.aot"
[ "$rc" -eq 0 ] || fail "the installed app could not start from its cache (AOTMode=on, exit $rc)"
with_cache="$(grep -Eo 'first-frame-ms=[0-9]+' "$log.aot" | head -n 1 || true)"
# Once more without it, for comparison (one run each: a rough figure; BENCHMARKS.md has medians).
JAVA_TOOL_OPTIONS="-XX:AOTMode=off" timeout --kill-after=10 "$timeout_s" \
  xvfb-run -a -s '-screen 0 1600x1000x24' "$launcher" --smoke-test >"$log.noaot" 2>&1 || fail "the app did not start with AOTMode=off"
without_cache="$(grep -Eo 'first-frame-ms=[0-9]+' "$log.noaot" | head -n 1 || true)"
say "the installed app starts from its cache: with it $with_cache, without it (AOTMode=off) $without_cache"

# -------------------------------------------------------------------------------------------------
step "window sizes on a desktop with a window manager (openbox)"
installer/window-check.sh "$launcher" || fail "the installed app's windows are not the size it asked for"

# -------------------------------------------------------------------------------------------------
step "uninstall: apt-get purge -y $pkg"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 purge -y -q -o Dpkg::Use-Pty=0 "$pkg" || fail "apt-get purge failed"
! installed || fail "$pkg is still installed"
[ ! -e "$install_dir" ] || { find "$install_dir" | head -n 20; fail "$install_dir still exists after purge"; }
[ ! -e "$desktop" ] || fail "menu entry still exists after purge: $desktop"
left="$(find /usr/share/icons/hicolor -name 'asylum-trends.png' 2>/dev/null || true)"
[ -z "$left" ] || fail "icons left after purge: $left"
say "nothing left: $install_dir, $desktop and the icons are gone"

printf '\n[ci-smoke] PASSED: %s (%s bytes), %s\n' "$(basename "$deb")" "$deb_bytes" "$line"
