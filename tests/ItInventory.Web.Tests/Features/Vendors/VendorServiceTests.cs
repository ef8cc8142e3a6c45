using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Vendors;

public class VendorServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private VendorService Service(string role = Roles.ItLeitung) => new(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", role));

    /// <summary>
    /// What the city pays each vendor in 2026, computed here from the raw cost lines: a product's actuals once any are
    /// booked for the year, otherwise its plan; each line goes to the vendor of its contract, or to the product's maker.
    /// </summary>
    private async Task<(Dictionary<int, decimal> PerVendor, decimal Total)> PaidIndependentlyAsync(int year)
    {
        await using var context = _db.CreateContext();
        var lines = await context.CostLines.AsNoTracking().Where(c => c.FiscalYear == year).ToListAsync();
        var productVendor = await context.Products.ToDictionaryAsync(p => p.Id, p => p.VendorId);
        var contractVendor = await context.Contracts.ToDictionaryAsync(c => c.Id, c => c.VendorId);

        var counted = YearCostRule.CountingLines(lines);
        var perVendor = counted
            .GroupBy(l => l.ContractId is { } c ? contractVendor[c] : productVendor[l.ProductId])
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        return (perVendor, counted.Sum(l => l.Amount));
    }

    [Fact]
    public async Task Annual_cost_and_share_of_total_spend_equal_sums_from_the_cost_lines()
    {
        // One product gets an actual for 2026: it replaces the plan of its cost type, the other types keep their plan.
        await using (var context = _db.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
            context.CostLines.Add(new CostLine { ProductId = product.Id, FiscalYear = 2026, CostType = CostType.Support, Kind = CostKind.Actual, Amount = 1234.56m });
            await context.SaveChangesAsync();
        }

        var (perVendor, total) = await PaidIndependentlyAsync(2026);

        var listing = await Service().ListAsync();

        Assert.Equal(2026, listing.Year);
        Assert.Equal(total, listing.TotalSpend);
        Assert.True(total > 0);
        Assert.All(listing.Rows, row =>
        {
            var expected = perVendor.GetValueOrDefault(row.Id);
            Assert.Equal(expected, row.PaymentsToVendor);
            Assert.Equal(expected / total, row.ShareOfTotal);
        });
        Assert.Equal(1m, listing.Rows.Sum(r => r.ShareOfTotal ?? 0m), 10);
        // Data-centre fees are credited to the data centres that are paid them, not to the software makers.
        Assert.Contains(listing.Rows, r => r.Kind == VendorKind.MunicipalDataCentre && r.PaymentsToVendor > 0);
    }

    [Fact]
    public async Task The_vendor_page_shows_products_contracts_and_the_departments_that_depend_on_it()
    {
        await using var context = _db.CreateContext();
        var vendor = await context.Vendors.Where(v => v.Contracts.Count >= 2 && v.Products.Count >= 2).OrderBy(v => v.Name).FirstAsync();
        var productIds = await context.Products.Where(p => p.VendorId == vendor.Id).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        var contractIds = await context.Contracts.Where(c => c.VendorId == vendor.Id).Select(c => c.Id).OrderBy(id => id).ToListAsync();
        var departmentIds = await context.ProductDepartments
            .Where(u => u.Product!.VendorId == vendor.Id || u.Product.OperatorVendorId == vendor.Id)
            .Select(u => u.DepartmentId).Distinct().OrderBy(id => id).ToListAsync();
        var (perVendor, total) = await PaidIndependentlyAsync(2026);

        var details = await Service().GetAsync(vendor.Id);

        Assert.Equal(vendor.Name, details.Fields.Name);
        Assert.Equal(productIds, details.Products.Select(p => p.Id).Order());
        Assert.Equal(contractIds, details.Contracts.Select(c => c.Id).Order());
        Assert.Equal(departmentIds, details.Departments.Select(d => d.DepartmentId).Order());
        Assert.Equal(perVendor.GetValueOrDefault(vendor.Id), details.PaymentsToVendor);
        Assert.Equal(total, details.TotalSpend);
        // Department parts are cut to the cent, so together they fall short of the vendor's cost by less than a cent each.
        var parts = details.Departments.Sum(d => d.CostPart);
        Assert.InRange(details.PaymentsToVendor - parts, 0m, 0.01m * details.Departments.Sum(d => d.ProductCount));
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_german_messages_and_nothing_is_saved()
    {
        await using var context = _db.CreateContext();
        var existing = await context.Vendors.OrderBy(v => v.Id).FirstAsync();
        var before = await context.Vendors.CountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(new VendorInput
        {
            Name = "  ",
            Country = "de",
            ContactEmail = "vertrieb.beispiel.de",
        }));
        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(new VendorInput
        {
            Name = existing.Name.ToUpperInvariant(),
            Country = "Deutschland",
        }));

        Assert.Equal("Bitte einen Namen angeben.", Assert.Single(error.Errors[nameof(VendorInput.Name)]));
        Assert.Contains("zwei Großbuchstaben", Assert.Single(error.Errors[nameof(VendorInput.Country)]));
        Assert.Contains("gültige E-Mail-Adresse", Assert.Single(error.Errors[nameof(VendorInput.ContactEmail)]));
        Assert.Contains("gibt es schon", Assert.Single(duplicate.Errors[nameof(VendorInput.Name)]));
        Assert.True(duplicate.Errors.ContainsKey(nameof(VendorInput.Country)));
        Assert.Equal(before, await context.Vendors.CountAsync());
    }

    [Fact]
    public async Task A_valid_vendor_is_created_trimmed_and_found_by_search()
    {
        var id = await Service().CreateAsync(new VendorInput
        {
            Name = "  Beispiel Verwaltungssoftware GmbH ",
            Kind = VendorKind.PrivateVendor,
            Country = "AT",
            City = "Wien",
            ContactEmail = "vertrieb@beispiel-verwaltung.at",
        });

        var found = await Service().ListAsync("beispiel verwaltung");
        var details = await Service().GetAsync(id);

        var row = Assert.Single(found.Rows);
        Assert.Equal((id, "Beispiel Verwaltungssoftware GmbH", 0, 0, 0m), (row.Id, row.Name, row.ProductCount, row.ContractCount, row.PaymentsToVendor));
        Assert.True(details.IsInEu);
        Assert.Null(details.Fields.ContactPhone);
    }

    [Fact]
    public async Task The_e_invoice_identifiers_are_checked_stored_in_one_spelling_and_shown()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(new VendorInput
        {
            Name = "Rechnungstest GmbH", Country = "DE", VatId = "DE 1234 5678", InvoiceAddress = "rechnung(at)rechnungstest.de",
        }));
        Assert.Contains("genau 9 Ziffern", Assert.Single(refused.Errors[nameof(VendorInput.VatId)]));
        Assert.Contains("keine elektronische Adresse", Assert.Single(refused.Errors[nameof(VendorInput.InvoiceAddress)]));
        await using (var context = _db.CreateContext())
            Assert.False(await context.Vendors.AnyAsync(v => v.Name == "Rechnungstest GmbH"));

        var id = await Service().CreateAsync(new VendorInput
        {
            Name = "Rechnungstest GmbH", Country = "DE", VatId = " de 123 456 789 ", InvoiceAddress = " 0204:991-33333TEST-33 ",
        });

        var details = await Service().GetAsync(id);
        Assert.Equal(("DE123456789", "0204:991-33333TEST-33"), (details.Fields.VatId, details.Fields.InvoiceAddress));
        var edit = await Service().GetForEditAsync(id);
        edit.VatId = "";
        await Service().UpdateAsync(id, edit);
        Assert.Null((await Service().GetAsync(id)).Fields.VatId);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_with_the_current_values_and_can_overwrite_deliberately()
    {
        await using var context = _db.CreateContext();
        var id = await context.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var mine = await Service().GetForEditAsync(id);

        // Someone else saves the vendor in between, through their own context.
        await using (var other = _db.CreateContext())
        {
            var vendor = await other.Vendors.SingleAsync(v => v.Id == id);
            vendor.City = "Anderswo";
            await other.SaveChangesAsync();
        }

        mine.City = "Hierstadt";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(id, mine));

        var current = Assert.IsType<Vendor>(conflict.CurrentValues);
        Assert.Equal("Anderswo", current.City);
        Assert.NotEqual(mine.Version, conflict.CurrentVersion);
        Assert.Equal("Anderswo", (await Service().GetAsync(id)).Fields.City);

        mine.Version = conflict.CurrentVersion!.Value;
        var newVersion = await Service().UpdateAsync(id, mine);

        var saved = await Service().GetAsync(id);
        Assert.Equal("Hierstadt", saved.Fields.City);
        Assert.Equal(newVersion, saved.Fields.Version);
    }

    [Fact]
    public async Task Deleting_a_vendor_with_products_or_contracts_is_refused_naming_the_counts()
    {
        await using var context = _db.CreateContext();
        var vendor = await context.Vendors.Where(v => v.Products.Count >= 2 && v.Contracts.Count >= 2).OrderBy(v => v.Id).FirstAsync();
        var products = await context.Products.CountAsync(p => p.VendorId == vendor.Id);
        var contracts = await context.Contracts.CountAsync(c => c.VendorId == vendor.Id);

        var refused = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteAsync(vendor.Id, vendor.Version));

        Assert.Contains($"{products} Produkte stammen von ihm", refused.Message);
        Assert.Contains($"{contracts} Verträge sind mit ihm geschlossen", refused.Message);
        Assert.True(await context.Vendors.AnyAsync(v => v.Id == vendor.Id));
    }

    [Fact]
    public async Task An_unused_vendor_is_deleted_but_not_with_a_stale_version()
    {
        var id = await Service().CreateAsync(new VendorInput { Name = "Kurzzeit GmbH", Country = "DE" });
        var loaded = await Service().GetForEditAsync(id);
        loaded.City = "Musterstadt";
        await Service().UpdateAsync(id, loaded);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().DeleteAsync(id, loaded.Version));
        await Service().DeleteAsync(id, (await Service().GetForEditAsync(id)).Version);

        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(id));
    }

    [Fact]
    public async Task Procurement_may_read_vendors_but_not_change_them()
    {
        var procurement = Service(Roles.Beschaffung);

        Assert.NotEmpty((await procurement.ListAsync()).Rows);
        await Assert.ThrowsAsync<AccessDeniedException>(() => procurement.CreateAsync(new VendorInput { Name = "X", Country = "DE" }));
    }
}
