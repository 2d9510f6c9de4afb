#!/usr/bin/env bash
# Every C++ file in the tree is as clang-format (the repository's .clang-format) writes it, and the
# check really refuses a file that is not.
#   format.sh SOURCE_DIR CLANG_FORMAT
set -euo pipefail
src="$1"; clang_format="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# The check bites: a badly indented copy of the style file's own example is refused.
cp "$src/.clang-format" "$tmp/.clang-format"
printf 'int main( ){\nreturn  0 ;}\n' >"$tmp/bad.cpp"
if "$clang_format" --dry-run --Werror "$tmp/bad.cpp" 2>/dev/null; then
    echo "FAIL: $clang_format accepted a badly formatted file" >&2
    exit 1
fi

cd "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t files < <(find core cli ui app tests bench packaging -name '*.cpp' -o -name '*.h')
fi
[ ${#files[@]} -gt 100 ] || { echo "FAIL: found only ${#files[@]} C++ files in $src" >&2; exit 1; }
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
if ! "$clang_format" --dry-run --Werror "${existing[@]}" 2>"$tmp/out"; then
    grep -E '^[^ ].*(warning|error):' "$tmp/out" | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    echo "run: clang-format -i FILE…  (clang-format 14, the repository's .clang-format)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
echo "${#existing[@]} files formatted"
echo "1 passed, 0 failed"
