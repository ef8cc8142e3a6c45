using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Costs;

/// <summary>What the cost-line form edits; <see cref="Version"/> is the version the user loaded.</summary>
public sealed class CostLineInput
{
    public Guid Version { get; set; }
    public int? ProductId { get; set; }
    public int? ContractId { get; set; }
    public int? FiscalYear { get; set; }
    public CostType CostType { get; set; } = CostType.Maintenance;
    public CostKind Kind { get; set; } = CostKind.Plan;
    public decimal? Amount { get; set; }
    public int? Quantity { get; set; }
    public string? InvoiceReference { get; set; }
    public string? Note { get; set; }

    public static CostLineInput From(CostLine line) => new()
    {
        Version = line.Version,
        ProductId = line.ProductId,
        ContractId = line.ContractId,
        FiscalYear = line.FiscalYear,
        CostType = line.CostType,
        Kind = line.Kind,
        Amount = line.Amount,
        Quantity = line.Quantity,
        InvoiceReference = line.InvoiceReference,
        Note = line.Note,
    };

    public void ApplyTo(CostLine line)
    {
        line.ProductId = ProductId!.Value;
        line.ContractId = ContractId;
        line.FiscalYear = FiscalYear!.Value;
        line.CostType = CostType;
        line.Kind = Kind;
        line.Amount = Amount!.Value;
        line.Quantity = Quantity;
        line.InvoiceReference = string.IsNullOrWhiteSpace(InvoiceReference) ? null : InvoiceReference.Trim();
        line.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
