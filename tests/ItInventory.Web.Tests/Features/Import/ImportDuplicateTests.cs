using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>
/// A row naming a product already in the inventory (by name and vendor): skipped, updated or flagged, as the user
/// chooses; an unknown category moves only a new product to the default.
/// </summary>
public class ImportDuplicateTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static byte[] DuplicateFile() => Sheet("Inventar",
        Row("Produkt", "Anbieter", "Amt", "Lizenzen", "Pflegekosten 2027"),
        Row(" meldewerk ewo ", "MELDEWERK SOFTWARE GMBH", "33", 200, 130000.0));

    private async Task<(Product Product, decimal Cost, int Lines)> MeldeWerkAsync()
    {
        await using var db = _db.CreateContext();
        var product = await db.Products.Include(p => p.CostLines).SingleAsync(p => p.InventoryNumber == "FV-0001");
        var cost = product.CostLines.Single(c => c.FiscalYear == 2027 && c.CostType == CostType.Maintenance && c.Kind == CostKind.Plan).Amount;
        return (product, cost, product.CostLines.Count);
    }

    [Fact]
    public async Task Duplicates_are_skipped_when_the_user_chooses_skip()
    {
        var before = await MeldeWerkAsync();
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(DuplicateFile());

        var result = await service.RunAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Skip });

        var after = await MeldeWerkAsync();
        Assert.Equal((0, 0, 1, 0), (result.Created, result.Updated, result.Skipped, result.Flagged));
        Assert.Equal((before.Product.Version, before.Product.LicenceCount, before.Cost, before.Lines), (after.Product.Version, after.Product.LicenceCount, after.Cost, after.Lines));
        Assert.Equal(124500m, after.Cost);
    }

    [Fact]
    public async Task Duplicates_are_updated_by_name_and_vendor_ignoring_case_and_spaces_when_the_user_chooses_update()
    {
        var before = await MeldeWerkAsync();
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(DuplicateFile());

        var preview = await service.PreviewAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Update });
        var result = await service.RunAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Update });

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Update, row.Outcome);
        Assert.Contains("Lizenzen – → 200", row.Changes);
        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Skipped));
        var after = await MeldeWerkAsync();
        Assert.Equal((200, 130000m, before.Lines), (after.Product.LicenceCount, after.Cost, after.Lines));
        Assert.NotEqual(before.Product.Version, after.Product.Version);
        await using var db = _db.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Update && a.EntityType == nameof(Product) && a.EntityId == before.Product.Id.ToString()
                                                        && a.Changes.Any(c => c.Field == nameof(Product.LicenceCount) && c.NewValue == "200")));
    }

    [Fact]
    public async Task Duplicates_are_noted_for_review_without_changing_values_when_the_user_chooses_flag()
    {
        var before = await MeldeWerkAsync();
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(DuplicateFile());

        var result = await service.RunAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Flag });

        Assert.Equal((0, 0, 1), (result.Created, result.Updated, result.Flagged));
        var after = await MeldeWerkAsync();
        Assert.Equal((before.Product.LicenceCount, before.Cost, before.Lines), (after.Product.LicenceCount, after.Cost, after.Lines));
        Assert.Contains("abweichende Angaben", after.Product.Notes);
        Assert.Contains("Lizenzen – → 200", after.Product.Notes);
        Assert.Contains("124.500,00 € → 130.000,00 €", after.Product.Notes);
        Assert.Contains("Zeile 2", after.Product.Notes);
    }

    [Fact]
    public async Task An_unknown_category_moves_a_new_product_to_the_default_but_leaves_an_existing_one_where_it_is()
    {
        var file = Sheet("Inventar",
            Row("Produkt", "Anbieter", "Amt", "Kategorie", "Lizenzen"),
            Row("MeldeWerk EWO", "Meldewerk Software GmbH", "33", "Meldewesen (alt)", 200),
            Row("Ganz neues Verfahren", "Meldewerk Software GmbH", "33", "Meldewesen (alt)", 5));
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(file);

        var preview = await service.PreviewAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Update });
        await service.RunAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Update });

        Assert.Contains(preview.Rows[0].Messages, m => m.Text.Contains("bleibt unverändert"));
        Assert.Contains(preview.Rows[1].Messages, m => m.Text.Contains("wird der Kategorie „Sonstige“ zugeordnet"));
        await using var db = _db.CreateContext();
        Assert.Equal("EWO", await db.Products.Where(p => p.InventoryNumber == "FV-0001").Select(p => p.Category!.Code).SingleAsync());
        Assert.Equal("Sonstige", await db.Products.Where(p => p.Name == "Ganz neues Verfahren").Select(p => p.Category!.Name).SingleAsync());
    }
}
