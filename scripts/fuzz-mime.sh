#!/usr/bin/env bash
# Fuzzes the MIME layer (MimeParser::parse, then MimeComposer::compose of a reply and a second
# parse) with libFuzzer, ASan and UBSan for SECONDS (default 300), at the lowest priority.
# Builds with clang-14 into build-fuzz/; the working corpus grows in build-fuzz/corpus from the
# sample messages (tests/data/mail) and the committed corpus (tools/fuzz/corpus). A crash leaves
# build-fuzz/artifacts/crash-*: reproduce with build-fuzz/fuzz_mimeparser FILE, fix, and add the
# file to tools/fuzz/corpus so tst_mimecorpus keeps it fixed.
# Usage: scripts/fuzz-mime.sh [SECONDS]
set -euo pipefail
seconds="${1:-300}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build-fuzz"
command -v clang++-14 >/dev/null || { echo "clang-14 and libclang-rt-14-dev are needed" >&2; exit 1; }
cmake -S "$root/tools/fuzz" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
      ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
nice -n 19 cmake --build "$out" -j 2
mkdir -p "$out/corpus" "$out/artifacts"
cp -n "$root"/tests/data/mail/* "$out/corpus/" 2>/dev/null || true
cp -n "$root"/tools/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
# Leak checking stays on: a GMime object we forget to unref shows up as a leak.
export ASAN_OPTIONS="abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
exec nice -n 19 "$out/fuzz_mimeparser" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
     -rss_limit_mb=2560 -dict="$root/tools/fuzz/mime.dict" -print_final_stats=1 \
     -artifact_prefix="$out/artifacts/" "$out/corpus"
