#!/usr/bin/env bash
# The layering rules of docs/ARCHITECTURE.md hold in the built artefacts, and the include check that
# enforces them really fails on a forbidden include.
#   layering.sh SOURCE_DIR HOOKLINECTL
set -euo pipefail
src="$1"; ctl="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. hooklinectl links no GUI library. (Read ldd once: `ldd | grep -q` under pipefail can fail
#    on SIGPIPE when grep stops reading early.)
libs="$(ldd "$ctl")"
if grep -E 'libQt6(Widgets|Gui|Charts|OpenGL)' <<<"$libs"; then
    fail "hooklinectl links a GUI library"
fi
grep -q 'libQt6Core' <<<"$libs" || fail "ldd did not list Qt6Core: is $ctl the real binary?"

# 2. The include check refuses widget and GUI headers in core…
for inc in '<QWidget>' '<QtWidgets/QTableView>' '<QtGui/QColor>' '"QApplication"' '<QPixmap>'; do
    printf '#pragma once\n#include %s\n' "$inc" > "$tmp/bad.h"
    if cmake -DSTAMP="$tmp/stamp" -DREGEX='QtWidgets|QtGui|QWidget|QApplication|QPixmap' -DLAYER=core \
             -DFILES="$tmp/bad.h" -P "$src/cmake/check_includes.cmake" 2>"$tmp/err"; then
        fail "the include check accepted #include $inc"
    fi
    grep -q 'Layering violation in core' "$tmp/err" || fail "no clear message for $inc"
done
# …and accepts what core may include.
printf '#include <QSqlQuery>\n#include <QtNetwork/QNetworkReply>\n' > "$tmp/good.h"
cmake -DSTAMP="$tmp/stamp" -DREGEX='QtWidgets|QtGui|QWidget' -DLAYER=core -DFILES="$tmp/good.h" \
      -P "$src/cmake/check_includes.cmake" || fail "the include check refused allowed headers"

# …and refuses Qt Sql where only core/store may use it.
for inc in '<QSqlQuery>' '<QtSql/QSqlDatabase>' '"QSqlError"'; do
    printf '#pragma once\n#include %s\n' "$inc" > "$tmp/bad.h"
    if cmake -DSTAMP="$tmp/stamp" -DREGEX='QSql|QtSql' -DLAYER=ui-sql -DFILES="$tmp/bad.h" \
             -P "$src/cmake/check_includes.cmake" 2>"$tmp/err"; then
        fail "the SQL include check accepted #include $inc"
    fi
done
if grep -rlE '#\s*include\s*[<"](QSql|QtSql)' "$src/ui" "$src/cli" "$src/app"; then
    fail "ui/, cli/ or app/ includes a Qt Sql header: only core/store speaks SQL"
fi

# 3. No Qt Charts outside ui/charts, no widgets in core or cli (belt and braces over the build).
if grep -rlE '#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QtCharts)' "$src/core" "$src/cli" "$src/text"; then
    fail "core/, cli/ or text/ includes a GUI header"
fi
if grep -rlE '#\s*include\s*[<"](QtCharts|QChart|QLineSeries)' "$src/ui" --exclude-dir=charts; then
    fail "Qt Charts used outside ui/charts"
fi
echo "1 passed, 0 failed"
