using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Tests.Features.Tenancy;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>The sample city's fictional invoices go through the real intake: matched and booked, to review, flagged.</summary>
public class SampleInboxTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_sample_inbox_books_three_invoices_leaves_one_to_review_flags_one_and_raises_a_price_finding()
    {
        await using (var before = _db.CreateContext())
            Assert.Equal(0, await before.ReceivedInvoices.CountAsync());
        var costLinesBefore = await CountCostLinesAsync();
        var intake = new InvoiceIntakeService(_db.Factory, InvoiceTestData.User, Options.Create(new InvoiceOptions()), _db.Clock, TimeProvider.System);

        var results = await SampleInbox.ReceiveAsync(intake, _db.Factory, _db.Clock.Today);

        Assert.Equal([IntakeOutcome.Booked, IntakeOutcome.Booked, IntakeOutcome.Booked, IntakeOutcome.ToReview, IntakeOutcome.ToReview],
            results.Select(r => r.Outcome));
        await using var db = _db.CreateContext();
        var stored = await db.ReceivedInvoices.OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([ReceivedInvoiceStatus.Booked, ReceivedInvoiceStatus.Booked, ReceivedInvoiceStatus.Booked, ReceivedInvoiceStatus.ToReview, ReceivedInvoiceStatus.ToReview],
            stored.Select(i => i.Status));
        Assert.Null(stored[3].Flag);
        Assert.Contains("Produkt offen", stored[3].MatchReasons);
        Assert.NotNull(stored[4].Flag);
        Assert.Equal(stored[0].Number, stored[4].Number);
        Assert.Equal(costLinesBefore + 3, await CountCostLinesAsync());

        var jump = await db.CostLines.SingleAsync(c => c.ReceivedInvoiceId == stored[2].Id);
        var findings = new FindingsService(TestServices.Analysis(_db, InvoiceTestData.User), _db.Factory, InvoiceTestData.User);
        Assert.Contains(await findings.ListAsync(new FindingFilter { ProductId = jump.ProductId }),
            r => r.Finding.Kind == FindingKind.PriceIncrease && r.Finding.Year == 2026 && r.Finding.Subject.Id == jump.ProductId);
    }

    private async Task<int> CountCostLinesAsync()
    {
        await using var db = _db.CreateContext();
        return await db.CostLines.CountAsync();
    }
}
