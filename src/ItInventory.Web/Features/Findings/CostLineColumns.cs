using System.Data.Common;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ItInventory.Web.Features.Findings;

/// <summary>
/// Reads the columns of a cost-line row that the analysis sums, straight from the data reader of a command EF wrote.
/// EF's own materializer allocated an object per row and stepped asynchronously per row: at a million lines it took
/// 2.2 s where the database needed 0.6 s to send them. The columns are found by name and read as the model stores them
/// (enums as their names, money as whole cents on SQLite); the constructor refuses a model that stores them otherwise,
/// so a changed mapping fails loudly instead of being misread.
/// </summary>
internal sealed class CostLineColumns
{
    private readonly int _product, _contract, _year, _type, _kind, _amount, _quantity;
    private readonly bool _amountInCents;

    public CostLineColumns(InventoryDbContext db, DbDataReader reader)
    {
        var entity = db.Model.FindEntityType(typeof(CostLine))!;
        int Ordinal(string property) => reader.GetOrdinal(entity.FindProperty(property)!.GetColumnName());
        (_product, _contract, _year, _type, _kind, _amount, _quantity) = (Ordinal(nameof(CostLine.ProductId)), Ordinal(nameof(CostLine.ContractId)),
            Ordinal(nameof(CostLine.FiscalYear)), Ordinal(nameof(CostLine.CostType)), Ordinal(nameof(CostLine.Kind)), Ordinal(nameof(CostLine.Amount)),
            Ordinal(nameof(CostLine.Quantity)));
        foreach (var name in new[] { nameof(CostLine.CostType), nameof(CostLine.Kind) })
        {
            if (entity.FindProperty(name)!.GetTypeMapping().Converter is not { ProviderClrType: var stored } || stored != typeof(string))
                throw new InvalidOperationException($"CostLine.{name} wird nicht als Name gespeichert; {nameof(CostLineColumns)} liest ihn so.");
        }

        _amountInCents = entity.FindProperty(nameof(CostLine.Amount))!.GetTypeMapping().Converter switch
        {
            null => false,
            CentsConverter => true,
            ValueConverter other => throw new InvalidOperationException($"CostLine.Amount wird mit {other.GetType().Name} gespeichert; {nameof(CostLineColumns)} kennt nur Dezimalzahl oder Cent."),
        };
    }

    public (int ProductId, int? ContractId, int Year, CostType Type, CostKind Kind) KeyOf(DbDataReader reader) =>
        (reader.GetInt32(_product), reader.IsDBNull(_contract) ? null : reader.GetInt32(_contract), reader.GetInt32(_year),
            Enum.Parse<CostType>(reader.GetString(_type)), Enum.Parse<CostKind>(reader.GetString(_kind)));

    public decimal Amount(DbDataReader reader) => _amountInCents ? CentsConverter.FromCents(reader.GetInt64(_amount)) : reader.GetDecimal(_amount);

    public int? Quantity(DbDataReader reader) => reader.IsDBNull(_quantity) ? null : reader.GetInt32(_quantity);
}
