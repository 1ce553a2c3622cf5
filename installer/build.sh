#!/usr/bin/env bash
# Builds the Asylum Trends installers with a jlink-trimmed Java runtime.
#
#   installer/build.sh [app-image|deb|rpm|dmg|pkg|all]...
#
# Default (no argument): the installers for this OS -- Linux: app-image deb rpm; macOS: app-image dmg.
# "all" means the same. Windows: use installer\build.ps1 instead.
# Needs target/asylum-trends.jar (mvn -DskipTests package) and a JDK >= 17 (jdeps, jlink, jpackage) from
# $JAVA_HOME/bin or the PATH. Output: target/installer/ (wiped first; jpackage refuses to overwrite).
set -euo pipefail

say()  { printf '[build.sh] %s\n' "$*"; }
warn() { printf '[build.sh] WARNING: %s\n' "$*" >&2; }
die()  { printf '[build.sh] ERROR: %s\n' "$*" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"   # jpackage argument files use paths relative to the project root

jar=target/asylum-trends.jar
out=target/installer
# Modules the trimmed runtime needs if jdeps cannot tell: what jdeps printed for the shaded jar
# (0.1.0) plus what those imply. MODULES=a,b,c skips jdeps and uses exactly that list.
fallback_modules="java.base,java.desktop,java.logging,java.management,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop"
# Modules added to whatever jdeps finds (looked up by name at run time, so jdeps cannot see them):
#   jdk.localedata: number formats of the user's locale. The app formats with Locale.getDefault();
#     without it a German desktop shows 1,234,567 instead of 1.234.567 (+3.4 MB .deb, +21 MB installed).
#   jdk.charsets: legacy system encodings such as GB18030 and Big5 (+1 MB).
# EXTRA_MODULES= (empty) leaves them out.
# Locales whose number and date formats the runtime keeps (jlink --include-locales; all of jdk.localedata is
# about 30 MB installed and pushed the JDK 25 .deb past 40 MB). Others fall back to the root (English-like) format.
# LOCALES= (empty) keeps every locale.
include_locales="${LOCALES-en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,hu,ro,el,ru,uk,tr,ar,he,fa,zh,ko,ja,hi,id,ms,vi,th}"
extra_modules="${EXTRA_MODULES-jdk.localedata,jdk.charsets}"
# jlink compression. 0 (none) on purpose: .deb/.rpm/.dmg/.msi compress their payload anyway and
# compress well only what jlink left uncompressed. Measured here: runtime 75 MB -> 17 MB with xz at
# --compress=0, but 50 MB -> 29 MB at --compress=2, so --compress=2 made the .deb ~12 MB BIGGER.
# Set JLINK_COMPRESS=2 for a smaller installed/unpacked size instead.
jlink_compress="${JLINK_COMPRESS:-0}"

case "$(uname -s)" in
  Linux)  os=linux;  default_types="app-image deb rpm" ;;
  Darwin) os=macos;  default_types="app-image dmg" ;;
  MINGW*|MSYS*|CYGWIN*) die "on Windows run: powershell -ExecutionPolicy Bypass -File installer\\build.ps1" ;;
  *) die "unsupported OS $(uname -s)" ;;
esac

types=()
for arg in "${@:-default}"; do
  case "$arg" in
    default|all) read -r -a more <<<"$default_types"; types+=("${more[@]}") ;;
    app-image) types+=(app-image) ;;
    deb|rpm) [ "$os" = linux ] || die "$arg can only be built on Linux"; types+=("$arg") ;;
    dmg|pkg) [ "$os" = macos ] || die "$arg can only be built on macOS"; types+=("$arg") ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown package type '$arg' (use app-image, deb, rpm, dmg, pkg or all)" ;;
  esac
done
explicit_rpm=false; for arg in "$@"; do [ "$arg" = rpm ] && explicit_rpm=true; done

# ---- tools -------------------------------------------------------------------------------------
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"
  else die "$1 not found: install a full JDK >= 17 (Debian: openjdk-17-jdk) or set JAVA_HOME"; fi
}
jdeps="$(tool jdeps)"; jlink="$(tool jlink)"; jpackage="$(tool jpackage)"
jdk_major="$("$jlink" --version | sed 's/[^0-9].*//')"
[ "$jdk_major" -ge 17 ] 2>/dev/null || die "need JDK 17 or newer, found jlink $("$jlink" --version)"
say "JDK $("$jlink" --version) from $(dirname "$jlink")"

[ -f "$jar" ] || die "$jar not found. Build it first, from $root: mvn -DskipTests package"

# Package tools, checked before the slow steps. A missing rpmbuild skips the rpm, not the deb.
wanted=()
for t in "${types[@]}"; do
  case "$t" in
    deb)
      for c in dpkg-deb fakeroot objdump; do
        command -v "$c" >/dev/null || die "building a .deb needs $c (Debian: apt-get install fakeroot binutils dpkg)"
      done ;;
    rpm)
      if ! command -v rpmbuild >/dev/null; then
        $explicit_rpm && die "building an .rpm needs rpmbuild (Debian: apt-get install rpm)"
        warn "rpmbuild not found (Debian: apt-get install rpm): SKIPPING the .rpm, building the rest"
        continue
      fi ;;
  esac
  case " ${wanted[*]-} " in *" $t "*) ;; *) wanted+=("$t") ;; esac
done
((${#wanted[@]})) || die "nothing to build"
say "building: ${wanted[*]}"

start=$(date +%s)

# ---- clean + stage -----------------------------------------------------------------------------
say "cleaning $out"
rm -rf "$out"
mkdir -p "$out/input"
# Only the shaded jar (target/ also holds the thin jar), re-packed with its entries stored, not deflated: the
# package formats compress their payload themselves and can do little with a jar that is already compressed
# (measured: the .deb 39.1 MB with the jar as built, smaller stored; see installer/README.md).
repack="$out/jar-stored"
mkdir -p "$repack"
(cd "$repack" && "$(tool jar)" xf "$root/$jar")
"$(tool jar)" --create --file "$out/input/$(basename "$jar")" --manifest "$repack/META-INF/MANIFEST.MF" --no-compress \
  -C "$repack" .
rm -rf "$repack"
if [ "$os" = linux ]; then    # -> /opt/asylum-trends/lib/app/icons; the .deb's postinst installs them
  mkdir -p "$out/input/icons" && cp installer/linux/icons/asylum-trends-*.png "$out/input/icons/"
fi

# ---- modules -----------------------------------------------------------------------------------
if [ -n "${MODULES:-}" ]; then
  modules="$MODULES"
  say "modules from \$MODULES: $modules"
elif say "computing modules: jdeps --print-module-deps --ignore-missing-deps $jar" &&
     modules="$("$jdeps" --multi-release "$jdk_major" --print-module-deps --ignore-missing-deps "$jar" 2>"$out/jdeps.log")" &&
     [[ "$modules" =~ ^[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*$ ]]; then
  say "jdeps found: $modules"
else
  warn "jdeps failed ($(tail -n 3 "$out/jdeps.log" | tr '\n' ' ')); using the fixed list"
  modules="$fallback_modules"
fi
[ -n "$extra_modules" ] && modules="$modules,$extra_modules"

# ---- jlink -------------------------------------------------------------------------------------
compress="--compress=$jlink_compress"
if [ "$jdk_major" -ge 21 ]; then               # JDK 21+ deprecates the numeric levels
  case "$jlink_compress" in 0) compress=--compress=zip-0 ;; 1) compress=--compress=string-sharing ;;
                            2) compress=--compress=zip-6 ;; esac
fi
say "jlink --add-modules $modules $compress -> $out/runtime"
locale_opt=()
case ",$modules," in *,jdk.localedata,*) [ -n "$include_locales" ] && locale_opt=(--include-locales="$include_locales") ;; esac
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  "${locale_opt[@]}" "$compress" --output "$out/runtime"
# Of the native commands only bin/java stays: the .deb's postinst runs it once to make the start-up cache.
find "$out/runtime/bin" -mindepth 1 ! -name java -delete
# Some JDK builds (Debian's among them) ship native libraries with full symbol tables: libjvm.so
# alone is 24 MB, 20 MB stripped. Only crash-report symbol names are lost. STRIP_NATIVE=0 keeps them.
if [ "$os" = linux ] && [ "${STRIP_NATIVE:-1}" = 1 ] && command -v strip >/dev/null; then
  say "strip --strip-unneeded runtime/lib/**/*.so"
  find "$out/runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi
say "runtime: $(du -sh "$out/runtime" | cut -f1)"

# ---- .deb resources ----------------------------------------------------------------------------
# jpackage takes postinst/prerm only as whole templates with JDK-specific placeholders (JDK 17:
# UTILITY_SCRIPTS; JDK 25: COMMON_SCRIPTS, DESKTOP_SCRIPTS, ...). A copy made for one JDK gives
# another JDK a prerm that fails and a package that cannot be removed (seen: a JDK 17 copy used by
# JDK 25). So take this JDK's templates and splice ours in: postinst-configure.sh before
# DESKTOP_COMMANDS_INSTALL, prerm-remove.sh after DESKTOP_COMMANDS_UNINSTALL. If that fails, fall back
# to jpackage's defaults entirely.
make_deb_resources() {
  local res="$out/deb-resources" tpl="$out/jdk-templates" java_home jimage
  java_home="$(cd "$(dirname "$(readlink -f "$jpackage")")/.." && pwd)"
  jimage="$java_home/bin/jimage"
  rm -rf "$res" "$tpl"; mkdir -p "$res"
  [ -x "$jimage" ] && [ -f "$java_home/lib/modules" ] || return 1
  "$jimage" extract --dir "$tpl" \
    --include 'regex:.*/jdk/jpackage/internal/resources/template\.(postinst|prerm)' "$java_home/lib/modules" || return 1
  local dir="$tpl/jdk.jpackage/jdk/jpackage/internal/resources"
  splice() {  # template marker before|after snippet output
    [ "$(grep -c "^$2\$" "$1")" = 1 ] || return 1
    awk -v marker="$2" -v where="$3" -v snippet="$4" '
      $0 == marker && where == "after"  { print; while ((getline l < snippet) > 0) print l; next }
      $0 == marker && where == "before" { while ((getline l < snippet) > 0) print l; print; next }
      { print }' "$1" >"$5"
  }
  splice "$dir/template.postinst" DESKTOP_COMMANDS_INSTALL before installer/linux/deb/postinst-configure.sh "$res/postinst" &&
  splice "$dir/template.prerm" DESKTOP_COMMANDS_UNINSTALL after installer/linux/deb/prerm-remove.sh "$res/prerm" &&
  cp "installer/linux/deb/Asylum Trends.desktop" "$res/"
}

# After jpackage: every maintainer script must parse and have no placeholder left unreplaced.
check_deb_scripts() {
  local deb ctl="$out/deb-control" f bad=0
  deb="$(ls "$out"/*.deb)"; rm -rf "$ctl"
  dpkg-deb -e "$deb" "$ctl"
  for f in "$ctl"/preinst "$ctl"/postinst "$ctl"/prerm "$ctl"/postrm; do
    [ -f "$f" ] || continue
    sh -n "$f" || { warn "$(basename "$f") does not parse"; bad=1; }
    if grep -nE '^[[:space:]]*[A-Z][A-Z_]{5,}[[:space:]]*$' "$f"; then
      warn "$(basename "$f") has unreplaced jpackage placeholders (above)"; bad=1
    fi
  done
  rm -rf "$ctl"
  [ "$bad" = 0 ] || die "the .deb's maintainer scripts are broken: see above"
  say "checked the .deb's maintainer scripts: ok"
}

# ---- jpackage ----------------------------------------------------------------------------------
common=(@installer/jpackage-common.txt --input "$out/input" --runtime-image "$out/runtime" --dest "$out")
for t in "${wanted[@]}"; do
  args=("${common[@]}" --type "$t")
  [ -n "${JPACKAGE_VERBOSE:-}" ] && args+=(--verbose)
  case "$os:$t" in
    linux:app-image) args+=(@installer/linux/app-image.txt) ;;
    linux:deb)       args+=(@installer/linux/app-image.txt @installer/linux/package.txt @installer/linux/deb.txt)
                     if make_deb_resources; then
                       args+=(--resource-dir "$out/deb-resources")
                       say "deb scripts: this JDK's postinst/prerm + installer/linux/deb/*.sh"
                     else
                       warn "could not extract this JDK's jpackage templates: building the .deb with jpackage's" \
                            "default scripts and .desktop (one 256 px icon, no themed icons)"
                     fi ;;
    linux:rpm)       args+=(@installer/linux/app-image.txt @installer/linux/package.txt @installer/linux/rpm.txt) ;;
    macos:app-image) args+=(@installer/macos/app-image.txt) ;;
    macos:dmg)       args+=(@installer/macos/app-image.txt @installer/macos/dmg.txt) ;;
    macos:pkg)       args+=(@installer/macos/app-image.txt @installer/macos/pkg.txt) ;;
  esac
  t0=$(date +%s)
  say "jpackage --type $t"
  "$jpackage" "${args[@]}" || die "jpackage --type $t failed (rerun with JPACKAGE_VERBOSE=1 for details)"
  say "jpackage --type $t took $(( $(date +%s) - t0 )) s"
  if [ "$t" = deb ]; then check_deb_scripts; fi
done

# ---- summary -----------------------------------------------------------------------------------
say "done in $(( $(date +%s) - start )) s. Output in $out:"
for f in "$out"/*; do
  case "$(basename "$f")" in input|runtime|jdeps.log|deb-resources|jdk-templates|jar-stored) continue ;; esac
  if [ -d "$f" ]; then
    printf '  %-50s %s (app-image, unpacked)\n' "$(basename "$f")" "$(du -sh "$f" | cut -f1)"
  else
    printf '  %-50s %s (%s bytes)\n' "$(basename "$f")" "$(du -h "$f" | cut -f1)" "$(wc -c <"$f" | tr -d ' ')"
  fi
done
