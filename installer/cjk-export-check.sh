#!/usr/bin/env bash
# Exports in Chinese and Korean render the same on a machine without CJK fonts (issue 18): exports a figure as PDF
# and SVG in each language, renders each with pdftoppm / rsvg-convert twice, with the system's fonts and with every
# Chinese, Japanese and Korean font hidden from fontconfig, and fails if the two differ by more than a few pixels,
# if the PDF has a font it does not embed, or if the text extracted from the PDF lacks the Chinese or Korean title.
# Usage: installer/cjk-export-check.sh [java] (after mvn package). Needs poppler-utils, librsvg2-bin, imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
java="${1:-${JAVA_HOME:-/usr}/bin/java}"
for t in pdftoppm pdffonts pdftotext rsvg-convert compare fc-list; do
  command -v "$t" >/dev/null || { echo "cjk-export-check: $t not found (apt-get install poppler-utils librsvg2-bin imagemagick fontconfig)"; exit 1; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cat > "$out/no-cjk.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>NO_CJK_CACHE</cachedir>
  <selectfont><rejectfont>
    <pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
    <pattern><patelt name="lang"><string>ko</string></patelt></pattern>
    <pattern><patelt name="lang"><string>ja</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
CONF
sed -i "s|NO_CJK_CACHE|$out/cache|" "$out/no-cjk.conf"
hidden() { FONTCONFIG_FILE="$out/no-cjk.conf" "$@"; }
[ "$(hidden fc-list :lang=zh-cn | wc -l)" -eq 0 ] && [ "$(hidden fc-list :lang=ko | wc -l)" -eq 0 ] \
  || { echo "cjk-export-check: could not hide the CJK fonts"; exit 1; }

fail=0
  # A part of the default headline ("People from China with asylum claims still pending..." in each language).
for lang in zh ko; do
  case $lang in zh) title="来自中国的人数";; ko) title="중국 출신자 수";; esac
  # The export itself runs with the CJK fonts hidden too: the machine the issue asks about.
  hidden "$java" -jar target/asylum-trends.jar --lang $lang export --chart figure --format pdf --out "$out/$lang.pdf" >/dev/null
  hidden "$java" -jar target/asylum-trends.jar --lang $lang export --chart figure --format svg --out "$out/$lang.svg" >/dev/null
  if pdffonts "$out/$lang.pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }'; then :; else
    echo "FAIL $lang: the PDF has a font it does not embed"; pdffonts "$out/$lang.pdf"; fail=1
  fi
  pdftotext "$out/$lang.pdf" - | grep -q "$title" || { echo "FAIL $lang: the PDF's text lacks \"$title\""; fail=1; }
  pdftoppm -r 72 -png -singlefile "$out/$lang.pdf" "$out/$lang-pdf-fonts"
  hidden pdftoppm -r 72 -png -singlefile "$out/$lang.pdf" "$out/$lang-pdf-nofonts"
  rsvg-convert "$out/$lang.svg" -o "$out/$lang-svg-fonts.png"
  hidden rsvg-convert "$out/$lang.svg" -o "$out/$lang-svg-nofonts.png"
  for kind in pdf svg; do
    diff=$(compare -metric AE "$out/$lang-$kind-fonts.png" "$out/$lang-$kind-nofonts.png" /dev/null 2>&1 || true)
    diff=${diff%% *}
    echo "$lang $kind: $diff pixels differ with the CJK fonts hidden"
    [ "${diff%.*}" -le 50 ] 2>/dev/null || { echo "FAIL $lang $kind: renders differently without CJK fonts"; fail=1; }
  done
done
[ $fail -eq 0 ] && echo "cjk-export-check: PASSED" || exit 1
