#!/usr/bin/env bash
# Adds a migration NAME for both providers, so the two migration sets stay in step (MigrationTests checks that they do):
#   bash scripts/add-migration.sh NAME
# The contexts come from the app's own start-up code; PostgreSQL only needs a syntactically valid connection string,
# adding a migration never connects.
set -euo pipefail
cd "$(dirname "$0")/../src/ItInventory.Web"
name="${1:?Aufruf: bash scripts/add-migration.sh NAME}"

dotnet tool restore >/dev/null
dotnet build -nologo -v quiet
Database__Provider=Sqlite \
  dotnet ef migrations add "$name" --no-build --context InventoryDbContext -o Data/Migrations/Sqlite
Database__Provider=PostgreSql ConnectionStrings__Inventory="Host=localhost;Database=itinventory" \
  dotnet ef migrations add "$name" --no-build --context PostgreSqlInventoryDbContext -o Data/Migrations/PostgreSql
