#!/usr/bin/env bash
# Runs the whole test suite on SQLite, then the integration tests again on a throwaway PostgreSQL server;
# installs what the tests need when it is missing, then prints "N passed, N failed" for both runs together.
set -uo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "apt-get fehlt: bitte $* selbst installieren." >&2
    return 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then $SUDO apt-get update -qq >/dev/null && APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# Browser tests drive Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installiere Chromium für die Browsertests ..."
  apt_install chromium fonts-dejavu-core || exit 1
fi

# The single sign-on test runs a real OpenID Connect provider (node-oidc-provider, tests/oidc-provider) with Node.js;
# without node that test is skipped and says so.
if command -v npm >/dev/null && [ ! -d tests/oidc-provider/node_modules ]; then
  echo "Installiere den OpenID-Connect-Testanbieter (npm ci) ..."
  npm ci --prefix tests/oidc-provider --no-audit --no-fund >/dev/null || exit 1
fi

RESULTS="artifacts/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS/sqlite" "$RESULTS/postgresql"
started=$SECONDS

dotnet tool restore >/dev/null
dotnet build ItInventory.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

echo "== Testlauf 1: SQLite"
dotnet test ItInventory.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/sqlite" "$@"
status=$?
echo "   SQLite: $((SECONDS - started)) s seit Beginn"

# ---- PostgreSQL: a throwaway cluster in a temp folder on a free port, stopped on exit ----
pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

PG_BIN=$(pg_bindir)
if [ -z "$PG_BIN" ]; then
  echo "Installiere PostgreSQL für den zweiten Testlauf ..."
  apt_install postgresql || { echo "0 passed, 1 failed"; exit 1; }
  PG_BIN=$(pg_bindir)
fi

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

# In memory where possible: every test copies the sample city with CREATE DATABASE ... TEMPLATE, ten times faster on tmpfs.
PG_PARENT=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ]; then PG_PARENT=/dev/shm; fi
PG_DIR=$(mktemp -d "$PG_PARENT/itinventory-pg.XXXXXX")
PG_PORT=$(free_port)
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT

pg_status=1
# C.UTF-8 sorts like SQLite (by code point), so both runs check the same expectations.
if (cd /tmp && as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1) \
  && (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
       -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null); then
  echo "== Testlauf 2: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') auf 127.0.0.1:$PG_PORT"
  ITINVENTORY_TEST_PROVIDER=PostgreSql \
  ITINVENTORY_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
    dotnet test tests/ItInventory.Web.Tests -c Release --no-build --logger "trx" --results-directory "$RESULTS/postgresql" "$@"
  pg_status=$?
else
  echo "PostgreSQL ließ sich nicht starten:" >&2
  cat "$PG_DIR/initdb.log" "$PG_DIR/server.log" 2>/dev/null | tail -n 20 >&2
fi
echo "   Gesamt: $((SECONDS - started)) s"

passed=0
failed=0
for trx in "$RESULTS"/*/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] || [ "$pg_status" -ne 0 ]; then
  [ "$failed" -eq 0 ] && failed=1
  status=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
