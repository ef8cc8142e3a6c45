using ItInventory.Core.Catalogue;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>The shared catalogue from the real files, and a re-import of a newer one over it.</summary>
public class ServiceCatalogueImportTests
{
    [Fact]
    public async Task The_real_catalogue_loads_once_and_a_newer_one_renames_adds_and_withdraws_what_a_city_uses()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        var seeder = new ServiceCatalogueSeeder(db.Factory, NullLogger<ServiceCatalogueSeeder>.Instance);

        var first = await seeder.SeedIfEmptyAsync(TestDatabase.SeedFolder);
        Assert.NotNull(first);
        Assert.Equal((557 + 4813, 0, 0, 0, 438), (first.Added, first.Updated, first.Withdrawn, first.Removed, first.Skipped.Count));
        Assert.Null(await seeder.SeedIfEmptyAsync(TestDatabase.SeedFolder));

        await using (var context = db.CreateContext(Tenant.FirstId))
        {
            var used = await context.OzgServices.SingleAsync(s => s.OzgId == "10000");
            var usedLeika = await context.LeikaServices.SingleAsync(s => s.Key == "99001001000000");
            context.CityServices.Add(new CityService { OzgServiceId = used.Id, LeikaServiceId = usedLeika.Id, AnnualCases = 2_900, CaseYear = 2025 });
            await context.SaveChangesAsync();
        }

        // The newer catalogue: 10002 renamed, 10000 (used) and 10003 (unused) gone, 10999 new; the LeiKa key the city uses gone.
        var real = OzgCatalogueReader.ReadFolder(Path.Combine(TestDatabase.SeedFolder, ServiceCatalogueSeeder.FolderName));
        var newer = real with
        {
            Services =
            [
                .. real.Services.Where(s => s.OzgId is not ("10000" or "10003"))
                    .Select(s => s.OzgId == "10002" ? s with { Name = "Familienversicherung (neu gefasst)" } : s),
                new OzgCatalogueEntry("10999", "Neue Leistung", "Geburt", "Familie & Kind"),
            ],
            LeikaServices = [.. real.LeikaServices.Where(l => l.Key != "99001001000000")],
        };

        await using (var context = db.CreateContext(Tenant.FirstId))
        {
            var result = await ServiceCatalogueImport.ApplyAsync(context, newer);
            await context.SaveChangesAsync();
            Assert.Equal((1, 1, 2, 1), (result.Added, result.Updated, result.Withdrawn, result.Removed));
        }

        await using (var context = db.CreateContext(Tenant.FirstId))
        {
            Assert.Equal("Familienversicherung (neu gefasst)", (await context.OzgServices.SingleAsync(s => s.OzgId == "10002")).Name);
            Assert.True((await context.OzgServices.SingleAsync(s => s.OzgId == "10000")).IsWithdrawn);
            Assert.True((await context.LeikaServices.SingleAsync(s => s.Key == "99001001000000")).IsWithdrawn);
            Assert.False(await context.OzgServices.AnyAsync(s => s.OzgId == "10003"));
            Assert.Equal("Neue Leistung", (await context.OzgServices.SingleAsync(s => s.OzgId == "10999")).Name);
            Assert.Equal(557, await context.OzgServices.CountAsync());
            Assert.Equal(2_900, (await context.CityServices.Include(s => s.OzgService).SingleAsync()).AnnualCases);
        }

        // Withdrawn entries that come back are in force again.
        await using (var context = db.CreateContext(Tenant.FirstId))
        {
            var result = await ServiceCatalogueImport.ApplyAsync(context, real);
            await context.SaveChangesAsync();
            Assert.False((await context.OzgServices.SingleAsync(s => s.OzgId == "10000")).IsWithdrawn);
            Assert.Equal(1, result.Removed); // 10999, unused
        }
    }
}
