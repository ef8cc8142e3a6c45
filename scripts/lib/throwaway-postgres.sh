# Sourced by test.sh and benchmarks.sh: a throwaway PostgreSQL cluster in a temp folder on a free port on 127.0.0.1.
# start_throwaway_postgres sets PG_CONNECTION (Host=...;Port=...;Username=postgres) and stops the cluster on exit.
# Needs apt_install from the caller for when PostgreSQL is missing.

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# postgres refuses to run as root; as root the cluster belongs to the "postgres" user that Debian's package creates.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

stop_throwaway_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
}

start_throwaway_postgres() {
  PG_BIN=$(pg_bindir)
  if [ -z "$PG_BIN" ]; then
    echo "Installiere PostgreSQL ..."
    apt_install postgresql || return 1
    PG_BIN=$(pg_bindir)
  fi

  # In memory where possible: the tests copy the sample city with CREATE DATABASE ... TEMPLATE, ten times faster on tmpfs.
  local parent=/tmp
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then parent=/dev/shm; fi
  PG_DIR=$(mktemp -d "$parent/itinventory-pg.XXXXXX")
  PG_PORT=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
  trap stop_throwaway_postgres EXIT

  # C.UTF-8 sorts like SQLite (by code point), so both test runs check the same expectations.
  if (cd /tmp && as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1) \
    && (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
         -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_EXTRA_SETTINGS:-}" >/dev/null); then
    PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
    PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
    return 0
  fi

  echo "PostgreSQL ließ sich nicht starten:" >&2
  cat "$PG_DIR/initdb.log" "$PG_DIR/server.log" 2>/dev/null | tail -n 20 >&2
  return 1
}
