#!/usr/bin/env bash
# Signing throughput per core against `openssl speed rsa2048`, measured in the same run so the
# machine's load is comparable. Usage: bench/signing.sh [BUILD_DIR] (default: build).
# Target (issue 3): Hookline's signed header sets per second >= 90 % of openssl's RSA-2048 signs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/bench/signing"
[ -x "$bin" ] || { echo "build first: $bin is missing" >&2; exit 1; }

# Both single-threaded on one core, both counted per second of CPU time (openssl speed uses user
# time by default; the benchmark uses its thread's CPU time), interleaved openssl/hookline/
# openssl/hookline so that a passing change of load on the shared machine hits both.
openssl_rate() {
    taskset -c 0 openssl speed -seconds 3 rsa2048 2>/dev/null |
        awk '$1 == "rsa" && $2 == "2048" && $3 == "bits" { print $6 }'
}
o1=$(openssl_rate); h1=$(taskset -c 0 "$bin" 3)
o2=$(openssl_rate); h2=$(taskset -c 0 "$bin" 3)

awk -v o1="$o1" -v o2="$o2" -v h1="$h1" -v h2="$h2" 'BEGIN {
    split(h1, a, /[ \n]/); split(h2, b, /[ \n]/);
    openssl = (o1 + o2) / 2; headers = (a[2] + b[2]) / 2; raw = (a[4] + b[4]) / 2;
    wall = (a[6] + b[6]) / 2;
    printf "openssl speed rsa2048 sign/s:      %8.1f  (%s, %s)\n", openssl, o1, o2;
    printf "hookline rsa sign/s (bare):        %8.1f  %5.1f %%\n", raw, 100 * raw / openssl;
    printf "hookline signed header sets/s:     %8.1f  %5.1f %%  (target >= 90 %%)\n",
           headers, 100 * headers / openssl;
    printf "hookline signed header sets/s, wall clock: %8.1f  (depends on the machine load)\n", wall;
    exit (headers >= 0.9 * openssl) ? 0 : 1;
}'
