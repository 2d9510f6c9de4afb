#!/usr/bin/env bash
# The folder order of core (core/CMakeLists.txt, HOOKLINE_CORE_FOLDERS) is what the build checks:
# a file that includes a folder above its own fails the include check with a message naming the
# rule, a file that includes only its own and lower folders passes, every folder of core/ has a
# rule, and docs/ARCHITECTURE.md names every folder.
#   folderrules.sh SOURCE_DIR RULES_TSV
set -euo pipefail
src="$1"; rules="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { # check FOLDER REGEX HINT FILE
    cmake -DSTAMP="$tmp/stamp" -DREGEX="$2" -DLAYER="core-$1" -DHINT="$3" -DFILES="$4" \
          -P "$src/cmake/check_includes.cmake"
}

[[ -s "$rules" ]] || fail "no rules in $rules: was the build configured?"
mapfile -t folders < <(cut -f1 "$rules")
(( ${#folders[@]} >= 2 )) || fail "fewer than two folders in $rules"

# 1. Every folder of core/ has a rule, and the architecture document names each one.
declare -A ordered=()
for name in "${folders[@]}"; do ordered[$name]=1; done
for dir in "$src"/core/*/; do
    name="$(basename "$dir")"
    [[ -n "${ordered[$name]:-}" ]] || fail "core/$name has no place in the order"
done
for name in "${folders[@]}"; do
    [[ -d "$src/core/$name" ]] || fail "the order names core/$name, which does not exist"
    grep -q "core/$name/" "$src/docs/ARCHITECTURE.md" ||
        fail "docs/ARCHITECTURE.md does not name core/$name/"
done

# 2. Each folder: including the folder just above it fails, with the rule in the message;
#    including itself and every folder below it passes.
checked=0
for i in "${!folders[@]}"; do
    IFS=$'\t' read -r folder regex hint < <(sed -n "$((i + 1))p" "$rules")
    [[ "$folder" == "${folders[$i]}" ]] || fail "unreadable rule line $((i + 1))"
    good="$tmp/$folder-good.h"
    { echo '#pragma once'; for lower in "${folders[@]:0:i+1}"; do
        echo "#include \"$lower/something.h\""; done; echo '#include <QString>'; } > "$good"
    check "$folder" "${regex:-^$}" "$hint" "$good" >/dev/null 2>"$tmp/err" ||
        fail "core/$folder refused its own or a lower folder: $(cat "$tmp/err")"
    (( i + 1 < ${#folders[@]} )) || continue
    upper="${folders[$((i + 1))]}"
    bad="$tmp/$folder-bad.h"
    printf '#pragma once\n#include "domain/clock.h"\n#include "%s/x.h"\n' "$upper" > "$bad"
    if check "$folder" "$regex" "$hint" "$bad" >/dev/null 2>"$tmp/err"; then
        fail "core/$folder may include core/$upper, which is above it"
    fi
    grep -q "Layering violation in core-$folder" "$tmp/err" || fail "no clear message: $(cat "$tmp/err")"
    grep -q "#include \"$upper/x.h\"" "$tmp/err" || fail "the message does not show the include"
    grep -q "core/$folder may include only" "$tmp/err" || fail "the message does not state the rule"
    checked=$((checked + 1))
done

# 3. The real sources keep the rules (belt and braces over the build's own check).
for i in "${!folders[@]}"; do
    IFS=$'\t' read -r folder regex hint < <(sed -n "$((i + 1))p" "$rules")
    [[ -n "$regex" ]] || continue
    mapfile -t files < <(find "$src/core/$folder" -name '*.h' -o -name '*.cpp')
    (( ${#files[@]} )) || continue
    list="$(IFS=';'; echo "${files[*]}")"
    check "$folder" "$regex" "$hint" "$list" >/dev/null 2>"$tmp/err" || fail "$(cat "$tmp/err")"
done
echo "folder rules: $checked refusals and ${#folders[@]} acceptances checked"
echo "1 passed, 0 failed"
