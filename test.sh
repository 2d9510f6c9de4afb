#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest: widgets on the
# offscreen platform, inside a private D-Bus session with an unlocked gnome-keyring so keychain
# tests talk to a real secret service. Exits non-zero on any failure.
#
#   ./test.sh                         everything
#   ./test.sh -R core.                extra arguments go to ctest
#   HOOKLINE_SANITIZE='address;undefined' ./test.sh   the same suite in a sanitizer build
#
# A full run (no ctest arguments, no sanitizer) then runs every fuzz harness over its corpus and
# briefly beyond it (scripts/fuzz.sh --smoke, docs/fuzzing.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

hookline_install_packages "${HOOKLINE_BUILD_PACKAGES[@]}" "${HOOKLINE_TEST_PACKAGES[@]}"

build_dir="$HOOKLINE_ROOT/build"
cmake_args=()
if [ -n "${HOOKLINE_SANITIZE:-}" ]; then
    build_dir="$HOOKLINE_ROOT/build-$(printf '%s' "$HOOKLINE_SANITIZE" | tr -c 'a-z' '-')"
    cmake_args+=("-DHOOKLINE_SANITIZE=$HOOKLINE_SANITIZE" -DCMAKE_BUILD_TYPE=Debug)
fi
hookline_build "$build_dir" "${cmake_args[@]}"

# Independent verifiers from npm (jose, standardwebhooks), pinned by the lock file.
js_dir="$HOOKLINE_ROOT/tests/js"
if [ -f "$js_dir/package-lock.json" ] &&
   ! [ "$js_dir/node_modules/.package-lock.json" -nt "$js_dir/package-lock.json" ]; then
    hookline_log "installing the npm verifiers in tests/js"
    (cd "$js_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# The tests get a home of their own: their keyring, settings and default database never touch the
# user's, and nothing from a previous run leaks in.
test_home="$(mktemp -d "${TMPDIR:-/tmp}/hookline-test.XXXXXX")"
trap 'rm -rf "$test_home"' EXIT
mkdir -p "$test_home"/{data,config,cache,runtime}
chmod 700 "$test_home/runtime"
export HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
       XDG_CACHE_HOME="$test_home/cache" XDG_RUNTIME_DIR="$test_home/runtime"
export QT_QPA_PLATFORM=offscreen
[ -n "${HOOKLINE_SANITIZE:-}" ] && export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1

jobs="${HOOKLINE_TEST_JOBS:-$(nproc)}"
dbus-run-session -- bash -c '
    printf %s hookline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure --no-label-summary --no-tests=error -j"$1" "${@:2}"
' "$build_dir" "$jobs" "$@"

if [ $# -eq 0 ] && [ -z "${HOOKLINE_SANITIZE:-}" ]; then
    "$HOOKLINE_ROOT/scripts/fuzz.sh" --smoke
fi
