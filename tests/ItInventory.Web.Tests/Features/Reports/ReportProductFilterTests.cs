using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>An export started from the product list contains exactly the list's products, whatever the filter.</summary>
public class ReportProductFilterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string> Filters =>
        ["suche=Meld", "amt=5", "kategorie=3", "anbieter=2", "betrieb=VendorSaaS", "status=PhaseOut", "amt=5&status=Active", "befund=ComplianceGap", "befund=LockInHigh&status=Active"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_export_filter_selects_the_same_products_as_the_product_list(string address)
    {
        var parameters = ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address));
        await using var services = ReportServices.For(_db, Roles.ItLeitung);
        using var scope = services.CreateScope();
        var findings = scope.ServiceProvider.GetRequiredService<FindingsService>();
        var list = new ProductListService(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung), findings);

        var listed = await list.QueryAsync(parameters.Products with { PageSize = ProductListService.MaxPageSize });
        await using var context = _db.CreateContext();
        var exported = await (await context.Products.FilterAsync(parameters.Products, findings, CancellationToken.None)).Select(p => p.Id).ToListAsync();

        Assert.InRange(listed.TotalCount, 1, ProductListService.MaxPageSize);
        Assert.Equal(listed.Rows.Select(r => r.Id).Order(), exported.Order());
    }

    [Fact]
    public void Report_addresses_round_trip_their_parameters()
    {
        var parameters = new ReportParameters
        {
            Products = new ProductQuery { Search = "Meld & Co", DepartmentId = 3, Operator = OperatorKind.InHouse, Lifecycle = LifecycleStatus.Active, Finding = ItInventory.Core.Analysis.FindingKind.LockInHard },
            DeadlineDays = 90,
        };

        var address = parameters.AddressOf(ReportCatalog.Inventory);
        var parsed = ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query));

        Assert.StartsWith("/berichte/inventar.xlsx?suche=Meld%20%26%20Co&amt=3&betrieb=InHouse&status=Active&befund=LockInHard", address);
        Assert.Equal(parameters, parsed);
    }

    [Theory]
    [InlineData("fristTage=-1", "fristTage")]
    [InlineData("amt=drei", "amt")]
    [InlineData("suche=a%00b", "suche")]
    [InlineData("status=3", "status")]
    [InlineData("betrieb=Cloud", "betrieb")]
    public void Malformed_parameters_are_refused(string address, string field)
    {
        var error = Assert.Throws<ItInventory.Web.Infrastructure.Editing.ValidationFailedException>(
            () => ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address)));

        Assert.True(error.Errors.ContainsKey(field));
    }
}
