using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Market;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Market;

/// <summary>The shared market catalogue's editor over the sample city, whose products link to the fictional catalogue.</summary>
public class MarketCatalogueServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private MarketCatalogueService Service(string role = Roles.Administrator) => new(_db.Factory, FixedCurrentUser.WithRoles("katalog", role));

    private async Task<int> CategoryAsync()
    {
        await using var db = _db.CreateContext();
        return await db.Categories.Select(c => c.Id).FirstAsync();
    }

    [Fact]
    public async Task Vendors_and_products_are_created_renamed_and_audited_with_keys_for_the_exchange()
    {
        await using var before = _db.CreateContext();
        var lastId = await before.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;

        var vendorId = await Service().SaveVendorAsync(null, new MarketVendorInput { Name = "  Akten & Co. Software GmbH " });
        var productId = await Service().SaveProductAsync(null, new MarketProductInput { Name = "Akte Digital", VendorId = vendorId, CategoryId = await CategoryAsync() });
        var listed = await Service().ListAsync();
        var product = listed.Products.Single(p => p.Id == productId);
        await Service().SaveProductAsync(productId, new MarketProductInput { Name = "Akte Digital 2", VendorId = vendorId, CategoryId = product.CategoryId, Version = product.Version });

        var vendor = listed.Vendors.Single(v => v.Id == vendorId);
        Assert.Equal(("Akten & Co. Software GmbH", 1), (vendor.Name, vendor.Products));
        Assert.Equal(("akte-digital", 0, false), (product.Key, product.Links, product.Retired));
        await using var check = _db.CreateContext();
        var entries = await check.AuditEntries.Where(e => e.Id > lastId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [(AuditAction.Create, "Marktanbieter Akten & Co. Software GmbH"), (AuditAction.Create, "Marktprodukt Akte Digital"), (AuditAction.Update, "Marktprodukt Akte Digital 2")],
            entries.Select(e => (e.Action, e.Summary)));
    }

    [Fact]
    public async Task A_name_taken_in_another_case_is_refused_as_a_conflict_with_a_german_field_message()
    {
        var catalogue = await Service().ListAsync();
        var meldewerk = catalogue.Products.Single(p => p.Key == "meldewerk-ewo");

        var vendor = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Service().SaveVendorAsync(null, new MarketVendorInput { Name = meldewerk.Vendor.ToUpperInvariant() }));
        var product = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Service().SaveProductAsync(null, new MarketProductInput { Name = "meldewerk ewo", VendorId = meldewerk.VendorId, CategoryId = meldewerk.CategoryId }));
        var blank = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Service().SaveProductAsync(null, new MarketProductInput { Name = " ", VendorId = -1, CategoryId = -1 }));

        Assert.True(vendor.IsConflict);
        Assert.Equal($"Einen Marktanbieter „{meldewerk.Vendor.ToUpperInvariant()}“ gibt es schon.", Assert.Single(vendor.Errors[nameof(MarketVendorInput.Name)]));
        Assert.True(product.IsConflict);
        Assert.Equal("Ein Marktprodukt „meldewerk ewo“ dieses Anbieters gibt es schon.", Assert.Single(product.Errors[nameof(MarketProductInput.Name)]));
        Assert.False(blank.IsConflict);
        Assert.Equal(["CategoryId", "Name", "VendorId"], blank.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_linked_market_product_is_retired_not_deleted_and_then_offered_for_no_new_link()
    {
        var meldewerk = (await Service().ListAsync()).Products.Single(p => p.Key == "meldewerk-ewo");
        Assert.True(meldewerk.Links >= 1);

        var refused = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteProductAsync(meldewerk.Id, meldewerk.Version));
        await Service().SetProductRetiredAsync(meldewerk.Id, meldewerk.Version, retired: true);

        Assert.StartsWith("Das Marktprodukt „MeldeWerk EWO“ kann nicht gelöscht werden:", refused.Message);
        Assert.EndsWith("Nehmen Sie es stattdessen außer Betrieb.", refused.Message);
        Assert.True((await Service().ListAsync()).Products.Single(p => p.Id == meldewerk.Id).Retired);
        var links = await new MarketLinkService(_db.Factory, FixedCurrentUser.WithRoles("katalog", Roles.ItLeitung)).ListAsync();
        Assert.DoesNotContain(links.Options, o => o.Id == meldewerk.Id);
        Assert.Equal("MeldeWerk EWO", links.Products.Single(p => p.Linked?.Id == meldewerk.Id).Linked!.Name);
    }

    [Fact]
    public async Task An_unused_product_is_deleted_and_a_vendor_with_products_is_not()
    {
        var vendorId = await Service().SaveVendorAsync(null, new MarketVendorInput { Name = "Kurzlebig AG" });
        var productId = await Service().SaveProductAsync(null, new MarketProductInput { Name = "Eintagsfliege", VendorId = vendorId, CategoryId = await CategoryAsync() });
        var catalogue = await Service().ListAsync();

        await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteVendorAsync(vendorId, catalogue.Vendors.Single(v => v.Id == vendorId).Version));
        await Service().DeleteProductAsync(productId, catalogue.Products.Single(p => p.Id == productId).Version);
        await Service().DeleteVendorAsync(vendorId, catalogue.Vendors.Single(v => v.Id == vendorId).Version);

        await using var check = _db.CreateContext();
        Assert.False(await check.MarketVendors.AnyAsync(v => v.Id == vendorId));
    }

    [Fact]
    public async Task Who_only_reads_reference_data_cannot_change_the_catalogue()
    {
        Assert.NotEmpty((await Service(Roles.Beschaffung).ListAsync()).Products);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Beschaffung).SaveVendorAsync(null, new MarketVendorInput { Name = "Neu GmbH" }));
    }
}
