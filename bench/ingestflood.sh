#!/usr/bin/env bash
# The ingest API under a flood of hostile clients (issue 14 §4). Runs the e2e test
# tests/e2e/tst_ingestflood.cpp, which starts the real `hooklinectl run` with the ingest API on,
# holds N unauthenticated connections open from the test process (each announcing 256 KiB and
# sending 200 KB; reopened when the server closes them), posts 5 authorised events under the
# flood and waits for their deliveries at a local HTTPS receiver. Prints its figures: the
# authorised POST latencies, the child's VmHWM (peak RSS) and VmRSS from /proc/PID/status.
#
#   bench/ingestflood.sh [BUILD_DIR] [CONNECTIONS]     defaults: build 3000
# Target: every authorised POST answered 202 in < 1 s, VmHWM < 150 MB, deliveries arrive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
connections="${2:-3000}"
bin="$build/tests/e2e_ingestflood"
[ -x "$bin" ] || { echo "build first: $bin is missing" >&2; exit 1; }

echo "machine: $(nproc) CPUs, $(lscpu | grep 'Model name' | sed 's/  */ /g'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ulimit -n: $(ulimit -n) (the test raises its soft limit to the hard one: $(ulimit -Hn))"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
out="$(HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       QT_QPA_PLATFORM=offscreen HOOKLINE_FLOOD_CONNECTIONS="$connections" "$bin" 2>&1)" && rc=0 || rc=$?
grep -E 'FLOOD|FAIL|PASS   :.*Flood' <<<"$out" | sed 's/^QINFO  : TestIngestFlood::authorisedClientsGetThroughAFlood() //'
[ "$rc" -eq 0 ] && echo "target met" || echo "target missed (exit $rc)"
exit "$rc"
