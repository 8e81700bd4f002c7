#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test (unit, real PostgreSQL
# in a throwaway cluster, offscreen GUI, psql access checks, .deb packaging).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
kontakt_install_packages
kontakt_build

echo ">> running the tests"
cd "$KONTAKT_BUILD"
set +e
ctest --output-on-failure -j"$(nproc)" --timeout 600 2>&1 | tee "$KONTAKT_BUILD/ctest.log"
rc=${PIPESTATUS[0]}
set -e
summary=$(grep -E 'tests passed' "$KONTAKT_BUILD/ctest.log" | tail -n 1)
echo ">> ${summary:-no test summary}"
exit "$rc"
