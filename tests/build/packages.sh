#!/usr/bin/env bash
# The two README commands work on a bare Debian 12: everything the configured build found, and every
# library the two binaries load, comes from a package that ./run.sh or ./test.sh installs (or that
# one of those pulls in through Depends, never through Recommends, since the scripts install with
# --no-install-recommends), and the .deb's Depends bring the run-time libraries with them.
#
#   packages.sh SOURCE_DIR BUILD_DIR HOOKLINE HOOKLINECTL [--self-test]
#
# --self-test proves the check bites: it drops one package from a copy of the lists and expects the
# check to name what that package provided.
set -euo pipefail
src="$1"; build="$2"; gui="$3"; ctl="$4"; mode="${5:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The package lists, read from the one place the scripts take them from.
# shellcheck source=../../scripts/common.sh
source "$src/scripts/common.sh"

multiarch="$(gcc -print-multiarch)"
DLOPENED=("/usr/lib/$multiarch/qt6/plugins/sqldrivers/libqsqlite.so"
          "/usr/lib/$multiarch/qt6/plugins/sqldrivers/libqsqlpsql.so")
TEST_PROGRAMS=(/usr/lib/postgresql/15/bin/initdb /usr/lib/postgresql/15/bin/pg_ctl
               /usr/lib/postgresql/15/bin/postgres)

# Debian packages reachable from LIST through Depends/PreDepends only, one name per line.
closure() {
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "$@" 2>/dev/null |
        sed -n 's/^\([a-z0-9][a-z0-9.+-]*\)\(:[a-z0-9]*\)\{0,1\}$/\1/p' | sort -u
}

# Every spelling of PATH dpkg may know it by: as given, its merged-/usr twin (/lib ↔ /usr/lib), and
# the file it links to (alternatives such as /usr/bin/c++), twin included.
spellings() {
    local p="$1" c
    printf '%s\n' "$p"
    case "$p" in
    /usr/lib/* | /usr/bin/* | /usr/sbin/*) printf '%s\n' "${p#/usr}" ;;
    /lib/* | /lib64/* | /bin/* | /sbin/*) printf '%s\n' "/usr$p" ;;
    esac
    c="$(readlink -f "$p" 2>/dev/null || true)"
    [ -n "$c" ] && [ "$c" != "$p" ] && printf '%s\n%s\n' "$c" "${c#/usr}"
    return 0
}

# One dpkg -S for every file to be checked (each call reads the whole database): fills OWNERS,
# path → the first package that ships it.
declare -A OWNERS=()
learn_owners() {
    local paths=() f line pkgs path
    while IFS= read -r f; do mapfile -t -O "${#paths[@]}" paths < <(spellings "$f"); done
    [ ${#paths[@]} -gt 0 ] || return 0
    while IFS= read -r line; do
        pkgs="${line%%: /*}"
        path="/${line#*: /}"
        OWNERS["$path"]="$(cut -d, -f1 <<<"$pkgs" | cut -d: -f1 | tr -d ' ')"
    done < <(dpkg -S "${paths[@]}" 2>/dev/null || true)
}

# The package that ships PATH (learn_owners must have seen it); empty when none does.
owner() {
    local c
    while IFS= read -r c; do
        if [ -n "${OWNERS[$c]:-}" ]; then
            printf '%s\n' "${OWNERS[$c]}"
            return
        fi
    done < <(spellings "$1")
}

# What the configured build found: CMake package directories (*_DIR) and programs and libraries
# (FILEPATH entries), each reduced to a file dpkg can name.
found_files() {
    local line key value
    while IFS= read -r line; do
        key="${line%%:*}"
        value="${line#*=}"
        [[ "$value" == /* ]] || continue
        [[ "$value" == "$build"* || "$value" == "$src"* ]] && continue
        case "$line" in
        *_DIR:PATH=*)
            # A config directory: name its *Config.cmake, which only one package ships.
            local cfg
            cfg="$(find "$value" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) \
                2>/dev/null | head -n1)"
            printf '%s\t%s\n' "$key" "${cfg:-$value}"
            ;;
        *:FILEPATH=*) [ -e "$value" ] && printf '%s\t%s\n' "$key" "$value" ;;
        esac
    done < <(grep -E '^[A-Za-z0-9_]+:(PATH|FILEPATH)=' "$build/CMakeCache.txt")
}

# The shared libraries a binary loads, as ldd resolves them.
loaded_libraries() {
    ldd "$1" | sed -n 's/.*=> \(\/[^ ]*\) (0x.*/\1/p'
}

check() {
    local what="$1" file="$2" closure_file="$3" list_name="$4" pkg
    case "$file" in
    /usr/local/* | /opt/* | /root/* | /home/*)
        fail "$what uses $file, which no Debian package installs; a bare machine has none"
        return ;;
    esac
    pkg="$(owner "$file")"
    if [ -z "$pkg" ]; then
        fail "$what: no Debian package owns $file"
        return
    fi
    grep -qxF "$pkg" "$closure_file" ||
        fail "$what needs $pkg (for $file), which $list_name does not install"
}

run_checks() {
    local build_list="$1" test_list="$2" run_list="$3"
    # shellcheck disable=SC2086
    closure $build_list >"$tmp/build.closure"
    # shellcheck disable=SC2086
    closure $build_list $test_list >"$tmp/test.closure"
    # shellcheck disable=SC2086
    closure $build_list $run_list >"$tmp/run.closure"
    [ -s "$tmp/build.closure" ] || { fail "apt-cache depends listed nothing: no package lists?"; return; }

    { found_files | cut -f2; loaded_libraries "$gui"; loaded_libraries "$ctl"
      for f in "${DLOPENED[@]}" "${TEST_PROGRAMS[@]}"; do
          printf '%s\n' "$f"; [ -e "$f" ] && loaded_libraries "$f"; done; } >"$tmp/files"
    learn_owners <"$tmp/files"

    # CMake packages are REQUIRED by the build, which both scripts run; programs and libraries the
    # configure step found may also be test tools (desktop-file-validate), which ./test.sh installs.
    local key file
    while IFS=$'\t' read -r key file; do
        case "$key" in
        *_DIR) check "the build's $key" "$file" "$tmp/build.closure" "./run.sh and ./test.sh" ;;
        *) check "the build's $key" "$file" "$tmp/test.closure" "./test.sh" ;;
        esac
    done < <(found_files)

    # Qt loads its SQL drivers with dlopen, so ldd never lists them (nor libpq behind QPSQL); the
    # PostgreSQL server is a program the tests start, not a library.
    local f
    for f in "${DLOPENED[@]}"; do
        [ -e "$f" ] || { fail "$f is missing: the package that ships it is not installed"; continue; }
        check "the SQL driver" "$f" "$tmp/run.closure" "./run.sh"
        while IFS= read -r lib; do
            check "the SQL driver $(basename "$f")" "$lib" "$tmp/run.closure" "./run.sh"
        done < <(loaded_libraries "$f")
    done
    for f in "${TEST_PROGRAMS[@]}"; do
        [ -e "$f" ] || { fail "$f is missing: the package that ships it is not installed"; continue; }
        check "the tests' PostgreSQL" "$f" "$tmp/test.closure" "./test.sh"
    done

    local bin lib
    for bin in "$gui" "$ctl"; do
        while IFS= read -r lib; do
            check "$(basename "$bin") at run time" "$lib" "$tmp/run.closure" "./run.sh"
            [ -s "$tmp/deb.closure" ] &&
                check "$(basename "$bin") at run time" "$lib" "$tmp/deb.closure" "the .deb's Depends"
        done < <(loaded_libraries "$bin")
    done
    return 0
}

# The .deb's Depends as CPack writes them (dpkg-shlibdeps plus the manual list), alternatives and
# versions dropped. A sanitizer build is not packaged.
deb_depends() {
    [ -f "$build/CPackConfig.cmake" ] || return 0
    grep -q 'fsanitize' "$build/CMakeCache.txt" && return 0
    cpack --config "$build/CPackConfig.cmake" -B "$tmp/deb" >"$tmp/cpack.log" 2>&1 ||
        { cat "$tmp/cpack.log" >&2; fail "cpack could not build the .deb"; return 0; }
    dpkg-deb -f "$(ls "$tmp"/deb/hookline_*.deb)" Depends | tr ',|' '\n\n' |
        sed -e 's/(.*)//' -e 's/:any//' -e 's/[[:space:]]//g' | grep -v '^$'
}

if [ "$mode" = --self-test ]; then
    # Without libqt6opengl6-dev (the package a bare machine lacked) the check must name Qt6OpenGL.
    reduced=()
    for p in "${HOOKLINE_BUILD_PACKAGES[@]}"; do [ "$p" = libqt6opengl6-dev ] || reduced+=("$p"); done
    [ ${#reduced[@]} -lt ${#HOOKLINE_BUILD_PACKAGES[@]} ] ||
        { echo "FAIL: libqt6opengl6-dev is not in the build list any more" >&2; exit 1; }
    : >"$tmp/deb.closure"
    run_checks "${reduced[*]}" "${HOOKLINE_TEST_PACKAGES[*]}" "${HOOKLINE_RUN_PACKAGES[*]}" \
        2>"$tmp/self.err"
    if [ "$failures" -eq 0 ]; then
        echo "FAIL: the check passed without libqt6opengl6-dev" >&2
        exit 1
    fi
    grep -q 'libqt6opengl6-dev' "$tmp/self.err" ||
        { cat "$tmp/self.err" >&2; echo "FAIL: the check did not name libqt6opengl6-dev" >&2; exit 1; }
    # …and the .deb side bites too: a Depends without Qt's widgets library is caught.
    failures=0
    closure libqt6core6 libqt6network6 libssl3 >"$tmp/deb.closure"
    : >"$tmp/self.err"
    loaded_libraries "$gui" | learn_owners
    while IFS= read -r lib; do
        check "hookline at run time" "$lib" "$tmp/deb.closure" "the .deb's Depends" 2>>"$tmp/self.err"
    done < <(loaded_libraries "$gui")
    grep -q 'libqt6widgets6' "$tmp/self.err" ||
        { cat "$tmp/self.err" >&2; echo "FAIL: a Depends without libqt6widgets6 passed" >&2; exit 1; }
    echo "1 passed, 0 failed"
    exit 0
fi

mapfile -t depends < <(deb_depends)
if [ ${#depends[@]} -gt 0 ]; then
    closure "${depends[@]}" >"$tmp/deb.closure"
else
    : >"$tmp/deb.closure"
    grep -q 'fsanitize' "$build/CMakeCache.txt" || fail "no .deb Depends to check"
fi
run_checks "${HOOKLINE_BUILD_PACKAGES[*]}" "${HOOKLINE_TEST_PACKAGES[*]}" "${HOOKLINE_RUN_PACKAGES[*]}"
if [ "$failures" -gt 0 ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
echo "checked $(found_files | wc -l) build inputs and the libraries of hookline and hooklinectl"
echo "1 passed, 0 failed"
