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
source scripts/lib/throwaway-postgres.sh

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

# The OpenAPI document is checked by a real validator (@seriousme/openapi-schema-validator, tests/openapi-validator),
# and a client is generated from it with openapi-typescript; an older install without the generator is installed anew.
if command -v npm >/dev/null && [ ! -d tests/openapi-validator/node_modules/openapi-typescript ]; then
  echo "Installiere den OpenAPI-Validator (npm ci) ..."
  npm ci --prefix tests/openapi-validator --no-audit --no-fund >/dev/null || exit 1
fi

RESULTS="artifacts/test-results"
# The browser tests leave a picture of every page they visit in artifacts/screenshots (axe/, one folder per journey,
# postgresql/ for the second run); they are kept as the run's artefacts.
SCREENSHOTS="artifacts/screenshots"
rm -rf "$RESULTS" "$SCREENSHOTS"
mkdir -p "$RESULTS/sqlite" "$RESULTS/postgresql"
started=$SECONDS

dotnet tool restore >/dev/null
dotnet build ItInventory.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

echo "== Testlauf 1: SQLite"
dotnet test ItInventory.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/sqlite" "$@"
status=$?
echo "   SQLite: $((SECONDS - started)) s seit Beginn"

pg_status=1
if start_throwaway_postgres; then
  echo "== Testlauf 2: PostgreSQL $PG_VERSION auf 127.0.0.1:$PG_PORT (nur die Integrationstests; die Kerntests sind ohne Datenbank)"
  ITINVENTORY_TEST_PROVIDER=PostgreSql ITINVENTORY_TEST_PG="$PG_CONNECTION" \
    dotnet test tests/ItInventory.Web.Tests -c Release --no-build --logger "trx" --results-directory "$RESULTS/postgresql" "$@"
  pg_status=$?
fi
echo "   Gesamt: $((SECONDS - started)) s"
echo "   Bildschirmfotos: $(find "$SCREENSHOTS" -name '*.png' 2>/dev/null | wc -l) in $SCREENSHOTS"

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
