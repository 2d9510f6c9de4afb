#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Hookline console.
# Any arguments go to the console, e.g. ./run.sh --db /tmp/other.db
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

hookline_install_packages "${HOOKLINE_BUILD_PACKAGES[@]}" "${HOOKLINE_RUN_PACKAGES[@]}"
hookline_build "$HOOKLINE_ROOT/build"
exec "$HOOKLINE_ROOT/build/app/hookline" "$@"
