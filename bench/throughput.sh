#!/usr/bin/env bash
# Delivery throughput against nginx (Debian's nginx-light) answering 200 over HTTPS on loopback,
# with RS256 signing and durable attempt records; openssl speed in the same run for the ratio.
#
#   bench/throughput.sh [BUILD_DIR] [EVENTS] [MAX_IN_FLIGHT]
#
# Then, against the same receiver: the plain Node.js sender (undici + jose), and the console's
# GUI event-loop stall while its engine delivers the same load (bench/guistall.cpp).
set -euo pipefail
build="${1:-build}"
events="${2:-20000}"
inflight="${3:-64}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Sets $work, $port and $work/ca.pem; stops nginx on exit.
source "$here/nginx-receiver.sh"
echo "machine: $(lscpu | grep 'Model name' | sed 's/ \+/ /g'), $(nproc) cores; $(date -u +%F)"
echo "openssl speed -multi $(nproc) rsa2048:"
openssl speed -seconds 3 -multi "$(nproc)" rsa2048 2>/dev/null | grep -E '^rsa 2048' || true
echo "hookline:"
"$build/bench/throughput" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
    --events "$events" --max-in-flight "$inflight"
# The plain Node.js sender (undici + jose) on the same receiver, same run: the parity target.
if command -v node >/dev/null; then
    [[ -d "$here/node/node_modules" ]] || (cd "$here/node" && npm install --no-audit --no-fund >/dev/null)
    node "$here/node/sender.mjs" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
        --events "$events" --concurrency "$inflight"
fi
echo "console open (GUI stall):"
"$build/bench/guistall" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
    --events "$events" --max-in-flight "$inflight"
