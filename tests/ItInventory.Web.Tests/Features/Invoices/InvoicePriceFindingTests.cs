using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>
/// Flagged on arrival: a booked invoice whose yearly maintenance is far above last year's shows its price finding on
/// the next request of Auffälligkeiten, although the analysis was computed (and cached) just before it arrived.
/// </summary>
public class InvoicePriceFindingTests : IAsyncLifetime
{
    private InvoiceTestData _data = null!;
    private int _productId;
    private string _contractNumber = "";

    /// <summary>A one-product contract whose product has maintenance in 2025 and a plan for 2026; its vendor has the VAT id.</summary>
    public async Task InitializeAsync()
    {
        _data = await InvoiceTestData.CreateAsync();
        await using var context = _data.Db.CreateContext();
        var contract = await context.Contracts.Include(c => c.Products)
            .Where(c => c.Products.Count == 1 && c.Products.All(p => p.VendorId == c.VendorId && p.Lifecycle != LifecycleStatus.Retired)
                && context.CostLines.Any(l => l.ProductId == c.Products.First().Id && l.FiscalYear == 2025 && l.CostType == CostType.Maintenance)
                && context.CostLines.Any(l => l.ProductId == c.Products.First().Id && l.FiscalYear == 2026 && l.Kind == CostKind.Plan && l.CostType == CostType.Maintenance))
            .OrderBy(c => c.Id).FirstAsync();
        (await context.Vendors.SingleAsync(v => v.Id == _data.VendorId)).VatId = null;
        (await context.Vendors.SingleAsync(v => v.Id == contract.VendorId)).VatId = InvoiceTestData.VatId;
        await context.SaveChangesAsync();
        _productId = contract.Products[0].Id;
        _contractNumber = contract.ContractNumber;
    }

    public async Task DisposeAsync() => await _data.Db.DisposeAsync();

    private async Task<decimal> Maintenance2025Async()
    {
        await using var context = _data.Db.CreateContext();
        var lines = await context.CostLines.Where(l => l.ProductId == _productId && l.FiscalYear == 2025 && l.CostType == CostType.Maintenance).ToListAsync();
        var kind = lines.Any(l => l.Kind == CostKind.Actual) ? CostKind.Actual : CostKind.Plan;
        return lines.Where(l => l.Kind == kind).Sum(l => l.Amount);
    }

    private static bool IsPriceIncrease2026(FindingRow row, int productId) =>
        row.Finding.Kind == FindingKind.PriceIncrease && row.Finding.Subject.Id == productId && row.Finding.Year == 2026;

    [Fact]
    public async Task A_booked_invoice_far_above_last_years_cost_shows_its_price_finding_on_the_next_request()
    {
        var shared = new SharedAnalysis();
        var findings = new FindingsService(TestServices.Analysis(_data.Db, InvoiceTestData.User, shared: shared), _data.Db.Factory, InvoiceTestData.User);
        Assert.DoesNotContain(await findings.ListAsync(new FindingFilter { ProductId = _productId }), r => IsPriceIncrease2026(r, _productId));
        var net = decimal.Round(await Maintenance2025Async() * 1.5m, 2);
        var xml = SampleInvoiceXml.Write(new SampleInvoice("WA-2026-0042", new DateOnly(2026, 1, 15), "Softwarehaus", InvoiceTestData.VatId, null,
            _contractNumber, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), [new SampleInvoiceLine("Softwarepflege 2026", 1, net)]));

        var result = Assert.Single(await _data.Intake().ReceiveAsync("pflege.xml", xml));

        Assert.Equal(IntakeOutcome.Booked, result.Outcome);
        var line = Assert.Single(await _data.CostLinesOfAsync(result.InvoiceId!.Value));
        Assert.Equal((_productId, 2026, CostType.Maintenance, net * 1.19m), (line.ProductId, line.FiscalYear, line.CostType, line.Amount));
        var finding = Assert.Single(await findings.ListAsync(new FindingFilter { ProductId = _productId }), r => IsPriceIncrease2026(r, _productId));
        Assert.Contains("+78,5 %", finding.Finding.Title);
        Assert.Equal(2, shared.Computations);
        var onTheInvoice = await new InvoiceFindings(findings, _data.Db.Factory).RaisedByAsync([result.InvoiceId.Value]);
        Assert.Contains(finding.Finding.Title, onTheInvoice[result.InvoiceId.Value]);
    }
}
