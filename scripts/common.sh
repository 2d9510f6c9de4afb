# Shared by run.sh and test.sh: install what is missing, then configure and build out of tree.
# Sourced, not executed. A second run with nothing changed installs nothing and rebuilds nothing.

HOOKLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages. Build: compiler, Qt 6 modules, QtKeychain, OpenSSL. The rest is for running
# the console (QPSQL for --db postgresql://…) and for the test suite (real keychain, Xvfb
# screenshots, independent JWT checks, a throwaway PostgreSQL 15 cluster).
HOOKLINE_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 qtkeychain-qt6-dev libssl-dev libqt6sql6-sqlite libvalijson-dev
    qt6-httpserver-dev qt6-websockets-dev libgl-dev libvulkan-dev libqt6opengl6-dev
)
HOOKLINE_RUN_PACKAGES=(
    qt6-qpa-plugins libqt6svg6 qt6-wayland libsecret-1-0 gnome-keyring dbus-x11 libqt6sql6-psql
)
# The libFuzzer build (scripts/fuzz.sh): clang and its sanitizer and fuzzer runtimes.
HOOKLINE_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
HOOKLINE_TEST_PACKAGES=(
    xvfb xauth dbus-x11 gnome-keyring libsecret-1-0 python3 python3-jwt
    nodejs npm sqlite3 nginx-light openssl imagemagick postgresql-15
    desktop-file-utils appstream dpkg-dev file clang-format "${HOOKLINE_FUZZ_PACKAGES[@]}"
)

hookline_log() { printf '\033[1m[hookline]\033[0m %s\n' "$*" >&2; }

hookline_install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$pkg")
        fi
    done
    # node and npm may come from the machine image rather than Debian's packages.
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        local keep=()
        for pkg in "${missing[@]}"; do [[ "$pkg" == nodejs || "$pkg" == npm ]] || keep+=("$pkg"); done
        missing=("${keep[@]}")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    hookline_log "installing missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# hookline_build BUILD_DIR [extra cmake args…]
# HOOKLINE_BUILD_TARGETS (space-separated) builds only those targets instead of everything.
hookline_build() {
    local dir="$1"; shift
    local args=(-G Ninja -DHOOKLINE_WERROR=ON "$@")
    local stamp="$dir/.hookline-configure-args"
    # ccache keys on paths relative to the checkout, so a second clone (CI) reuses the first's work.
    export CCACHE_BASEDIR="$HOOKLINE_ROOT" CCACHE_NOHASHDIR=1
    if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${args[*]}" ]; then
        hookline_log "configuring $dir"
        cmake -S "$HOOKLINE_ROOT" -B "$dir" "${args[@]}" >/dev/null
        printf '%s' "${args[*]}" > "$stamp"
    fi
    local targets=()
    # shellcheck disable=SC2206
    [ -n "${HOOKLINE_BUILD_TARGETS:-}" ] && targets=(--target $HOOKLINE_BUILD_TARGETS)
    cmake --build "$dir" "${targets[@]}" -- -j"$(nproc)"
}
