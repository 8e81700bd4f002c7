#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it with dpkg -x and runs the packaged binaries.
set -euo pipefail
build=${1:?build folder}
work=$(mktemp -d /tmp/kontakt-deb-XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/kontakt_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Depends | tee "$work/depends"
for dep in libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n; do
  grep -q "$dep" "$work/depends" || { echo "missing dependency: $dep"; exit 1; }
done
dpkg -x "$deb" "$work/root"
for f in usr/bin/kontakt usr/bin/kontaktctl usr/share/applications/kontakt.desktop \
         usr/share/icons/hicolor/scalable/apps/kontakt.svg; do
  [ -e "$work/root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
out=$(env -u DISPLAY "$work/root/usr/bin/kontaktctl" --version)
echo "$out"
[[ "$out" == kontaktctl\ * ]] || exit 1
out=$(env -u DISPLAY "$work/root/usr/bin/kontakt" --version)
echo "$out"
[[ "$out" == kontakt\ * ]] || exit 1
echo "package ok"
