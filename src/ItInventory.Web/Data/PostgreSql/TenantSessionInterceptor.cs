using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ItInventory.Web.Data.PostgreSql;

/// <summary>
/// Hands the operation's tenant to PostgreSQL on every connection a context opens, for the row-level security
/// policies (migration RowLevelSecurity): even hand-written SQL through the app's connection sees only that tenant's
/// rows, and none without a tenant. It is set at each open, not once per physical connection, so a pooled connection
/// never carries the tenant of whoever used it before.
/// </summary>
internal sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    /// <summary>The session setting the policies read; empty means no tenant.</summary>
    public const string Setting = "itinventory.tenant";

    public static readonly TenantSessionInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(DbConnection connection, ConnectionEndEventData eventData)
    {
        var tenantId = (eventData.Context as InventoryDbContext)?.CurrentTenantId;
        var command = ((NpgsqlConnection)connection).CreateCommand();
        command.CommandText = $"SELECT set_config('{Setting}', @tenant, false)";
        command.Parameters.AddWithValue("tenant", tenantId?.ToString(CultureInfo.InvariantCulture) ?? "");
        return command;
    }
}
