using ItInventory.Core.Analysis;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Findings;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// The price findings a booked invoice raised: those of the products and fiscal years its cost lines went to, taken
/// from the shared analysis (the same findings Auffälligkeiten shows), so the invoice list names them on its row.
/// </summary>
public sealed class InvoiceFindings(FindingsService findings, IDbContextFactory<InventoryDbContext> contextFactory)
{
    private static readonly FindingKind[] PriceKinds = [FindingKind.PriceIncrease, FindingKind.CumulativePriceIncrease, FindingKind.ClauseBreach];

    /// <summary>Per invoice id, the titles of its price findings; invoices without any are left out.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> RaisedByAsync(IReadOnlyCollection<int> invoiceIds,
        CancellationToken cancellationToken = default)
    {
        if (invoiceIds.Count == 0) return new Dictionary<int, IReadOnlyList<string>>();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booked = await db.CostLines.AsNoTracking()
            .Where(c => c.ReceivedInvoiceId != null && invoiceIds.Contains(c.ReceivedInvoiceId.Value))
            .Select(c => new { InvoiceId = c.ReceivedInvoiceId!.Value, c.ProductId, c.FiscalYear })
            .Distinct().ToListAsync(cancellationToken);
        if (booked.Count == 0) return new Dictionary<int, IReadOnlyList<string>>();

        var byProductYear = (await findings.ListAsync(new FindingFilter(), cancellationToken))
            .Where(r => PriceKinds.Contains(r.Finding.Kind) && r.Finding.Subject.Kind == SubjectKind.Product && r.Finding.Year is not null)
            .ToLookup(r => (r.Finding.Subject.Id, Year: r.Finding.Year!.Value), r => r.Finding.Title);
        return booked
            .GroupBy(b => b.InvoiceId)
            .Select(g => (g.Key, Titles: g.SelectMany(b => byProductYear[(b.ProductId, b.FiscalYear)]).Distinct().ToList()))
            .Where(x => x.Titles.Count > 0)
            .ToDictionary(x => x.Key, x => (IReadOnlyList<string>)x.Titles);
    }
}
