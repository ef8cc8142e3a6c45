using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>One amount of money for a product in a fiscal year, planned or actually paid.</summary>
public class CostLine : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int? ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int FiscalYear { get; set; }
    public CostType CostType { get; set; }
    public CostKind Kind { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Licences or users billed, when the invoice states it; separates volume from price changes.</summary>
    public int? Quantity { get; set; }
    public string? InvoiceReference { get; set; }
    public string? Note { get; set; }
    /// <summary>The received e-invoice this actual was booked from; its cancellation removes the line.</summary>
    public int? ReceivedInvoiceId { get; set; }

    public BudgetTreatment BudgetTreatment => CostTypes.TreatmentOf(CostType);
}
