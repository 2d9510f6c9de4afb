#!/usr/bin/env bash
# The .deb installs on this machine and its hooklinectl runs from the installed path.
#   packaging/deb-install-test.sh BUILD_DIR [INSTALL_PREFIX] [SANITIZERS]
# Exit 77 (ctest: skipped) when neither root nor passwordless sudo is available, when a hookline
# package is already installed (we never replace someone's installation), when the build was
# configured for another prefix than /usr, or when it is a sanitizer build (not a package).
set -euo pipefail

build="$(cd "$1" && pwd)"
prefix="${2:-/usr}"
sanitize="${3:-}"
if [[ "$prefix" != /usr ]]; then
    echo "deb-install-test: the build installs under $prefix, the package under /usr; skipped"
    exit 77
fi
if [[ -n "$sanitize" ]]; then
    echo "deb-install-test: a sanitizer build ($sanitize) is not packaged; skipped"; exit 77
fi
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
        echo "deb-install-test: needs root or passwordless sudo; skipped"; exit 77; fi
fi
if dpkg-query -W -f='${Status}' hookline 2>/dev/null | grep -q 'install ok installed'; then
    echo "deb-install-test: a hookline package is already installed; skipped"; exit 77
fi

work="$(mktemp -d)"
cleanup() {
    "${as_root[@]}" dpkg --purge hookline >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/hookline_*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# The dependencies dpkg-shlibdeps found, plus the ones it cannot see (plugins, dlopen).
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6charts6 libqt6keychain1 libssl3 \
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0; do
    [[ "$depends" == *"$needed"* ]] || { echo "missing dependency: $needed"; exit 1; }
done

contents="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/hookline ./usr/bin/hooklinectl \
    ./usr/share/applications/io.hookline.Hookline.desktop \
    ./usr/share/metainfo/io.hookline.Hookline.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.hookline.Hookline.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.hookline.Hookline.png \
    ./usr/share/icons/hicolor/256x256/apps/io.hookline.Hookline.png \
    ./usr/lib/systemd/user/hookline.service; do
    grep -qF -- " $path" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done

DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; exit 1; }

version="$(/usr/bin/hooklinectl --version)"
echo "installed: $version"
[[ "$version" == "hooklinectl "* ]] || { echo "unexpected --version output: $version"; exit 1; }
# The installed binary works on a database, not just prints its version.
HOME="$work/home" XDG_DATA_HOME="$work/data" /usr/bin/hooklinectl --db "$work/t.db" endpoint list \
    >/dev/null
if command -v systemd-analyze >/dev/null; then
    # The unit names an existing binary and parses cleanly.
    verdict="$(systemd-analyze verify /usr/lib/systemd/user/hookline.service 2>&1)" || {
        echo "$verdict"; exit 1; }
    [[ -z "$verdict" ]] || { echo "systemd-analyze: $verdict"; exit 1; }
fi
echo "deb-install-test: ok"
