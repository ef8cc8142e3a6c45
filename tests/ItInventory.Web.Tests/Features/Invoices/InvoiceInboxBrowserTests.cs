using System.IO.Compression;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>
/// Rechnungseingang in the browser: a zip of two invoices, one booked at once and one assigned from the review list,
/// whose cost appears on the product page and whose price jump appears in Auffälligkeiten.
/// </summary>
public class InvoiceInboxBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private sealed record Target(int ProductId, string ProductName, int VendorId, string VendorName, string ContractNumber, decimal LastYear);

    /// <summary>Products of one-product maintenance contracts with maintenance in 2025 and a vendor of a unique name.</summary>
    private async Task<List<Target>> TargetsAsync()
    {
        await using var db = browser.App.CreateContext();
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Products).Include(c => c.Vendor)
            .Where(c => c.EvbItType == EvbItType.PflegeS && c.EndedOn == null && c.Products.Count == 1)
            .OrderBy(c => c.Id).ToListAsync();
        var names = await db.Vendors.GroupBy(v => v.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var targets = new List<Target>();
        foreach (var contract in contracts.Where(c => names.Contains(c.Vendor!.Name)).DistinctBy(c => c.VendorId))
        {
            var product = contract.Products[0];
            var lines = await db.CostLines.Where(l => l.ProductId == product.Id && l.FiscalYear == 2025 && l.CostType == CostType.Maintenance).ToListAsync();
            var kind = lines.Any(l => l.Kind == CostKind.Actual) ? CostKind.Actual : CostKind.Plan;
            var amount = lines.Where(l => l.Kind == kind).Sum(l => l.Amount);
            if (amount > 0m && product.Lifecycle != LifecycleStatus.Retired)
                targets.Add(new Target(product.Id, product.Name, contract.VendorId, contract.Vendor!.Name, contract.ContractNumber, amount));
        }

        return targets;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }

        return buffer.ToArray();
    }

    [Fact]
    public async Task A_zip_of_two_invoices_books_one_and_the_assigned_one_shows_its_cost_and_price_finding()
    {
        var targets = await TargetsAsync();
        var (matched, assigned) = (targets[0], targets[1]);
        var year = new DateOnly(2026, 1, 1);
        var end = new DateOnly(2026, 12, 31);
        var first = SampleInvoiceXml.Write(new SampleInvoice("BT-2026-0001", new DateOnly(2026, 1, 12), matched.VendorName, null, null,
            matched.ContractNumber, year, end, [new SampleInvoiceLine("Softwarepflege 2026", 1, decimal.Round(matched.LastYear / 1.19m, 2))]));
        var net = decimal.Round(assigned.LastYear * 1.5m, 2);
        var second = SampleInvoiceXml.Write(new SampleInvoice("BT-2026-0002", new DateOnly(2026, 1, 14), "Unbekannte Pflege GmbH", null, null,
            null, year, end, [new SampleInvoiceLine("Jahrespflege 2026", 1, net)]));
        var page = await browser.NewPageAsync("it-leitung");

        await page.GotoAsync("/rechnungseingang");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.WaitForFileInputAsync(page, "#invoice-files");
        await page.Locator("#invoice-files").SetInputFilesAsync(new FilePayload
        {
            Name = "rechnungen.zip", MimeType = "application/zip", Buffer = Zip(("eins.xml", first), ("zwei.xml", second)),
        });

        var results = page.GetByTestId("invoice-results");
        await Assertions.Expect(results.Locator("tr[data-outcome='Booked']")).ToHaveCountAsync(1);
        await Assertions.Expect(results.Locator("tr[data-outcome='ToReview']")).ToHaveCountAsync(1);
        var row = page.GetByTestId("invoice-table").Locator("tr[data-status='ToReview']", new() { HasText = "BT-2026-0002" });
        await row.GetByTestId("invoice-assign").ClickAsync();
        var form = page.GetByTestId("invoice-assign-form");
        await form.GetByLabel("Produkt").First.FillAsync(assigned.ProductName);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = assigned.ProductName }).First.ClickAsync();
        await form.GetByTestId("invoice-book").ClickAsync();
        var bookedRow = page.GetByTestId("invoice-table").Locator("tr[data-status='Booked']", new() { HasText = "BT-2026-0002" });
        await Assertions.Expect(bookedRow.GetByTestId("invoice-findings")).ToContainTextAsync($"{assigned.ProductName}: Pflege 2026 +78,5 %");

        await page.GotoAsync($"/produkte/{assigned.ProductId}");
        var costLine = page.GetByTestId("cost-lines").Locator("tr", new() { HasText = "BT-2026-0002" });
        await Assertions.Expect(costLine).ToContainTextAsync(Core.Formatting.Formats.EuroCents(net * 1.19m));

        await page.GotoAsync($"/auffaelligkeiten?anbieter={assigned.VendorId}");
        await Assertions.Expect(page.GetByText($"{assigned.ProductName}: Pflege 2026 +78,5 %").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "rechnungseingang-auffaelligkeit.png"), FullPage = true });
    }
}
