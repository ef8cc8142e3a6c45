using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// The sample city's filled inbox: fictional XRechnung invoices of its own vendors for its own maintenance contracts,
/// received through the real intake right after the sample city is loaded. Three are matched and booked (one of them
/// 35 % above last year, so its price finding shows at once), one waits in "zu prüfen" (a vendor's extra work on a
/// contract of several products), and one is flagged (the number of a booked invoice with other content).
/// </summary>
public static class SampleInbox
{
    public const decimal JumpFactor = 1.35m;

    public static async Task<IReadOnlyList<IntakeResult>> ReceiveAsync(InvoiceIntakeService intake,
        IDbContextFactory<InventoryDbContext> contextFactory, DateOnly today, CancellationToken cancellationToken = default)
    {
        var files = await FilesAsync(contextFactory, today, cancellationToken);
        return files.Count == 0 ? [] : await intake.ReceiveAsync(files, cancellationToken);
    }

    public static async Task<IReadOnlyList<InvoiceFile>> FilesAsync(IDbContextFactory<InventoryDbContext> contextFactory,
        DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = today.Year;
        var candidates = await InvoiceCandidates.LoadAsync(db, new DateOnly(year, 1, 1), cancellationToken);
        var vendors = candidates.Match.Vendors;
        var lastYear = YearCostRule.CountingLines(await db.CostLines.AsNoTracking()
                .Where(c => c.FiscalYear == year - 1 && c.CostType == CostType.Maintenance).ToListAsync(cancellationToken))
            .GroupBy(c => c.ProductId).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var uniqueName = vendors.GroupBy(v => v.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1).ToDictionary(g => g.First().Id, g => g.First().Name.Trim());
        var booked = candidates.Match.Contracts
            .Where(c => c.Running && c.Type == EvbItType.PflegeS && c.ProductIds.Count == 1
                        && lastYear.GetValueOrDefault(c.ProductIds[0]) > 0m && uniqueName.ContainsKey(c.VendorId))
            .DistinctBy(c => c.VendorId).Take(3).ToList();
        var review = candidates.Match.Contracts
            .FirstOrDefault(c => c.Running && c.ProductIds.Count >= 2 && uniqueName.ContainsKey(c.VendorId));

        var files = new List<InvoiceFile>();
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        for (var i = 0; i < booked.Count; i++)
        {
            var contract = booked[i];
            var factor = i == booked.Count - 1 ? JumpFactor : 1.02m;
            var net = decimal.Round(lastYear[contract.ProductIds[0]] / 1.19m * factor, 2);
            files.Add(File(new SampleInvoice($"PF-{year}-{contract.Id:0000}", new DateOnly(year, 1, 10 + i), uniqueName[contract.VendorId],
                null, null, contract.Number, start, end, [new SampleInvoiceLine($"Softwarepflege {year} laut Vertrag {contract.Number}", 1, net)])));
        }

        if (review is not null)
            files.Add(File(new SampleInvoice($"ZL-{year}-{review.Id:0000}", new DateOnly(year, 9, 30), uniqueName[review.VendorId],
                null, null, null, new DateOnly(year, 7, 1), new DateOnly(year, 9, 30),
                [new SampleInvoiceLine("Zusatzarbeiten Schnittstelle, 3. Quartal", 12, 1_140m)])));

        if (booked.Count > 0)
        {
            var first = booked[0];
            files.Add(File(new SampleInvoice($"PF-{year}-{first.Id:0000}", new DateOnly(year, 2, 3), uniqueName[first.VendorId],
                null, null, first.Number, start, end, [new SampleInvoiceLine($"Softwarepflege {year}, Nachberechnung", 1, 480m)])));
        }

        return files;
    }

    private static InvoiceFile File(SampleInvoice invoice) =>
        new($"{invoice.Number}-{invoice.IssueDate:MMdd}.xml", SampleInvoiceXml.Write(invoice), null);
}
