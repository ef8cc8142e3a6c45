using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>
/// The import writes new products and contracts under keys it reserves in one query. They must be the keys the database
/// would have given: after every key ever used (the audit trail still names a deleted product's), and leaving the
/// next ordinary insert a free key.
/// </summary>
public class ImportKeyTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Imported_rows_never_take_a_deleted_rows_key_and_later_inserts_follow_them()
    {
        int deletedProduct, deletedContract;
        (string Name, string Vendor, string Department) withoutContract;
        await using (var db = _db.CreateContext())
        {
            var bare = await db.Products.Include(p => p.Vendor).Include(p => p.OwnerDepartment).Where(p => !p.Contracts.Any()).OrderBy(p => p.Id).FirstAsync();
            withoutContract = (bare.Name, bare.Vendor!.Name, bare.OwnerDepartment!.Number);
            var template = await db.Products.OrderBy(p => p.Id).FirstAsync();
            var product = new Product { InventoryNumber = "TMP-1", Name = "Gleich wieder gelöscht", VendorId = template.VendorId, OwnerDepartmentId = template.OwnerDepartmentId, CategoryId = template.CategoryId };
            var contract = new Contract { ContractNumber = "TMP-V-1", Title = "Gleich wieder gelöscht", VendorId = template.VendorId, Start = new DateOnly(2026, 1, 1) };
            db.AddRange(product, contract);
            await db.SaveChangesAsync();
            (deletedProduct, deletedContract) = (product.Id, contract.Id);
            db.RemoveRange(product, contract);
            await db.SaveChangesAsync();
        }

        var file = Sheet("Inventar",
            Row("Produkt", "Anbieter", "Amt", "Vertragsende", "Kündigungsfrist"),
            Row("Schlüsseltest Eins", "Meldewerk Software GmbH", "33", new DateTime(2027, 12, 31), "3 Monate zum Jahresende"),
            // Between two new rows, an existing product without a contract gets one through EF; with one row per
            // batch, that insert must still come after both new rows' reserved keys.
            Row(withoutContract.Name, withoutContract.Vendor, withoutContract.Department, new DateTime(2029, 12, 31), "3 Monate"),
            Row("Schlüsseltest Zwei", "Meldewerk Software GmbH", "34", new DateTime(2028, 6, 30), "6 Monate"));
        var service = ImportTestSupport.Service(_db, new ImportOptions { SaveBatchSize = 1 });
        var session = await service.OpenAsync(file);
        var result = await service.RunAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Update });
        Assert.Equal((2, 1), (result.Created, result.Updated));

        await using var check = _db.CreateContext();
        var imported = await check.Products.Include(p => p.Contracts).Include(p => p.CostLines)
            .Where(p => p.Name.StartsWith("Schlüsseltest")).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(2, imported.Count);
        Assert.All(imported, p => Assert.True(p.Id > deletedProduct, $"Produkt {p.Id} nach gelöschtem {deletedProduct}"));
        Assert.All(imported, p => Assert.True(Assert.Single(p.Contracts).Id > deletedContract, $"Vertrag nach gelöschtem {deletedContract}"));
        var updated = await check.Products.Include(p => p.Contracts).SingleAsync(p => p.Name == withoutContract.Name);
        Assert.DoesNotContain(Assert.Single(updated.Contracts).Id, imported.Select(p => p.Contracts.Single().Id).Append(deletedContract));

        var template2 = imported[0];
        var later = new Product { InventoryNumber = "TMP-2", Name = "Danach von Hand", VendorId = template2.VendorId, OwnerDepartmentId = template2.OwnerDepartmentId, CategoryId = template2.CategoryId };
        var laterContract = new Contract { ContractNumber = "TMP-V-2", Title = "Danach von Hand", VendorId = template2.VendorId, Start = new DateOnly(2026, 1, 1) };
        check.AddRange(later, laterContract);
        await check.SaveChangesAsync();
        Assert.True(later.Id > imported.Max(p => p.Id));
        Assert.True(laterContract.Id > imported.Max(p => p.Contracts.Single().Id));
    }
}
