using System.Data.Common;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Benchmarks.Harness;

/// <summary>
/// Runs hand-written SQL over the same connection EF would use. Identifiers are quoted the same way for SQLite and
/// PostgreSQL; only money differs: SQLite stores whole cents.
/// </summary>
public sealed class HandWrittenSql : IAsyncDisposable
{
    private readonly InventoryDbContext _context;
    private readonly DbConnection _connection;

    private readonly int _tenantId;

    private HandWrittenSql(InventoryDbContext context, DatabaseProvider provider, int tenantId)
    {
        _context = context;
        _connection = context.Database.GetDbConnection();
        Provider = provider;
        _tenantId = tenantId;
    }

    public DatabaseProvider Provider { get; }

    public static async Task<HandWrittenSql> OpenAsync(BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        var context = await database.Factory.CreateDbContextAsync(cancellationToken);
        var sql = new HandWrittenSql(context, database.Provider, database.TenantId);
        // Opened by EF, so that on PostgreSQL the connection carries the tenant (row-level security): the
        // hand-written SQL reads the same tenant's rows as the app, and nothing else.
        await context.Database.OpenConnectionAsync(cancellationToken);
        return sql;
    }

    /// <summary>
    /// A command; <c>@tenant</c> in its text is the database's tenant. The hand-written SQL names its tenant as the
    /// app's query filters do: SQLite has no row-level security, and on PostgreSQL the policy alone would leave the
    /// planner without the condition.
    /// </summary>
    public DbCommand Command(string text, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = text;
        var all = text.Contains("@tenant", StringComparison.Ordinal) ? [.. parameters, ("tenant", _tenantId)] : parameters;
        foreach (var (name, value) in all)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>A money column as EUR, whichever way the provider stores it.</summary>
    public decimal? Money(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return Provider == DatabaseProvider.Sqlite ? reader.GetInt64(ordinal) / 100m : reader.GetDecimal(ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        await _context.DisposeAsync();
    }
}
