using System.Data.Common;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ItInventory.Web.Data;

/// <summary>
/// Writes many rows of one table through the context's connection and transaction, bypassing change tracking:
/// on SQLite with one prepared INSERT reused for every row, on PostgreSQL with binary COPY. Columns, value converters
/// (enum names, SQLite cents) and parameter types come from the EF model, so the rows are exactly what EF itself would
/// write. Keys are written as given (reserve them with <see cref="KeyReservation"/>), or left to the database where
/// nobody needs to know them. Used by the large-instance generator and by the Excel import: EF's SaveChanges (one
/// command, tracking and fix-up per entity; SQLite gets no batching, PostgreSQL one round trip per few rows) took
/// more than ten times as long as reading the import's file.
/// </summary>
internal sealed class BulkTableWriter<T> : IAsyncDisposable where T : class
{
    private readonly InventoryDbContext _db;
    private readonly IReadOnlyList<Column> _columns;
    private readonly string _table;
    private readonly string _tableName;
    private readonly string _columnList;
    private string? _staging;
    private readonly bool _analysisData;
    private DbCommand? _insert;
    private NpgsqlBinaryImporter? _copy;
    private NpgsqlDbType[]? _copyTypes;

    private BulkTableWriter(InventoryDbContext db, IEntityType entityType, bool keysFromDatabase)
    {
        _db = db;
        _analysisData = entityType.ClrType.Namespace == typeof(Core.Domain.Product).Namespace || entityType.HasSharedClrType;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var generatedKey = keysFromDatabase && entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
        _columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && p != generatedKey)
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        _tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        _columnList = string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)));
        _table = $"{_tableName} ({_columnList})";
    }

    public long RowsWritten { get; private set; }

    /// <summary>For an entity class, or with <paramref name="entityTypeName"/> for a shared join table (rows are dictionaries).</summary>
    /// <param name="keysFromDatabase">Leave a store-generated key out, so the database numbers the rows (the entities' own key stays 0).</param>
    public static BulkTableWriter<T> For(InventoryDbContext db, string? entityTypeName = null, bool keysFromDatabase = false)
    {
        var entityType = entityTypeName is null ? db.Model.FindEntityType(typeof(T)) : db.Model.FindEntityType(entityTypeName);
        return new BulkTableWriter<T>(db, entityType ?? throw new InvalidOperationException($"{entityTypeName ?? typeof(T).Name} gehört nicht zum Modell."), keysFromDatabase);
    }

    public async Task WriteAsync(T row, CancellationToken cancellationToken = default)
    {
        if (row is ITenantOwned owned)
        {
            TenantStamp.Stamp(owned, _db.CurrentTenantId);
        }

        if (_db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await CopyAsync(connection, row, cancellationToken);
        }
        else
        {
            await InsertAsync(row, cancellationToken);
        }

        RowsWritten++;
    }

    public async Task WriteAllAsync(IEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            await WriteAsync(row, cancellationToken);
        }

        await FlushAsync(cancellationToken);
    }

    /// <summary>Ends a COPY and moves its rows into the table; the connection is free for other commands afterwards.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync(cancellationToken);
            await _copy.DisposeAsync();
            _copy = null;
            var move = $"INSERT INTO {_table} SELECT {_columnList} FROM {_staging}; DROP TABLE {_staging};";
            await _db.Database.ExecuteSqlRawAsync(move, cancellationToken);
            _staging = null;
        }
    }

    /// <summary>
    /// SQLite has no round trip to save and looks parameters up by name with a linear scan, so one small prepared
    /// statement per row is its fastest path inside a transaction.
    /// </summary>
    private async Task InsertAsync(T row, CancellationToken cancellationToken)
    {
        if (_insert is null)
        {
            _insert = _db.Database.GetDbConnection().CreateCommand();
            _insert.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            _insert.CommandText = $"INSERT INTO {_table} VALUES ({string.Join(", ", _columns.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < _columns.Count; i++)
            {
                _insert.Parameters.Add(_columns[i].Mapping.CreateParameter(_insert, $"p{i}", null, nullable: true));
            }

            await _insert.PrepareAsync(cancellationToken);
        }

        for (var i = 0; i < _columns.Count; i++)
        {
            _insert.Parameters[i].Value = _columns[i].ProviderValue(row) ?? DBNull.Value;
        }

        await _insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task CopyAsync(NpgsqlConnection connection, T row, CancellationToken cancellationToken)
    {
        if (_copy is null)
        {
            // The EF type mapping configures an NpgsqlParameter with the column's exact type; COPY needs the same.
            using var probe = connection.CreateCommand();
            _copyTypes = _columns.Select(c => ((NpgsqlParameter)c.Mapping.CreateParameter(probe, "p", null, nullable: true)).NpgsqlDbType).ToArray();
            // PostgreSQL refuses COPY into a table under row-level security: the rows go into a temporary table of
            // the same columns first, and from there by one INSERT ... SELECT, which the policies check.
            _staging = $"\"bulk_{Guid.NewGuid():N}\"";
            var create = $"CREATE TEMP TABLE {_staging} AS SELECT {_columnList} FROM {_tableName} WITH NO DATA";
            await _db.Database.ExecuteSqlRawAsync(create, cancellationToken);
            _copy = await connection.BeginBinaryImportAsync($"COPY {_staging} ({_columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        }

        await _copy.StartRowAsync(cancellationToken);
        for (var i = 0; i < _columns.Count; i++)
        {
            var value = _columns[i].ProviderValue(row);
            if (value is null)
            {
                await _copy.WriteNullAsync(cancellationToken);
            }
            else
            {
                await WriteValueAsync(_copy, value, _copyTypes![i], cancellationToken);
            }
        }
    }

    /// <summary>Typed writes: writing through <c>object</c> makes Npgsql resolve the converter for every value.</summary>
    private static Task WriteValueAsync(NpgsqlBinaryImporter copy, object value, NpgsqlDbType type, CancellationToken cancellationToken) => value switch
    {
        int number => copy.WriteAsync(number, type, cancellationToken),
        long number => copy.WriteAsync(number, type, cancellationToken),
        decimal amount => copy.WriteAsync(amount, type, cancellationToken),
        string text => copy.WriteAsync(text, type, cancellationToken),
        bool flag => copy.WriteAsync(flag, type, cancellationToken),
        Guid id => copy.WriteAsync(id, type, cancellationToken),
        DateOnly date => copy.WriteAsync(date, type, cancellationToken),
        DateTime time => copy.WriteAsync(time, type, cancellationToken),
        _ => copy.WriteAsync(value, type, cancellationToken),
    };

    public async ValueTask DisposeAsync()
    {
        if (RowsWritten > 0 && _analysisData)
        {
            // The rows bypass SaveChanges, so the analysis data version is raised here (with the commit, if any).
            await _db.NoteAnalysisDataWrittenAsync();
        }

        if (_insert is not null)
        {
            await _insert.DisposeAsync();
        }

        if (_copy is not null)
        {
            // Not completed: disposing cancels the COPY, and the transaction rolls the rows back.
            await _copy.DisposeAsync();
        }
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object row)
        {
            var value = Getter.GetClrValue(row);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
