# Sourced by the delivery benchmarks: Debian's nginx answering 200 over HTTPS on a random loopback
# port, with a CA and a leaf for 127.0.0.1 made here. Sets $work (a temporary directory, removed on
# exit), $port and $work/ca.pem (the CA the sender must trust).
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
