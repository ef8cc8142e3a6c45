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

    private HandWrittenSql(InventoryDbContext context, DatabaseProvider provider)
    {
        _context = context;
        _connection = context.Database.GetDbConnection();
        Provider = provider;
    }

    public DatabaseProvider Provider { get; }

    public static async Task<HandWrittenSql> OpenAsync(BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        var context = await database.Factory.CreateDbContextAsync(cancellationToken);
        var sql = new HandWrittenSql(context, database.Provider);
        // Opened by EF, so that on PostgreSQL the connection carries the tenant (row-level security): the
        // hand-written SQL reads the same tenant's rows as the app, and nothing else.
        await context.Database.OpenConnectionAsync(cancellationToken);
        return sql;
    }

    public DbCommand Command(string text, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
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
