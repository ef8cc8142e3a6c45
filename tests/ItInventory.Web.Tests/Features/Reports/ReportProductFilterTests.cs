using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>An export started from the product list contains exactly the list's products, whatever the filter.</summary>
public class ReportProductFilterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string> Filters => ["suche=Meld", "suche=50%25", "amt=5", "kategorie=3", "anbieter=2", "betrieb=VendorSaaS", "status=PhaseOut", "amt=5&status=Active"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_export_filter_selects_the_same_products_as_the_product_list(string address)
    {
        var parameters = ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address));
        var list = new ProductListService(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung));

        var listed = await list.QueryAsync(parameters.Products with { PageSize = ProductListService.MaxPageSize });
        await using var context = _db.CreateContext();
        var exported = await ReportProductFilter.Apply(context.Products, parameters.Products).Select(p => p.Id).ToListAsync();

        Assert.True(listed.TotalCount <= ProductListService.MaxPageSize);
        Assert.Equal(listed.Rows.Select(r => r.Id).Order(), exported.Order());
    }

    [Fact]
    public void Report_addresses_round_trip_their_parameters()
    {
        var parameters = new ReportParameters
        {
            Products = new ProductQuery { Search = "Meld & Co", DepartmentId = 3, Operator = OperatorKind.InHouse, Lifecycle = LifecycleStatus.Active },
            DeadlineDays = 90,
        };

        var address = parameters.AddressOf(ReportCatalog.Inventory);
        var parsed = ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query));

        Assert.StartsWith("/berichte/inventar.xlsx?suche=Meld%20%26%20Co&amt=3&betrieb=InHouse&status=Active", address);
        Assert.Equal(parameters, parsed);
    }

    [Theory]
    [InlineData("fristTage=-1", "fristTage")]
    [InlineData("amt=drei", "amt")]
    [InlineData("status=3", "status")]
    [InlineData("betrieb=Cloud", "betrieb")]
    public void Malformed_parameters_are_refused(string address, string field)
    {
        var error = Assert.Throws<ItInventory.Web.Infrastructure.Editing.ValidationFailedException>(
            () => ReportParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address)));

        Assert.True(error.Errors.ContainsKey(field));
    }
}
