using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data;

public class MalformedSeedTests
{
    [Theory]
    [InlineData("cost-lines.csv", "Amount", "zwölf", "keine Zahl")]
    [InlineData("products.csv", "OwnerDepartment", "99", "Das Amt „99“")]
    [InlineData("contracts.csv", "Start", "31.12.2024", "kein Datum")]
    [InlineData("products.csv", "Lifecycle", "Aktiv", "kein gültiger Wert")]
    // The rules of the forms and the API (ItInventory.Core.Validation) hold for the seed files too.
    [InlineData("contracts.csv", "Start", "9999-12-31", "„Start“ muss zwischen 01.01.1970 und 31.12.2100 liegen")]
    [InlineData("cost-lines.csv", "Amount", "0.001", "„Amount“ darf höchstens zwei Nachkommastellen (Cent) haben.")]
    [InlineData("cost-lines.csv", "Amount", "100000000000000000", "„Amount“ darf höchstens 999.999.999.999,99 € betragen.")]
    [InlineData("products.csv", "UserCount", "-1", "„UserCount“ darf nicht negativ sein.")]
    public async Task A_malformed_seed_file_names_file_and_line_and_writes_nothing(string file, string column, string badValue, string expectedProblem)
    {
        var folder = CopySeedFolder();
        var line = BreakField(folder, file, column, badValue, dataRow: 5);
        await using var db = await TestDatabase.CreateEmptyAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => db.SeedAsync(folder));

        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(expectedProblem, error.Message);
        Assert.Contains($"{file}, Zeile {line}", error.Message);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.Departments.CountAsync());
        Assert.Equal(0, await context.Vendors.CountAsync());
        Assert.Equal(0, await context.Products.CountAsync());
        Assert.Equal(0, await context.CostLines.CountAsync());
    }

    [Fact]
    public async Task A_row_with_too_few_fields_is_reported()
    {
        var folder = CopySeedFolder();
        var path = Path.Combine(folder, "vendors.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(3, "Nur ein Name;PrivateVendor");
        File.WriteAllLines(path, lines);
        await using var db = await TestDatabase.CreateEmptyAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => db.SeedAsync(folder));

        Assert.Equal("vendors.csv", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("Felder", error.Problem);
    }

    [Fact]
    public async Task A_tenant_profile_whose_key_belongs_to_another_land_is_refused()
    {
        var folder = CopySeedFolder();
        File.WriteAllText(Path.Combine(folder, "tenant.csv"),
            "Name;Kind;FederalState;OfficialKey;RegionalKey;Inhabitants\nMusterstadt;KreisfreieStadt;NordrheinWestfalen;06999000;069990000000;300000\n");
        await using var db = await TestDatabase.CreateEmptyAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => db.SeedAsync(folder));

        Assert.Equal("tenant.csv", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("anderen Land", error.Problem);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.Products.CountAsync());
    }

    private static string CopySeedFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "itinventory-tests", "seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestDatabase.SeedFolder, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    /// <summary>Replaces one field of a data row and returns the 1-based line number of that row.</summary>
    private static int BreakField(string folder, string file, string column, string value, int dataRow)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path);
        while (lines[dataRow].Contains('"'))
        {
            dataRow++;
        }

        var header = lines[0].Split(';');
        var index = Array.IndexOf(header, column);
        Assert.True(index >= 0, $"{column} fehlt in {file}");
        var fields = lines[dataRow].Split(';');
        Assert.Equal(header.Length, fields.Length);
        fields[index] = value;
        lines[dataRow] = string.Join(';', fields);
        File.WriteAllLines(path, lines);
        return dataRow + 1;
    }
}
