#!/usr/bin/env bash
# Renders every page of the console, in English and German, to PNG files for people to look at.
# Builds nothing: pass the build folder (default build/) of an existing build.
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]      (OUT_DIR default: BUILD_DIR/screenshots)
#
# The database is a temporary file seeded with hooklinectl, so the pictures show what the CLI and
# the console share. The grabs come from tests/ui/tst_screenshots.cpp on the offscreen platform
# (no window system needed); it also runs under ctest, without saving.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
out="${2:-$build/screenshots}"
ctl="$build/app/hooklinectl"
grabber="$build/tests/ui_screenshots"

for f in "$ctl" "$grabber"; do
    if [[ ! -x "$f" ]]; then
        echo "screenshots.sh: $f is missing — build first (ninja -C $build)" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/hookline.db"

"$ctl" --db "$db" endpoint add --name "KYC receiver" \
    --url https://kyc.example.com/webhooks/hookline \
    --events 'identity_document.*,verification.*' --timeout 5 >/dev/null
crm="$("$ctl" --db "$db" endpoint add --name "CRM sync" --url https://crm.example.org/hooks/customers \
    --method PUT --events 'customer.created,customer.updated' --header 'X-Tenant: acme')"
"$ctl" --db "$db" endpoint pause "$crm" --reason "receiver maintenance" >/dev/null
"$ctl" --db "$db" --env live endpoint add --name "Production KYC" \
    --url https://kyc.example.com/webhooks/live >/dev/null

mkdir -p "$out"
# A failing slot stops saving that slot's pictures: say which one, finish the other language and
# the Xvfb pass anyway, and exit non-zero at the end (the output used to go to /dev/null).
failed=0
for lang in en de; do
    if ! QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 HOOKLINE_LANG="$lang" \
        HOOKLINE_SCREENSHOT_DB="$db" HOOKLINE_SCREENSHOT_DIR="$out" \
        "$grabber" -silent >"$work/grab-$lang.log" 2>&1; then
        echo "screenshots.sh: the $lang pass failed; some pictures are missing:" >&2
        grep -A1 '^FAIL' "$work/grab-$lang.log" >&2 || cat "$work/grab-$lang.log" >&2
        failed=1
    fi
done

# The real executable under Xvfb as well, when the tools are there: what ./run.sh shows.
if command -v xvfb-run >/dev/null && command -v import >/dev/null && command -v convert >/dev/null; then
    for lang in en de; do
        XDG_CONFIG_HOME="$work/xvfb-config-$lang" HOOKLINE_LANG="$lang" \
            xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
                "$1" --db "$2" & pid=$!
                # Wait until something is painted on the (black) root window, then let it settle.
                for _ in $(seq 50); do
                    sleep 0.2
                    import -window root "$3"
                    [ "$(convert "$3" -format "%[fx:maxima]" info:)" != 0 ] && break
                done
                sleep 1
                import -window root "$3"
                kill "$pid"; wait "$pid" 2>/dev/null || true
            ' _ "$build/app/hookline" "$db" "$work/root.png"
        # Xvfb has no window manager: the window sits at the top left on a black root.
        convert "$work/root.png" -trim +repage "$out/$lang-xvfb-console.png"
    done
else
    echo "screenshots.sh: xvfb-run or ImageMagick (import, convert) missing; offscreen grabs only" >&2
fi
ls -1 "$out"/*.png
exit "$failed"
