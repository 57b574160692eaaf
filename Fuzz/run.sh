#!/usr/bin/env bash
# Builds the libFuzzer target over the whole turn pipeline (normalise → classify → dialogue →
# render) with AddressSanitizer, and runs it.
#
# Usage: Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     (default: 600 seconds)
#        Fuzz/run.sh --build                                  (build only)
#
# Seeds come from Fuzz/corpus (committed, small); what the fuzzer learns goes to
# fuzz-out/corpus and crashing inputs to fuzz-out/crash-*, both outside git. A crash is fixed
# in the library and its input copied to Fuzz/corpus/regression-NAME, which `make test` then plays
# (Tests/AdvisorCoreTests/Dialogue/FuzzCorpusTests.swift).
#
# Build notes (Swift 6.3 on Linux): every target gets -sanitize=fuzzer,address so AdvisorCore is
# instrumented; lld is used because gold fails on the instrumented build-tool plugin. SwiftPM
# defines an executable's `main` as `<Target>_main`, so the fuzzer defines `AdvisorFuzzer_main`
# and hands over to libFuzzer's driver (LLVMFuzzerRunDriver) instead of using -parse-as-library
# on the command line, which would break the plugin's executable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)

cd "$here"
swift build "${flags[@]}" --product AdvisorFuzzer
binary="$(swift build "${flags[@]}" --show-bin-path)/AdvisorFuzzer"
[[ "${1:-}" == "--build" ]] && { echo "built $binary"; exit 0; }

seconds="${1:-600}"
shift || true
out="$root/fuzz-out"
mkdir -p "$out/corpus"
cd "$out"
echo "fuzzing for $seconds seconds; corpus in $out/corpus, crashes in $out"
exec "$binary" -max_total_time="$seconds" -max_len=1024 -timeout=10 -rss_limit_mb=4096 \
    -dict="$here/advisor.dict" -artifact_prefix="$out/" -print_final_stats=1 "$@" \
    "$out/corpus" "$here/corpus"
