# Sourced by the PostgreSQL benchmarks: a throwaway PostgreSQL 15 cluster with the server's
# durable defaults (fsync=on, synchronous_commit=on), reachable over a unix socket only. As root it
# runs as Debian's `postgres` user, since PostgreSQL refuses root. Sets $pgdir and pg_database NAME
# (creates NAME and prints its libpq URI); stops and removes the cluster on exit, after whatever
# EXIT trap was set before.
pgbin=/usr/lib/postgresql/15/bin
pgdir="$(mktemp -d /tmp/hlpg.XXXXXX)"
pgport=$((40000 + RANDOM % 20000))
pgas=()
if [[ $EUID -eq 0 ]]; then
    chown postgres: "$pgdir"
    pgas=(runuser -u postgres --)
fi
previous_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
trap "${pgas[*]} $pgbin/pg_ctl -D '$pgdir/data' -m fast stop >/dev/null 2>&1 || true; rm -rf '$pgdir'; $previous_trap" EXIT
"${pgas[@]}" "$pgbin/initdb" -D "$pgdir/data" --auth=trust -U postgres -E UTF8 >/dev/null
"${pgas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-k $pgdir -p $pgport -c listen_addresses='' -c shared_buffers=512MB ${HOOKLINE_PG_OPTIONS:-}" start >/dev/null
pg_database() {
    "${pgas[@]}" "$pgbin/createdb" -h "$pgdir" -p "$pgport" -U postgres "$1"
    echo "postgresql://postgres@/$1?host=$pgdir&port=$pgport"
}
