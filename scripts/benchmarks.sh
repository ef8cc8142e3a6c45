#!/usr/bin/env bash
# Reruns the benchmarks of docs/benchmarks.md: builds in Release, starts a throwaway PostgreSQL, generates the large
# instance once per provider (kept in artifacts/benchmarks for SQLite), runs every case against its baseline on SQLite
# and then PostgreSQL (one process each), and writes artifacts/benchmarks/results.md. Options go to the harness, e.g. --provider Sqlite,
# --products 20000 --years 10 --seed 42, --tenants 200 (the instance spread over 200 tenants, measured in the middle one),
# --iterations 7, --case Export (or several: --case Dashboard,ProductFindings).
set -uo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then $SUDO apt-get update -qq >/dev/null && APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
source scripts/lib/throwaway-postgres.sh

if [ ! -x /usr/bin/chromium ]; then apt_install chromium fonts-dejavu-core || exit 1; fi

dotnet build tests/ItInventory.Benchmarks -c Release -nologo -v quiet || exit 1

# A server-sized buffer cache; the rest of the settings as in the test run.
PG_EXTRA_SETTINGS="-c shared_buffers=512MB -c work_mem=16MB" start_throwaway_postgres || exit 1
echo "PostgreSQL $PG_VERSION auf 127.0.0.1:$PG_PORT"
# The harness connects as the app does in a data centre: a role that owns its databases but is no superuser and may
# not bypass row-level security, so the tenant policies apply to every case (as in the tests).
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc \
  "CREATE ROLE itinventory_app LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB" >/dev/null || exit 1
harness() { ITINVENTORY_BENCH_PG="Host=127.0.0.1;Port=$PG_PORT;Username=itinventory_app" dotnet tests/ItInventory.Benchmarks/bin/Release/net10.0/ItInventory.Benchmarks.dll "$@"; }
if printf '%s\n' "$@" | grep -qx -- '--provider'; then
  harness "$@"
else
  # One process per provider: the export case, which runs first, then measures the peak memory of a fresh process.
  # Circuit memory is the whole heap's growth, so it runs in a process of its own too: after the other cases the heap
  # still settles while it measures (an empty page read -130 KB per circuit).
  cases=""; rest=()
  while [ $# -gt 0 ]; do
    if [ "$1" = "--case" ]; then cases="$2"; shift 2; else rest+=("$1"); shift; fi
  done
  circuits=0
  if [ -z "$cases" ] || printf '%s' "$cases" | grep -qi circuit; then circuits=1; fi
  # The first computation of the analysis runs with the server garbage collector, as the app does (the Web SDK's
  # default; the harness keeps the workstation one so that the export's peak memory reads as before), in a process of
  # its own, so that its first computation after the start is the process's first.
  analysis=0
  if [ -z "$cases" ] || printf '%s' "$cases" | grep -qi productfindings; then analysis=1; fi
  for provider in Sqlite PostgreSql; do
    lower=$(printf '%s' "$provider" | tr 'A-Z' 'a-z')
    rm -f "artifacts/benchmarks/results-$lower.md" "artifacts/benchmarks/results-$lower-circuits.md" "artifacts/benchmarks/results-$lower-analysis.md"
    others=$(printf '%s' "$cases" | tr ',' '\n' | grep -vi 'circuit\|productfindings' | paste -sd, -)
    if [ -z "$cases" ] || [ -n "$others" ]; then
      harness --provider "$provider" ${others:+--case "$others"} --skip CircuitMemory,ProductFindings "${rest[@]}" || exit 1
    fi
    if [ "$analysis" = 1 ]; then
      DOTNET_gcServer=1 harness --provider "$provider" --case ProductFindings --results analysis "${rest[@]}" || exit 1
    fi
    if [ "$circuits" = 1 ]; then
      harness --provider "$provider" --case CircuitMemory --results circuits "${rest[@]}" || exit 1
    fi
  done
  # The heading (date, machine, load) of the first file written, then every row of all four.
  for file in artifacts/benchmarks/results-sqlite.md artifacts/benchmarks/results-sqlite-analysis.md artifacts/benchmarks/results-sqlite-circuits.md; do
    if [ -f "$file" ]; then head -n 4 "$file" > artifacts/benchmarks/results.md; break; fi
  done
  for file in artifacts/benchmarks/results-sqlite.md artifacts/benchmarks/results-sqlite-analysis.md artifacts/benchmarks/results-sqlite-circuits.md \
              artifacts/benchmarks/results-postgresql.md artifacts/benchmarks/results-postgresql-analysis.md artifacts/benchmarks/results-postgresql-circuits.md; do
    [ -f "$file" ] && grep '^| .* | \(Sqlite\|PostgreSql\) |' "$file" >> artifacts/benchmarks/results.md
  done
  echo "Ergebnisse beider Datenbanken: artifacts/benchmarks/results.md"
fi
