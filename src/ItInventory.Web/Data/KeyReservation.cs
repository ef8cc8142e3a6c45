using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItInventory.Web.Data;

/// <summary>
/// New keys for rows written with <see cref="BulkTableWriter{T}"/>, taken in one query inside the open transaction, so
/// related rows (a product's cost lines, a contract's products) can refer to them without a round trip per row.
/// The keys are the ones the database would have given: never one a deleted row had, since the audit trail still
/// names those. On SQLite they are simply the next numbers, so the caller writes its rows before anything else in the
/// same transaction inserts into the table.
/// </summary>
public static class KeyReservation
{
    public static async Task<IReadOnlyList<int>> ReserveAsync<T>(InventoryDbContext db, int count, CancellationToken cancellationToken) where T : class
    {
        if (count == 0)
            return [];
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} gehört nicht zum Modell.");
        if (entityType.FindPrimaryKey()!.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || key.ClrType != typeof(int))
            throw new InvalidOperationException($"{typeof(T).Name} hat keinen fortlaufenden Schlüssel.");
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Schlüssel werden nur innerhalb einer Transaktion vergeben.");
        var tableName = entityType.GetTableName()!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(tableName);
        var column = sql.DelimitIdentifier(key.GetColumnName(StoreObjectIdentifier.Table(tableName, entityType.GetSchema()))!);

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        if (db.Database.IsSqlite())
        {
            // AUTOINCREMENT numbers after the highest key the table ever had (sqlite_sequence), not only the highest
            // it has now. The import's transaction is immediate (Microsoft.Data.Sqlite's default), so no other writer
            // takes these keys before the commit; the rows written with them move sqlite_sequence on by themselves.
            command.CommandText = $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = @name), 0), COALESCE((SELECT MAX({column}) FROM {table}), 0))";
            Add(command, "@name", tableName);
            var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return Enumerable.Range(last + 1, count).ToList();
        }

        // nextval is safe beside concurrent writers: each value goes to one caller, used or not.
        command.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, @column))::int FROM generate_series(1, @count)";
        Add(command, "@table", table);
        Add(command, "@column", key.GetColumnName(StoreObjectIdentifier.Table(tableName, entityType.GetSchema()))!);
        Add(command, "@count", count);
        var keys = new List<int>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            keys.Add(reader.GetInt32(0));
        return keys;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
