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
work="$(mktemp -d)"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

# A CA and a leaf for 127.0.0.1, made here so the run needs nothing but openssl and nginx.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=bench-ca \
    -keyout "$work/ca.key" -out "$work/ca.pem" -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=127.0.0.1 \
    -keyout "$work/leaf.key" -out "$work/leaf.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' > "$work/ext"
openssl x509 -req -in "$work/leaf.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
    -days 2 -extfile "$work/ext" -out "$work/leaf.pem" 2>/dev/null
port=$((20000 + RANDOM % 20000))
mkdir -p "$work/logs"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate $work/leaf.pem;
        ssl_certificate_key $work/leaf.key;
        keepalive_requests 100000;
        client_body_buffer_size 64k;
        location / { return 200 "ok"; }
    }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"
echo "machine: $(lscpu | grep 'Model name' | sed 's/ \+/ /g'), $(nproc) cores; $(date -u +%F)"
echo "openssl speed -multi $(nproc) rsa2048:"
openssl speed -seconds 3 -multi "$(nproc)" rsa2048 2>/dev/null | grep -E '^rsa 2048' || true
echo "hookline:"
"$build/bench/throughput" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
    --events "$events" --max-in-flight "$inflight"
# The plain Node.js sender (undici + jose) on the same receiver, same run: the parity target.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if command -v node >/dev/null; then
    [[ -d "$here/node/node_modules" ]] || (cd "$here/node" && npm install --no-audit --no-fund >/dev/null)
    node "$here/node/sender.mjs" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
        --events "$events" --concurrency "$inflight"
fi
echo "console open (GUI stall):"
"$build/bench/guistall" --url "https://127.0.0.1:$port/hooks" --ca "$work/ca.pem" \
    --events "$events" --max-in-flight "$inflight"
