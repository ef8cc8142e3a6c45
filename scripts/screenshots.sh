#!/usr/bin/env bash
# Renders docs/dashboard.png (the README's picture) from the dashboard's browser test, signed in as a council member.
cd "$(dirname "$0")/.." && ITINVENTORY_SCREENSHOT_DIR="$PWD/docs" dotnet test tests/ItInventory.Web.Tests --filter "FullyQualifiedName~DashboardBrowserTests.A_council_member_sees_the_main_figures_of_the_database_without_links"
