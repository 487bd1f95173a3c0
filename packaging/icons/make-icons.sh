#!/usr/bin/env bash
# Draws the Provider Desk icon and writes it in each OS's format. Run at dev time (needs ImageMagick and,
# for the macOS .icns, png2icns from Debian's icnsutils); the outputs are committed, so builds need neither.
# The drawing: a rounded teal square, a white house roof over a ledger with two ticked lines.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert -size 1024x1024 xc:none \
  -fill '#0f766e' -draw 'roundrectangle 64,64 960,960 180,180' \
  -fill white -draw 'polygon 512,190 840,450 770,450 512,250 254,450 184,450' \
  -fill white -draw 'roundrectangle 300,440 724,830 36,36' \
  -fill '#0f766e' -draw 'rectangle 360,530 664,570' -draw 'rectangle 360,630 664,670' -draw 'rectangle 360,730 560,770' \
  -fill '#f59e0b' -draw 'circle 690,750 690,690' \
  "$work/icon-1024.png"
for size in 16 32 48 64 128 256 512; do
  convert "$work/icon-1024.png" -resize ${size}x${size} -strip "$work/icon-$size.png"
done
cp "$work/icon-256.png" linux/provider-desk.png
convert "$work"/icon-{16,32,48,64,128,256}.png -strip windows/ProviderDesk.ico
png2icns macos/ProviderDesk.icns "$work"/icon-{16,32,128,256,512}.png >/dev/null
cp "$work/icon-512.png" icons/provider-desk-512.png
echo "icons written: linux/provider-desk.png windows/ProviderDesk.ico macos/ProviderDesk.icns icons/provider-desk-512.png"
