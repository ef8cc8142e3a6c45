using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Actions;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Actions;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Actions;

/// <summary>"Handlungsbedarf" over the sample city: marks shrink the list for the tenant, are audited, refuse bad input
/// whole, and never reach another tenant.</summary>
public sealed class ActionListServiceTests : TwoTenantsDatabase
{
    private static readonly ICurrentUser ItHead = FixedCurrentUser.WithRoles("i.leitung", Roles.ItLeitung);
    private static readonly ICurrentUser Council = FixedCurrentUser.WithRoles("rat", Roles.Rat);

    private sealed class TenantFactory(TestDatabase db, int tenantId) : IDbContextFactory<InventoryDbContext>
    {
        public InventoryDbContext CreateDbContext() => db.CreateContext(tenantId);
    }

    private ActionListService ServiceFor(ICurrentUser user, int tenantId = 1)
    {
        IDbContextFactory<InventoryDbContext> factory = tenantId == 1 ? Db.Factory : new TenantFactory(Db, tenantId);
        var settings = new AnalysisSettingsService(factory, new StaticOptionsMonitor<AnalysisOptions>(new AnalysisOptions()), user);
        var analysis = new AnalysisService(factory, settings, Db.Clock, user, new SharedAnalysis());
        return new ActionListService(analysis, settings, factory, user, new ItInventory.Web.Features.Import.ImportRuns(factory, user, TimeProvider.System), Db.Clock);
    }

    private async Task<int> MarksAsync(int tenantId)
    {
        await using var db = ContextOf(tenantId);
        return await db.ActionMarks.CountAsync();
    }

    [Fact]
    public async Task The_sample_city_lists_overdue_decisions_first_and_findings_above_the_minimum_once_per_cause()
    {
        var view = await ServiceFor(ItHead).GetAsync();

        Assert.True(view.CountOf(ActionUrgency.Overdue) > 0, "Die Musterstadt hat überfällige Entscheidungen.");
        Assert.Equal(ActionUrgency.Overdue, view.Open[0].Item.Urgency);
        Assert.StartsWith("/vertraege/", view.Open[0].Link);
        var findings = view.Open.Where(r => r.Item.Urgency == ActionUrgency.Finding).Select(r => r.Item).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.ImpactEuro is null or >= 100m, f.Title));
        Assert.Equal(findings.Count, findings.Select(f => f.Key).Distinct().Count());
    }

    /// <summary>Received e-invoices waiting to be booked are work too; only the tenant's own count, for those who may book.</summary>
    [Fact]
    public async Task Invoices_waiting_for_review_are_counted_for_the_tenant_that_received_them()
    {
        var before = (await ServiceFor(ItHead).GetAsync()).InvoicesToReview!.Value;
        foreach (var (tenant, status) in new[] { (1, ReceivedInvoiceStatus.ToReview), (1, ReceivedInvoiceStatus.Booked), (Second.TenantId, ReceivedInvoiceStatus.ToReview) })
        {
            await using var db = ContextOf(tenant);
            db.ReceivedInvoices.Add(new ReceivedInvoice
            {
                FileName = "rechnung.xml", Sha256 = Guid.NewGuid().ToString("N"), ReceivedAtUtc = DateTime.UtcNow, RetainUntil = new DateOnly(2036, 12, 31),
                Number = $"R-{Guid.NewGuid():N}", IssueDate = new DateOnly(2026, 11, 1), SellerName = "Beispiel GmbH", Net = 100m, Gross = 119m, Vat = 19m,
                Payable = 119m, PaymentYear = 2026, Status = status,
            });
            await db.SaveChangesAsync();
        }

        var view = await ServiceFor(ItHead).GetAsync();

        Assert.Equal(before + 1, view.InvoicesToReview);
        Assert.Contains($"{before + 1} Rechnung", view.Describe());
    }

    /// <summary>Imports that left rows behind are listed for who may import, the tenant's own only.</summary>
    [Fact]
    public async Task Imports_with_problems_are_listed_for_who_may_import_in_their_own_tenant()
    {
        var admin = FixedCurrentUser.WithRoles("admin", Roles.Administrator);
        foreach (var (tenant, file, resolved) in new[] { (1, "offen.xlsx", false), (1, "erledigt.xlsx", true), (Second.TenantId, "fremd.xlsx", false) })
        {
            await using var db = ContextOf(tenant);
            db.ImportRuns.Add(new ItInventory.Web.Data.Entities.ImportRun
            {
                FileName = file, ImportedBy = "admin", ImportedAt = DateTimeOffset.UtcNow, Created = 4, Errors = 2, Flagged = 1,
                Report = [1], ReportFileName = "Importbericht.xlsx", ResolvedAt = resolved ? DateTimeOffset.UtcNow : null,
            });
            await db.SaveChangesAsync();
        }

        var view = await ServiceFor(admin).GetAsync();

        var run = Assert.Single(view.ImportsWithProblems);
        Assert.Equal(("offen.xlsx", "2 Zeilen nicht übernommen (Fehler), 1 zur Prüfung markiert"), (run.FileName, run.Problems));
        Assert.Contains("1 Import mit Problemen", view.Describe());
        Assert.Empty((await ServiceFor(ItHead).GetAsync()).ImportsWithProblems);
    }

    [Fact]
    public async Task Done_takes_an_item_off_for_the_tenant_is_audited_and_can_be_undone()
    {
        var service = ServiceFor(ItHead);
        var item = (await service.GetAsync()).Open[0].Item;

        await service.MarkAsync(item, done: true, postponedUntil: null, reason: "Kündigung am 01.12. versandt");

        var view = await service.GetAsync();
        Assert.DoesNotContain(view.Open, r => r.Item.Key == item.Key);
        var marked = Assert.Single(view.Marked);
        Assert.Equal(("Kündigung am 01.12. versandt", "i.leitung", true), (marked.Reason, marked.MarkedBy, marked.Done));
        await using (var db = ContextOf(1))
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ItInventory.Web.Data.Entities.ActionMark)));
        }

        await service.ReopenAsync(item.Key);
        Assert.Contains((await service.GetAsync()).Open, r => r.Item.Key == item.Key);
    }

    [Fact]
    public async Task A_postponed_item_returns_on_its_day()
    {
        var service = ServiceFor(ItHead);
        var item = (await service.GetAsync()).Open[0].Item;
        await service.MarkAsync(item, done: false, postponedUntil: Db.Clock.Today.AddDays(1), reason: "Rückmeldung des Anbieters abwarten");

        Assert.DoesNotContain((await service.GetAsync()).Open, r => r.Item.Key == item.Key);
        var state = new ActionMarkState(false, Db.Clock.Today.AddDays(1));
        Assert.False(state.Hides(Db.Clock.Today.AddDays(1)));
    }

    [Theory]
    [InlineData(true, null, "")]
    [InlineData(false, null, "Grund")]
    [InlineData(false, 0, "Grund")]
    [InlineData(false, 40000, "Grund")]
    [InlineData(true, null, "mit\0Nullzeichen")]
    public async Task Bad_input_is_refused_in_german_and_writes_nothing(bool done, int? daysAhead, string reason)
    {
        var service = ServiceFor(ItHead);
        var item = (await service.GetAsync()).Open[0].Item;
        DateOnly? until = daysAhead is { } days ? Db.Clock.Today.AddDays(days) : null;

        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => service.MarkAsync(item, done, until, reason));

        Assert.All(failure.Errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("Exception", m));
        Assert.Equal(0, await MarksAsync(1));
    }

    [Fact]
    public async Task The_council_may_neither_read_nor_mark_the_list()
    {
        var service = ServiceFor(Council);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync());
        var item = new ActionItem("vertrag:1:entscheidung:2026-01-01", ActionUrgency.Overdue, SubjectRef.Contract(1, "x"), "x", "x");
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.MarkAsync(item, true, null, "x"));
        Assert.Equal(0, await MarksAsync(1));
    }

    [Fact]
    public async Task Another_tenant_marking_or_reopening_the_same_key_never_touches_the_first_tenants_list()
    {
        var first = ServiceFor(ItHead);
        var items = (await first.GetAsync()).Open;
        var (kept, marked) = (items[0].Item, items[1].Item);
        await first.MarkAsync(marked, done: true, postponedUntil: null, reason: "erledigt in Tenant 1");

        var intruder = ServiceFor(FixedCurrentUser.WithRoles("fremd", Roles.ItLeitung), Second.TenantId);
        await intruder.MarkAsync(kept, done: true, postponedUntil: null, reason: "fremder Eingriff");
        await intruder.ReopenAsync(marked.Key);

        var view = await first.GetAsync();
        Assert.Contains(view.Open, r => r.Item.Key == kept.Key);
        Assert.Equal(marked.Key, Assert.Single(view.Marked).Item.Key);
        Assert.Equal((1, 1), (await MarksAsync(1), await MarksAsync(Second.TenantId)));
        Assert.DoesNotContain((await intruder.GetAsync()).Marked, m => m.Item.Key == marked.Key);
    }
}
