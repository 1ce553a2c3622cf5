#!/usr/bin/env bash
# Regenerates every raster icon from installer/icon/asylum-trends.svg:
#   installer/linux/icons/asylum-trends-<N>.png  (N = 16 32 48 64 128 256 512)
#   installer/linux/asylum-trends.png            (= 256 px; the --icon given to jpackage on Linux)
#   installer/windows/asylum-trends.ico          (16..256 px)
#   installer/macos/asylum-trends.icns           (16..512 px)
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
# The outputs are committed because jpackage reads them; rerun this only after editing the SVG.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
inst="$(dirname "$here")"
svg="$here/asylum-trends.svg"

missing=()
command -v rsvg-convert >/dev/null || missing+=("rsvg-convert (apt-get install librsvg2-bin)")
command -v convert      >/dev/null || missing+=("convert (apt-get install imagemagick)")
command -v png2icns     >/dev/null || missing+=("png2icns (apt-get install icnsutils)")
if ((${#missing[@]})); then
  printf 'generate-icons.sh: missing tool: %s\n' "${missing[@]}" >&2
  exit 1
fi

out="$inst/linux/icons"
mkdir -p "$out" "$inst/windows" "$inst/macos"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

for n in 16 32 48 64 128 256 512; do
  echo "png  ${n}x${n} -> linux/icons/asylum-trends-$n.png"
  rsvg-convert --width "$n" --height "$n" --format png "$svg" --output "$tmp/$n.png"
  cp "$tmp/$n.png" "$out/asylum-trends-$n.png"
done
cp "$tmp/256.png" "$inst/linux/asylum-trends.png"
echo "png  256x256 -> linux/asylum-trends.png (jpackage --icon)"

echo "ico  16,32,48,64,128,256 -> windows/asylum-trends.ico"
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" \
  "$inst/windows/asylum-trends.ico"

echo "icns 16,32,48,128,256,512 -> macos/asylum-trends.icns"
png2icns "$inst/macos/asylum-trends.icns" \
  "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null

echo "done."
