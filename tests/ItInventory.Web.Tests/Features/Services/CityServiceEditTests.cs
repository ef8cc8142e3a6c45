using ClosedXML.Excel;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>Recording a city's services by hand and their case numbers from Excel: refused whole with German messages,
/// never across tenants, never for the council.</summary>
public sealed class CityServiceEditTests : TwoTenantsDatabase
{
    private const string FreeOzgId = "10002";
    private const string LeikaOfFreeOzg = "99134042000000";
    private const string LeikaOfOtherOzg = "99134036000000";
    private static readonly ICurrentUser Editor = FixedCurrentUser.WithRoles("i.leitung", Roles.ItLeitung);

    private CityServiceEditService Service(ICurrentUser? user = null) => new(Db.Factory, user ?? Editor);

    private CaseNumberImport Import() => new(Db.Factory, Editor, Options.Create(new ImportOptions()));

    private async Task<(int First, int Second)> TwoProductsAsync()
    {
        await using var db = Db.CreateContext();
        var ids = await db.Products.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }

    private async Task<int> ServicesAsync()
    {
        await using var db = Db.CreateContext();
        return await db.CityServices.CountAsync();
    }

    private CityServiceInput Valid(int product, int other) => new()
    {
        OzgId = FreeOzgId, LeikaKey = LeikaOfFreeOzg, AnnualCases = 1_200, CaseYear = 2025,
        OnlineServiceName = "Online-Antrag Familienversicherung", MaturityModel = MaturityModel.Version20, MaturityLevel = 3,
        Connection = ApplicationConnection.EmailOrPdf,
        Products = [new CityServiceProductInput(product, "A", true), new CityServiceProductInput(other, "B", false)],
    };

    [Fact]
    public async Task A_service_is_recorded_with_its_products_and_ranks_by_its_cases()
    {
        var (product, other) = await TwoProductsAsync();

        var id = await Service().CreateAsync(Valid(product, other));

        var saved = await Service().GetForEditAsync(id);
        Assert.Equal((FreeOzgId, LeikaOfFreeOzg, 1_200, 2025), (saved.OzgId, saved.LeikaKey, saved.AnnualCases!.Value, saved.CaseYear!.Value));
        Assert.Equal([product], saved.Products.Where(p => p.IsSpecialisedProcedure).Select(p => p.ProductId));
        Assert.Equal(2, saved.Products.Count);

        saved.AnnualCases = 90_000;
        saved.Products.RemoveAll(p => p.ProductId == other);
        await Service().UpdateAsync(id, saved);

        var coverage = await new CityServiceCoverageService(Db.Factory).CoverageAsync(1);
        Assert.Equal(FreeOzgId, coverage.Top.Single().Service.OzgService!.OzgId);
        Assert.Single(coverage.Top.Single().Service.Products);
    }

    public static TheoryData<string, Action<CityServiceInput>> BadInputs => new()
    {
        { nameof(CityServiceInput.OzgId), i => i.OzgId = "10124" },
        { nameof(CityServiceInput.OzgId), i => i.OzgId = "1234" },
        { nameof(CityServiceInput.OzgId), i => i.OzgId = "99999" },
        { nameof(CityServiceInput.LeikaKey), i => i.LeikaKey = LeikaOfOtherOzg },
        { nameof(CityServiceInput.LeikaKey), i => i.LeikaKey = "123" },
        { nameof(CityServiceInput.AnnualCases), i => i.AnnualCases = -1 },
        { nameof(CityServiceInput.CaseYear), i => i.CaseYear = null },
        { nameof(CityServiceInput.CaseYear), i => i.CaseYear = 1900 },
        { nameof(CityServiceInput.MaturityLevel), i => i.MaturityLevel = 8 },
        { nameof(CityServiceInput.Connection), i => i.OnlineServiceName = " \u200B " },
        { nameof(CityServiceInput.Connection), i => i.Connection = (ApplicationConnection)99 },
        { nameof(CityServiceInput.Notes), i => i.Notes = new string('x', 2001) },
        { nameof(CityServiceInput.OnlineServiceName), i => i.OnlineServiceName = "a\0b" },
        { nameof(CityServiceInput.Products), i => i.Products = [.. i.Products.Select(p => p with { IsSpecialisedProcedure = true })] },
        { nameof(CityServiceInput.Products), i => i.Products = [i.Products[0], i.Products[0]] },
        { nameof(CityServiceInput.Products), i => i.Products = [new CityServiceProductInput(int.MaxValue, "weg", false)] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_in_German_and_writes_nothing(string field, Action<CityServiceInput> spoil)
    {
        var (product, other) = await TwoProductsAsync();
        var input = Valid(product, other);
        spoil(input);
        var before = await ServicesAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(input));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.All(refused.Errors.Values.SelectMany(m => m), m => Assert.Matches("[äöüÄÖÜß]|Bitte|darf|muss|gibt es|steht|nicht|Nur|doppelt|schon", m));
        Assert.Equal(before, await ServicesAsync());
    }

    [Fact]
    public async Task Another_tenants_service_and_product_are_out_of_reach_and_the_council_may_not_edit()
    {
        int foreignService;
        await using (var second = ContextOf(Second.TenantId))
        {
            var ozg = await second.OzgServices.SingleAsync(s => s.OzgId == FreeOzgId);
            var service = new CityService { OzgServiceId = ozg.Id, AnnualCases = 5, CaseYear = 2025 };
            second.CityServices.Add(service);
            await second.SaveChangesAsync();
            foreignService = service.Id;
        }

        var (product, other) = await TwoProductsAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => Service().GetForEditAsync(foreignService));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().UpdateAsync(foreignService, Valid(product, other)));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().DeleteAsync(foreignService, Guid.Empty));
        var stolen = Valid(product, other);
        stolen.Products = [new CityServiceProductInput(Second.ProductId, "fremd", true)];
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(stolen));
        Assert.Contains(nameof(CityServiceInput.Products), refused.Errors.Keys);
        // The same OZG service is free in this tenant although the second one has it.
        Assert.True(await Service().CreateAsync(Valid(product, other)) > 0);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(FixedCurrentUser.WithRoles("rat", Roles.Rat)).CreateAsync(Valid(product, other)));

        await using var check = ContextOf(Second.TenantId);
        Assert.Equal(5, (await check.CityServices.SingleAsync(s => s.Id == foreignService)).AnnualCases);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_delete_keeps_the_catalogue()
    {
        var (product, other) = await TwoProductsAsync();
        var id = await Service().CreateAsync(Valid(product, other));
        var first = await Service().GetForEditAsync(id);
        var second = await Service().GetForEditAsync(id);
        first.AnnualCases = 10;
        await Service().UpdateAsync(id, first);

        second.AnnualCases = 20;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(id, second));

        var current = await Service().GetForEditAsync(id);
        await Service().DeleteAsync(id, current.Version);
        await using var db = Db.CreateContext();
        Assert.False(await db.CityServices.AnyAsync(s => s.Id == id));
        Assert.True(await db.OzgServices.AnyAsync(s => s.OzgId == FreeOzgId));
    }

    [Fact]
    public async Task The_template_goes_out_and_comes_back_with_new_case_numbers()
    {
        var template = await Import().TemplateAsync();
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(1);
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(59, rows.Count);
        var row = rows.Single(r => r.Cell(1).GetString() == "10124");
        row.Cell(3).SetValue("31.500");
        row.Cell(4).Value = 2026;
        var cleared = rows.First(r => r.Cell(1).GetString() != "10124");
        cleared.Cell(3).Clear();
        cleared.Cell(4).Clear();
        using var changed = new MemoryStream();
        workbook.SaveAs(changed);

        var result = await Import().ApplyAsync(changed.ToArray(), CaseNumberImport.FileName);

        Assert.True(result.Written, string.Join(" ", result.Problems.Select(p => p.Message)));
        Assert.Equal((2, 57), (result.Changed, result.Unchanged));
        await using var db = Db.CreateContext();
        var service = await db.CityServices.SingleAsync(s => s.OzgService!.OzgId == "10124");
        Assert.Equal((31_500, 2026), (service.AnnualCases!.Value, service.CaseYear!.Value));
        var clearedId = cleared.Cell(1).GetString();
        Assert.Null((await db.CityServices.SingleAsync(s => s.OzgService!.OzgId == clearedId)).AnnualCases);
    }

    [Fact]
    public async Task A_workbook_with_one_bad_row_changes_nothing_and_names_every_row()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Fallzahlen");
        object[][] rows =
        [
            ["OZG-ID", "Fallzahl", "Jahr"],
            ["10124", 1, 2026],
            [FreeOzgId, 100, 2026],
            ["10145", "viele", 2026],
            ["10243", 5, ""],
            ["10124", 2, 2026],
        ];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(r + 1, c + 1).Value = rows[r][c] as string ?? (object)Convert.ToDouble(rows[r][c]);
        using var file = new MemoryStream();
        workbook.SaveAs(file);

        var result = await Import().ApplyAsync(file.ToArray(), "fallzahlen.xlsx");

        Assert.False(result.Written);
        Assert.Equal([3, 4, 5], result.Problems.Select(p => p.Row).Order().Take(3));
        Assert.Contains(result.Problems, p => p.Message.Contains("keine ganze Zahl", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("nicht erfasst", StringComparison.Ordinal));
        await using var db = Db.CreateContext();
        Assert.NotEqual(1, (await db.CityServices.SingleAsync(s => s.OzgService!.OzgId == "10124")).AnnualCases);

        var broken = await Import().ApplyAsync([1, 2, 3], "kaputt.xlsx");
        Assert.False(broken.Written);
        Assert.NotEmpty(broken.Problems.Single().Message);
    }
}
