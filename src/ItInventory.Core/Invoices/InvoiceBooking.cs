using ItInventory.Core.Domain;

namespace ItInventory.Core.Invoices;

/// <summary>
/// Where one invoice line is booked: product, contract, cost type, and the share of its VAT the city may deduct
/// (0 for the core administration; a Betrieb gewerblicher Art or a § 2b UStG activity deducts pro rata).
/// </summary>
public sealed record LineAssignment(int ProductId, int? ContractId, CostType CostType, decimal DeductibleShare = 0m);

/// <summary>One actual cost line the booking writes (kind Ist), before it is stored.</summary>
public sealed record PlannedCostLine(
    int ProductId, int? ContractId, int FiscalYear, CostType CostType, decimal Amount, int? Quantity,
    string InvoiceReference, string Note);

/// <summary>
/// Turns an accepted invoice into actual cost lines. The cost is the gross (BT-112, even when prepayments reduce
/// what is payable) less only the deductible part of the VAT. Net and VAT are spread over the lines by their net
/// amounts (document allowances and charges included that way), then each line over the fiscal years of its period.
/// Lines of the same product, contract, cost type and year become one cost line.
/// </summary>
public static class InvoiceBooking
{
    public static IReadOnlyList<PlannedCostLine> Plan(EInvoice invoice, IReadOnlyList<LineAssignment> assignments)
    {
        if (assignments.Count != invoice.Lines.Count)
            throw new ArgumentException("Jede Rechnungsposition braucht genau eine Zuordnung.", nameof(assignments));
        foreach (var share in assignments.Select(a => a.DeductibleShare))
            if (share is < 0m or > 1m)
                throw new ArgumentOutOfRangeException(nameof(assignments), "Der abziehbare Anteil liegt zwischen 0 und 1.");

        var weights = invoice.Lines.Select(line => line.NetAmount).ToList();
        var nets = CentAllocation.Allocate(invoice.Totals.Net, weights);
        var vats = CentAllocation.Allocate(invoice.Totals.Vat, weights);
        var parts = new List<(LineAssignment Assignment, YearShare Share, int? Quantity)>();
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            var line = invoice.Lines[i];
            var assignment = assignments[i];
            var cost = nets[i] + vats[i] - decimal.Round(vats[i] * assignment.DeductibleShare, 2, MidpointRounding.AwayFromZero);
            foreach (var share in FiscalYearSplit.Split(cost, FiscalYearSplit.PeriodOf(line, invoice), invoice.IssueDate))
                parts.Add((assignment, share, WholeQuantity(line.Quantity)));
        }

        var reference = invoice.Number;
        return parts
            .GroupBy(p => (p.Assignment.ProductId, p.Assignment.ContractId, p.Assignment.CostType, p.Share.Year))
            .Select(g => new PlannedCostLine(
                g.Key.ProductId, g.Key.ContractId, g.Key.Year, g.Key.CostType, g.Sum(p => p.Share.Amount),
                QuantityOf(g.Select(p => p.Quantity).ToList()), reference,
                $"{InvoiceTypeCodes.Label(invoice.TypeCode)} {reference} vom {Formatting.Formats.Date(invoice.IssueDate)}"))
            .OrderBy(l => l.FiscalYear).ThenBy(l => l.ProductId).ThenBy(l => l.CostType)
            .ToList();
    }

    /// <summary>The year the invoice is paid in (payment view, Finanzrechnung): the year of its issue date.</summary>
    public static int PaymentYear(EInvoice invoice) => invoice.IssueDate.Year;

    /// <summary>Licences or users are whole numbers; a quantity of hours (1,5) is not a count and is not kept.</summary>
    private static int? WholeQuantity(decimal? quantity) =>
        quantity is { } q && q > 0m && q == decimal.Truncate(q) && q <= int.MaxValue ? (int)q : null;

    /// <summary>Several lines in one cost line keep a quantity only if all have one (then their sum).</summary>
    private static int? QuantityOf(IReadOnlyList<int?> quantities)
    {
        if (quantities.Any(q => q is null)) return null;
        var sum = quantities.Sum(q => (long)q!.Value);
        return sum <= int.MaxValue ? (int)sum : null;
    }
}
