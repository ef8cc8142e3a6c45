using System.Data.Common;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Inserts new rows with one reused, prepared INSERT command per table, inside the context's open transaction.
/// EF's SaveChanges (one command, tracking and fix-up per entity; SQLite gets no batching) made 10,000 imported
/// products with their costs and contracts take more than ten times as long as reading the file. Table names,
/// column names and value conversions (enums as text, money as cents, Guids) come from EF's own model, so the
/// rows are exactly what EF would write.
/// </summary>
internal sealed class ImportBulkInserter(InventoryDbContext db) : IDisposable
{
    private readonly Dictionary<IEntityType, TableInsert> _tables = [];
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>Inserts the entity and, for a store-generated key, writes the new key back into it.</summary>
    public void Insert<T>(T entity) where T : class
    {
        var table = TableFor(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} ist kein Teil des Modells."));
        var values = table.Columns.Select(p => p.GetGetter().GetClrValue(entity)).ToArray();
        var key = table.Execute(values);
        if (table.GeneratedKey is { PropertyInfo: { } keyProperty } && key is not null)
        {
            keyProperty.SetValue(entity, Convert.ChangeType(key, keyProperty.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Links a product to a contract in the many-to-many join table.</summary>
    public void Link(Contract contract, Product product)
    {
        var skip = db.Model.FindEntityType(typeof(Product))!.FindSkipNavigation(nameof(Product.Contracts))!;
        var toProduct = skip.ForeignKey.Properties.Single();
        var toContract = skip.Inverse!.ForeignKey.Properties.Single();
        var table = TableFor(skip.JoinEntityType);
        table.Execute(table.Columns.Select(c => c == toProduct ? (object?)product.Id : c == toContract ? contract.Id : throw new InvalidOperationException($"Unerwartete Spalte {c.Name}.")).ToArray());
    }

    private TableInsert TableFor(IEntityType entityType)
    {
        if (_tables.TryGetValue(entityType, out var table))
        {
            return table;
        }

        var tableName = entityType.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var generatedKey = entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
        var columns = entityType.GetProperties().Where(p => p != generatedKey).ToArray();
        if (columns.FirstOrDefault(p => p.IsShadowProperty() && !entityType.IsPropertyBag) is { } shadow)
        {
            throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} ist eine Schattenspalte; der Import kann sie nicht füllen.");
        }

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Der Import schreibt nur innerhalb einer Transaktion.");
        var names = string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.GetColumnName(storeObject)!)));
        var parameters = string.Join(", ", columns.Select((_, i) => "@p" + i));
        command.CommandText = $"INSERT INTO {_sql.DelimitIdentifier(tableName)} ({names}) VALUES ({parameters})"
                              + (generatedKey is null ? ";" : $" RETURNING {_sql.DelimitIdentifier(generatedKey.GetColumnName(storeObject)!)};");
        table = new TableInsert(command, columns, generatedKey);
        _tables[entityType] = table;
        return table;
    }

    public void Dispose()
    {
        foreach (var table in _tables.Values)
        {
            table.Command.Dispose();
        }
    }

    /// <summary>One prepared INSERT; the first row creates the parameters, later rows only exchange their values.</summary>
    private sealed class TableInsert(DbCommand command, IProperty[] columns, IProperty? generatedKey)
    {
        private readonly RelationalTypeMapping[] _mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();

        public DbCommand Command { get; } = command;
        public IProperty[] Columns { get; } = columns;
        public IProperty? GeneratedKey { get; } = generatedKey;

        public object? Execute(object?[] values)
        {
            if (Command.Parameters.Count == 0)
            {
                // The type mapping creates each parameter as SaveChanges would (converter, SQLite type); later rows
                // only exchange the values, so the prepared statement is reused.
                for (var i = 0; i < values.Length; i++)
                {
                    Command.Parameters.Add(_mappings[i].CreateParameter(Command, "@p" + i, values[i], Columns[i].IsNullable));
                }
            }
            else
            {
                for (var i = 0; i < values.Length; i++)
                {
                    var value = values[i] is { } clr && _mappings[i].Converter is { } converter ? converter.ConvertToProvider(clr) : values[i];
                    Command.Parameters[i].Value = value ?? DBNull.Value;
                }
            }

            return GeneratedKey is null ? Command.ExecuteNonQuery() : Command.ExecuteScalar();
        }
    }
}
