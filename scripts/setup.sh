#!/usr/bin/env bash
# Shared set-up of the two README commands: install what is missing (as root), then configure
# and build into ./build. Sourced by run-desk.sh and run-tests.sh.
set -euo pipefail
KONTAKT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KONTAKT_BUILD=${KONTAKT_BUILD:-$KONTAKT_ROOT/build}

KONTAKT_PACKAGES=(
  build-essential cmake ninja-build file pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libxlsxwriter-dev unzip libqt6svg6 qt6-qpa-plugins libqt6sql6-psql qt6-translations-l10n
  qtkeychain-qt6-dev libxkbcommon-dev fonts-dejavu-core
  postgresql-15 postgresql-contrib libpq-dev
  xvfb xauth poppler-utils
  libgmime-3.0-dev openssl dovecot-imapd python3-aiosmtpd
)

kontakt_install_packages() {
  local missing=()
  for p in "${KONTAKT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Kontakt needs these Debian packages. Install them as root, then run this command again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo ">> installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# kontakt_build [TARGET...]: everything by default, or only the named targets.
kontakt_build() {
  echo ">> building in $KONTAKT_BUILD"
  if [ ! -f "$KONTAKT_BUILD/build.ninja" ]; then
    cmake -S "$KONTAKT_ROOT" -B "$KONTAKT_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build "$KONTAKT_BUILD" "${targets[@]}" -- -j"$(nproc)"
}
