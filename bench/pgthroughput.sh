#!/usr/bin/env bash
# One engine on PostgreSQL against one engine on SQLite, same receiver, same run (issue 15 §4:
# PostgreSQL ≥ 0.8× SQLite's deliveries/s). The server is a local cluster over a unix socket with
# fsync and synchronous_commit on (bench/pgcluster.sh); the receiver is nginx on loopback
# (bench/nginx-receiver.sh). The runs alternate SQLite, PostgreSQL, … ROUNDS times, each on a new
# empty database, and the script prints the mean of each and the ratio.
#
#   bench/pgthroughput.sh [BUILD_DIR] [EVENTS] [ROUNDS]     # defaults: build 10000 2
set -euo pipefail
build="${1:-build}"
events="${2:-10000}"
rounds="${3:-2}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/nginx-receiver.sh"
source "$here/pgcluster.sh"
echo "machine: $(lscpu | grep 'Model name' | sed 's/ \+/ /g'), $(nproc) cores; $(date -u '+%F %H:%M') UTC; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "postgresql: $("${pgas[@]}" "$pgbin/postgres" --version); synchronous_commit=on, fsync=on, unix socket"
sqlite_rates=() pg_rates=()
for ((r = 1; r <= rounds; r++)); do
    for backend in sqlite postgresql; do
        db=()
        [[ $backend == postgresql ]] && db=(--db "$(pg_database "bench$r")")
        line="$("$build/bench/throughput" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
            --events "$events" --max-in-flight 64 "${db[@]}")"
        echo "  round $r $line"
        rate="$(sed -E 's/.* ([0-9]+) deliveries\/s.*/\1/' <<<"$line")"
        if [[ $backend == sqlite ]]; then sqlite_rates+=("$rate"); else pg_rates+=("$rate"); fi
    done
done
echo "${sqlite_rates[*]} | ${pg_rates[*]}" | awk -F'|' '{
    ns = split($1, s, " "); np = split($2, p, " ")
    for (i = 1; i <= ns; i++) st += s[i]; for (i = 1; i <= np; i++) pt += p[i]
    printf "sqlite mean %.0f deliveries/s, postgresql mean %.0f deliveries/s, ratio %.2f\n", st / ns, pt / np, (pt / np) / (st / ns) }' 
