using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;

namespace ItInventory.Web.Tests.Features.Costs;

public class CostListUrlTests
{
    private const int CurrentYear = 2026;

    [Fact]
    public void The_default_view_is_the_plain_address()
    {
        Assert.Equal("/kosten", CostListUrl.For(new CostLineQuery { Year = CurrentYear }, CurrentYear));
        Assert.Equal(new CostLineQuery { Year = CurrentYear }, CostListUrl.Parse(null, null, null, null, null, null, CurrentYear));
    }

    [Fact]
    public void Every_filter_survives_the_round_trip_through_the_address()
    {
        var query = new CostLineQuery
        {
            Year = 2024, ProductSearch = "Meldewesen", DepartmentId = 7, VendorId = 12, CostType = CostType.Maintenance, Kind = CostKind.Actual,
        };

        var address = CostListUrl.For(query, CurrentYear);

        Assert.Equal("/kosten?jahr=2024&produkt=Meldewesen&amt=7&anbieter=12&kostenart=Maintenance&art=Actual", address);
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query);
        var parsed = CostListUrl.Parse(values["jahr"], values["produkt"], int.Parse(values["amt"]!), int.Parse(values["anbieter"]!),
            values["kostenart"], values["art"], CurrentYear);
        Assert.Equal(query, parsed);
    }

    [Fact]
    public void All_years_has_a_word_of_its_own_because_no_year_means_the_current_one()
    {
        var address = CostListUrl.For(new CostLineQuery { Year = null }, CurrentYear);

        Assert.Equal("/kosten?jahr=alle", address);
        Assert.Null(CostListUrl.Parse("alle", null, null, null, null, null, CurrentYear).Year);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("zwanzig")]
    [InlineData("-2024")]
    public void A_malformed_year_falls_back_to_the_current_year(string year) =>
        Assert.Equal(CurrentYear, CostListUrl.Parse(year, null, null, null, null, null, CurrentYear).Year);

    [Fact]
    public void Unknown_cost_types_and_kinds_are_ignored()
    {
        var parsed = CostListUrl.Parse(null, "  ", null, null, "Bier", "42", CurrentYear);

        Assert.Null(parsed.CostType);
        Assert.Null(parsed.Kind);
        Assert.Null(parsed.ProductSearch);
    }
}
