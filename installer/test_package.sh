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
for dep in libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n ca-certificates libgmime-3.0-0; do
  grep -q "$dep" "$work/depends" || { echo "missing dependency: $dep"; exit 1; }
done
dpkg -x "$deb" "$work/root"
for f in usr/bin/kontakt usr/bin/kontaktctl usr/share/applications/kontakt.desktop \
         usr/share/icons/hicolor/scalable/apps/kontakt.svg usr/lib/systemd/system/kontakt-mail.service; do
  [ -e "$work/root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
out=$(env -u DISPLAY "$work/root/usr/bin/kontaktctl" --version)
echo "$out"
[[ "$out" == kontaktctl\ * ]] || exit 1
out=$(env -u DISPLAY "$work/root/usr/bin/kontakt" --version)
echo "$out"
[[ "$out" == kontakt\ * ]] || exit 1
# shipped, not enabled: no maintainer script may enable or start it
if dpkg-deb -e "$deb" "$work/control" 2>/dev/null && grep -rqs "systemctl\|deb-systemd" "$work/control"; then
  echo "the package enables or starts a unit"; exit 1
fi
grep -q '^ExecStart=/usr/bin/kontaktctl mail-intake --watch$' "$work/root/usr/lib/systemd/system/kontakt-mail.service"
echo "package ok"
