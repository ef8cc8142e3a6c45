using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data;

/// <summary>Searches ignore case on every provider: SQLite's LIKE does so by nature, PostgreSQL's needs the ILIKE translation.</summary>
public class CaseInsensitiveSearchTests
{
    [Fact]
    public async Task Like_ignores_case_including_umlauts_where_the_provider_can()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var meldeWerk = await context.Products.CountAsync(p => p.Name.StartsWith("MeldeWerk"));

        var lower = await context.Products.CountAsync(p => EF.Functions.Like(p.Name, "%meldewerk%"));
        var upper = await context.Products.CountAsync(p => EF.Functions.Like(p.Name, "MELDEWERK%", "\\"));

        Assert.True(meldeWerk >= 2);
        Assert.Equal(meldeWerk, lower);
        Assert.Equal(meldeWerk, upper);
    }

    [Fact]
    public async Task The_product_search_finds_names_typed_in_lower_case()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        var service = new ProductListService(db.Factory, db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.Beschaffung));

        var exact = await service.QueryAsync(new ProductQuery { Search = "MeldeWerk", PageSize = 200 });
        var lower = await service.QueryAsync(new ProductQuery { Search = "meldewerk", PageSize = 200 });

        Assert.NotEqual(0, exact.TotalCount);
        Assert.Equal(exact.TotalCount, lower.TotalCount);
    }
}
