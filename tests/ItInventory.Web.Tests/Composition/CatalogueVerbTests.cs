using ItInventory.Core.Catalogue;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Composition;

/// <summary><c>catalogue import --from ORDNER</c> as the operator types it, against the sample city's SQLite file.</summary>
public class CatalogueVerbTests
{
    [SqliteFact]
    public async Task A_newer_catalogue_renames_and_withdraws_what_the_city_uses_and_a_broken_one_changes_nothing()
    {
        await using var database = await TestDatabase.CreateSampleCityAsync();
        var folder = Directory.CreateTempSubdirectory("catalogue-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestDatabase.SeedFolder, ServiceCatalogueSeeder.FolderName), "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // 10124 (changes of address: the sample city uses it) leaves the catalogue; 10002 gets a new name.
        var ozgFile = Path.Combine(folder, OzgCatalogueReader.OzgFile);
        var lines = File.ReadAllLines(ozgFile).Where(l => !l.StartsWith("10124,", StringComparison.Ordinal))
            .Select(l => l.StartsWith("10002,", StringComparison.Ordinal) ? l.Replace("Familienversicherung", "Familienversicherung (neu gefasst)") : l);
        File.WriteAllLines(ozgFile, lines);
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Inventory"] = database.ConnectionString };

        var outcome = await AppProcess.RunAsync(settings, "catalogue", "import", "--from", folder);

        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains("Leistungskatalog geladen: 0 neu, 1 geändert, 1 als entfallen markiert", outcome.Output);
        await using (var db = database.CreateContext(Tenant.FirstId))
        {
            Assert.True((await db.OzgServices.SingleAsync(s => s.OzgId == "10124")).IsWithdrawn);
            Assert.Equal("Familienversicherung (neu gefasst)", (await db.OzgServices.SingleAsync(s => s.OzgId == "10002")).Name);
            Assert.True(await db.CityServices.AnyAsync(s => s.OzgService!.OzgId == "10124"));
        }

        File.Delete(Path.Combine(folder, OzgCatalogueReader.LeikaFile));
        var broken = await AppProcess.RunAsync(settings, "catalogue", "import", "--from", folder);

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"Nichts geändert. {OzgCatalogueReader.LeikaFile}", broken.Errors);
        await using var after = database.CreateContext(Tenant.FirstId);
        Assert.True((await after.OzgServices.SingleAsync(s => s.OzgId == "10124")).IsWithdrawn);
        Directory.Delete(folder, recursive: true);
    }
}
