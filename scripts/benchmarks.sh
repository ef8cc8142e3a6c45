#!/usr/bin/env bash
# Reruns the benchmarks of docs/benchmarks.md: builds in Release, starts a throwaway PostgreSQL, generates the large
# instance once per provider (kept in artifacts/benchmarks for SQLite), runs every case against its baseline on SQLite
# and then PostgreSQL (one process each), and writes artifacts/benchmarks/results.md. Options go to the harness, e.g. --provider Sqlite,
# --products 20000 --years 10 --seed 42, --iterations 7, --case Export (or several: --case Dashboard,ProductFindings).
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
harness() { ITINVENTORY_BENCH_PG="$PG_CONNECTION" dotnet tests/ItInventory.Benchmarks/bin/Release/net10.0/ItInventory.Benchmarks.dll "$@"; }
if printf '%s\n' "$@" | grep -qx -- '--provider'; then
  harness "$@"
else
  # One process per provider: the export case, which runs first, then measures the peak memory of a fresh process.
  harness --provider Sqlite "$@" && harness --provider PostgreSql "$@" || exit 1
  cat artifacts/benchmarks/results-sqlite.md > artifacts/benchmarks/results.md
  grep '^| .* | PostgreSql |' artifacts/benchmarks/results-postgresql.md >> artifacts/benchmarks/results.md
  echo "Ergebnisse beider Datenbanken: artifacts/benchmarks/results.md"
fi
