using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>
/// The user's confirmation that a final invoice (with prepaid amounts, BT-113) settles this prepayment invoice: the
/// prepayment's cost lines are reversed under the final invoice, so the costs count once. One row per settled invoice;
/// cancelling the final invoice removes its rows and its reversals, and the prepayment counts again.
/// </summary>
public class PrepaymentSettlement : Entity, ITenantOwned
{
    public int TenantId { get; set; }
    public int FinalInvoiceId { get; set; }
    public int PrepaymentInvoiceId { get; set; }
}
