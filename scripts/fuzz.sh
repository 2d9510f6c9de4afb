#!/usr/bin/env bash
# libFuzzer harnesses of the parsers of outside bytes (docs/fuzzing.md), built in build-fuzz/ with
# clang, ASan and UBSan.
#   scripts/fuzz.sh NAME SECONDS   one harness (tests/fuzz/fuzz_NAME.cpp) for that long, over a
#                                  scratch copy of tests/fuzz/corpus/NAME; new inputs and crashes
#                                  stay in build-fuzz/runs/ for minimising by hand
#   scripts/fuzz.sh --smoke        every harness over its corpus, then a short run of each
#                                  (HOOKLINE_FUZZ_SMOKE_SECONDS, default 15); non-zero on a crash
#   scripts/fuzz.sh --build        build only
#   scripts/fuzz.sh --list         the harness names
# A harness binary also runs directly: build-fuzz/tests/fuzz/fuzz_NAME CRASH_FILE reproduces.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_DIR="$HOOKLINE_ROOT/build-fuzz"
FUZZ_SRC="$HOOKLINE_ROOT/tests/fuzz"
BIN_DIR="$BUILD_DIR/tests/fuzz"

names() {
    local f
    for f in "$FUZZ_SRC"/fuzz_*.cpp; do f="${f##*/fuzz_}"; echo "${f%.cpp}"; done
}

build() {
    hookline_install_packages "${HOOKLINE_BUILD_PACKAGES[@]}" "${HOOKLINE_FUZZ_PACKAGES[@]}"
    # -O1: the sanitizers' usual level; most of the time goes into the instrumented parsers anyway.
    HOOKLINE_BUILD_TARGETS=fuzz_all hookline_build "$BUILD_DIR" \
        -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DHOOKLINE_FUZZ=ON -DHOOKLINE_BUILD_TESTS=OFF -DHOOKLINE_BUILD_BENCH=OFF
}

# The options every run shares: a dictionary when the harness has one, no leak reports from Qt's
# global caches, aborts on a slow input.
flags() {
    local name="$1"
    local out=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
    [ -f "$FUZZ_SRC/dict/$name.dict" ] && out+=("-dict=$FUZZ_SRC/dict/$name.dict")
    printf '%s\n' "${out[@]}"
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# run NAME SECONDS [extra libFuzzer options…]: a scratch copy of the corpus, grown by the run.
run() {
    local name="$1" seconds="$2"; shift 2
    local bin="$BIN_DIR/fuzz_$name"
    [ -x "$bin" ] || { hookline_log "no harness '$name' (try --list)"; return 2; }
    local dir
    dir="$BUILD_DIR/runs/$name-$(date -u +%Y%m%dT%H%M%S)"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp -r "$FUZZ_SRC/corpus/$name/." "$dir/corpus/" 2>/dev/null || true
    hookline_log "fuzz_$name for ${seconds}s in $dir"
    mapfile -t opts < <(flags "$name")
    set +e
    "$bin" "${opts[@]}" -max_total_time="$seconds" -artifact_prefix="$dir/artifacts/" "$@" \
        "$dir/corpus" 2>&1 | tee "$dir/log.txt" | grep -v -e '^#[0-9].*\(NEW\|REDUCE\|pulse\)' -e '^\s*NEW_FUNC'
    local rc="${PIPESTATUS[0]}"
    set -e
    if [ -n "$(ls -A "$dir/artifacts")" ] || [ "$rc" -ne 0 ]; then
        hookline_log "fuzz_$name FAILED (exit $rc): $(ls "$dir/artifacts")"
        return 1
    fi
}

# The committed corpus, each input once (crash reproducers included: they must pass now).
replay() {
    local name="$1"
    local bin="$BIN_DIR/fuzz_$name"
    mapfile -t opts < <(flags "$name")
    local files=("$FUZZ_SRC/corpus/$name"/*)
    [ -e "${files[0]}" ] || { hookline_log "fuzz_$name: empty corpus"; return 1; }
    "$bin" "${opts[@]}" "${files[@]}" >"$BUILD_DIR/replay-$name.log" 2>&1 || {
        tail -n 40 "$BUILD_DIR/replay-$name.log" >&2
        hookline_log "fuzz_$name FAILED on its corpus"
        return 1
    }
}

case "${1:-}" in
--list)
    names
    ;;
--build)
    build
    ;;
--smoke)
    build
    seconds="${HOOKLINE_FUZZ_SMOKE_SECONDS:-15}"
    failed=()
    start=$SECONDS
    for name in $(names); do
        if ! replay "$name" || ! run "$name" "$seconds"; then failed+=("$name"); fi
    done
    hookline_log "fuzz smoke: $(names | wc -l) harnesses in $((SECONDS - start))s"
    echo "fuzz: $(($(names | wc -l) - ${#failed[@]})) passed, ${#failed[@]} failed"
    if [ ${#failed[@]} -gt 0 ]; then
        hookline_log "fuzz smoke failed: ${failed[*]}"
        exit 1
    fi
    ;;
"" | -h | --help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    [ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh NAME SECONDS | --smoke | --build | --list" >&2; exit 2; }
    build
    run "$1" "$2"
    ;;
esac
