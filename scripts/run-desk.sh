#!/usr/bin/env bash
# README command 1: install what is missing, build, start the embedded database (a private
# PostgreSQL cluster in your data folder, Unix socket only), migrate it and open Kontakt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
kontakt_install_packages
kontakt_build kontakt kontaktctl

echo ">> starting the local database"
"$KONTAKT_BUILD/cli/kontaktctl" local start

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo ">> no display: running Kontakt on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$KONTAKT_BUILD/app/kontakt" "$@"
fi
echo ">> opening Kontakt"
exec "$KONTAKT_BUILD/app/kontakt" "$@"
