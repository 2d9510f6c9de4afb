#!/usr/bin/env bash
# Interleaved A/B of two engine builds on the same nginx receiver, with openssl speed and
# (optionally) the plain Node.js sender in every round, so a shared VM's drift hits both alike.
#
#   bench/abtest.sh OLD_BUILD_DIR NEW_BUILD_DIR [EVENTS] [MAX_IN_FLIGHT] [ROUNDS]
#   NODE=1 bench/abtest.sh ...     also run bench/node/sender.mjs each round
#
# Build the old side in a worktree, e.g.
#   git worktree add /tmp/old <commit> && cmake -S /tmp/old -B /tmp/old/build -G Ninja \
#       -DCMAKE_BUILD_TYPE=RelWithDebInfo && ninja -C /tmp/old/build bench/throughput
set -euo pipefail
old="${1:?old build dir}"
new="${2:?new build dir}"
events="${3:-20000}"
inflight="${4:-64}"
rounds="${5:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/nginx-receiver.sh"
echo "machine: $(lscpu | grep 'Model name' | sed 's/ \+/ /g'), $(nproc) cores; $(date -u '+%F %H:%M UTC')"
for r in $(seq 1 "$rounds"); do
    echo "round $r, load $(cut -d' ' -f1 /proc/loadavg)"
    openssl speed -seconds 2 -multi "$(nproc)" rsa2048 2>/dev/null |
        awk '/^rsa 2048/ {print "  openssl sign/s", $6}'
    for side in old new; do
        dir="$old"
        [[ $side == new ]] && dir="$new"
        printf '  %s: ' "$side"
        "$dir/bench/throughput" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
            --events "$events" --max-in-flight "$inflight" 2>/dev/null | tail -1
    done
    if [[ -n "${NODE:-}" ]]; then
        printf '  node: '
        node "$here/node/sender.mjs" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
            --events "$events" --concurrency "$inflight" | tail -1
    fi
done
