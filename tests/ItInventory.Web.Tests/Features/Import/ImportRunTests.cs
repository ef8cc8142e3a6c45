using ItInventory.Web.Data;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>
/// An import that leaves rows behind stays on "Handlungsbedarf" with its report until someone says what became of
/// them; a clean import leaves nothing; another tenant neither sees the run nor gets its report.
/// </summary>
public class ImportRunTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private static readonly ICurrentUser Admin = FixedCurrentUser.WithRoles("test.admin", Roles.Administrator);

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static byte[] File(params object?[][] rows) => Sheet("Inventar",
        [Row("Inventarnummer", "Produkt", "Anbieter", "Amt", "Kategorie", "Pflegekosten 2025"), .. rows]);

    private ImportRuns Runs(ICurrentUser user, IDbContextFactory<InventoryDbContext>? factory = null) => new(factory ?? _db.Factory, user, TimeProvider.System);

    [Fact]
    public async Task An_import_with_a_skipped_row_is_kept_with_its_report_until_it_is_resolved_with_a_note()
    {
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(File(
            Row("RUN-1", "Laufverfahren Eins", "Meldewerk Software GmbH", "33", "EWO", 1000.0),
            Row("RUN-2", "Laufverfahren Zwei", "Meldewerk Software GmbH", "33", "EWO", "12,5,0 €")), "Nachtrag Bürgeramt.xlsx");

        var result = await service.RunAsync(session, session.Suggested with { SkipRowsWithErrors = true });

        Assert.Equal((1, 1), (result.Created, result.Errors));
        var open = Assert.Single(await Runs(Admin).OpenAsync());
        Assert.Equal(("Nachtrag Bürgeramt.xlsx", "test.admin", 1, 1), (open.FileName, open.ImportedBy, open.Written, open.Errors));
        Assert.Equal("1 Zeile nicht übernommen (Fehler)", open.Problems);
        var (content, fileName) = await Runs(Admin).ReportAsync(open.Id);
        Assert.EndsWith(".xlsx", fileName);
        using (var report = Workbooks.Open(content))
            Assert.Contains(report.Worksheets.SelectMany(w => w.CellsUsed()), c => c.GetString().Contains("„12,5,0 €“ ist kein Betrag", StringComparison.Ordinal));

        var noNote = await Assert.ThrowsAsync<ValidationFailedException>(() => Runs(Admin).ResolveAsync(open.Id, "  "));
        Assert.Contains("was mit den Zeilen geschehen ist", noNote.Message);
        Assert.Single(await Runs(Admin).OpenAsync());

        await Runs(Admin).ResolveAsync(open.Id, "Betrag nachgefragt und von Hand erfasst");

        Assert.Empty(await Runs(Admin).OpenAsync());
        await using var db = _db.CreateContext();
        var kept = await db.ImportRuns.SingleAsync();
        Assert.Equal(("test.admin", "Betrag nachgefragt und von Hand erfasst"), (kept.ResolvedBy, kept.ResolvedNote));
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityType == nameof(ItInventory.Web.Data.Entities.ImportRun)).Select(e => e.Action).ToListAsync(),
            a => a == ItInventory.Web.Data.Auditing.AuditAction.Update);
    }

    [Fact]
    public async Task A_clean_import_leaves_nothing_to_do()
    {
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(File(Row("RUN-3", "Laufverfahren Drei", "Meldewerk Software GmbH", "33", "EWO", 500.0)));

        await service.RunAsync(session, session.Suggested);

        Assert.Empty(await Runs(Admin).OpenAsync());
        await using var db = _db.CreateContext();
        Assert.Equal(0, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task Another_tenant_and_a_user_who_may_not_import_get_nothing_of_a_run()
    {
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(File(Row("RUN-4", "Laufverfahren Vier", "Meldewerk Software GmbH", "33", "EWO", "12,5,0 €")));
        await service.RunAsync(session, session.Suggested with { SkipRowsWithErrors = true });
        var id = Assert.Single(await Runs(Admin).OpenAsync()).Id;
        var second = await SecondTenant.AddAsync(_db.Provider, _db.ConnectionString);
        var theirs = Runs(Admin, new TenantFactory(_db, second.TenantId));

        Assert.Empty(await theirs.OpenAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => theirs.ReportAsync(id));
        await Assert.ThrowsAsync<NotFoundException>(() => theirs.ResolveAsync(id, "fremd geschlossen"));
        Assert.Single(await Runs(Admin).OpenAsync());

        var itHead = FixedCurrentUser.WithRoles("it", Roles.ItLeitung);
        Assert.Empty(await Runs(itHead).OpenAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Runs(itHead).ReportAsync(id));
    }

    private sealed class TenantFactory(TestDatabase db, int tenantId) : IDbContextFactory<InventoryDbContext>
    {
        public InventoryDbContext CreateDbContext() => db.CreateContext(tenantId);
    }
}
