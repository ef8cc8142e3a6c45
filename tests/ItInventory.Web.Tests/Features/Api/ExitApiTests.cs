using System.Net;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>/api/v1/exit</c>: the exit list with its 18-month filter, one product's assessment, German problems.</summary>
public class ExitApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_exit_list_has_dates_readiness_and_break_even_per_product_and_the_window_narrows_it()
    {
        var all = (await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/exit?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var next = (await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/exit?months=18&pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.InRange(next.Count, 1, all.Count - 1);
        var first = all[0];
        Assert.Contains(first.GetProperty("readiness").GetString(), new[] { "bereit", "mit Vorbereitung", "nicht möglich ohne Vorarbeit" });
        Assert.False(first.GetProperty("breakEvenKnown").GetBoolean()); // no alternative costed yet in the sample city
        Assert.Equal("Marktrecherche nötig", first.GetProperty("alternative").GetString());

        var id = first.GetProperty("productId").GetInt32();
        var detail = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/exit/{id}")).JsonAsync();
        Assert.Equal(first.GetProperty("switchingCost").GetDecimal(),
            detail.GetProperty("costItems").EnumerateArray().Sum(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal(8, detail.GetProperty("checklist").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/exit?months=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/exit?months=2147483647", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/exit/2147483647", HttpStatusCode.NotFound)]
    public async Task Bad_parameters_and_unknown_products_get_a_German_problem(string url, HttpStatusCode status)
    {
        var response = await app.ReadOnlyItLeitung.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonAsync();
        if (status == HttpStatusCode.BadRequest)
            Assert.Equal("Der Zeitraum muss zwischen 1 und 1200 Monaten liegen.", body.GetProperty("errors").GetProperty("months")[0].GetString());
    }
}
