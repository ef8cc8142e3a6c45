using System.Net;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// Ten pairs of creates with the same key, sent all at once: per pair exactly one 201 and one German 409 naming the
/// field, never a 500, and one row. Keys with letters come as case variants (<c>PAR-x</c>, <c>par-x</c>), which
/// the database refuses as well as the services' check.
/// </summary>
public class ParallelCreateApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const int Pairs = 10;

    public static TheoryData<string, string, string> Resources => new()
    {
        { "products", "InventoryNumber", """{"inventoryNumber":"{key}","name":"Paralleles Produkt","categoryId":1,"ownerDepartmentId":1,"vendorId":1,"operator":"InHouse","usingDepartments":[{"departmentId":1,"costSharePercent":100}]}""" },
        { "vendors", "Name", """{"name":"{key}","kind":"PrivateVendor","country":"DE"}""" },
        { "contracts", "ContractNumber", """{"contractNumber":"{key}","title":"Paralleler Vertrag","vendorId":1,"evbItType":"PflegeS","start":"2022-01-01","termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm"}""" },
        { "standards", "Code", """{"code":"{key}","name":"Paralleler Standard","kind":"ServiceApi","bindingStatus":"Recommended"}""" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Case_variants_created_at_once_land_once_and_the_others_get_a_German_409(string resource, string field, string template)
    {
        var keys = Enumerable.Range(0, Pairs).Select(i => $"PAR-{resource}-{i}").ToList();

        var results = await SendPairsAsync(resource, keys.Select(k => (template.Replace("{key}", k), template.Replace("{key}", k.ToLowerInvariant()))));

        await AssertOneWinnerPerPairAsync(results, field);
        await using var context = app.Factory.CreateContext();
        var stored = resource switch
        {
            "products" => await context.Products.Select(p => p.InventoryNumber).ToListAsync(),
            "vendors" => await context.Vendors.Select(v => v.Name).ToListAsync(),
            "contracts" => await context.Contracts.Select(c => c.ContractNumber).ToListAsync(),
            _ => await context.Standards.Select(s => s.Code).ToListAsync(),
        };
        Assert.All(keys, k => Assert.Single(stored, s => string.Equals(s, k, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Departments_created_at_once_with_the_same_number_land_once()
    {
        var numbers = Enumerable.Range(0, Pairs).Select(i => $"97{i}").ToList();
        var bodies = numbers.Select(n => $$"""{"number":"{{n}}","name":"Paralleles Amt"}""").ToList();

        var results = await SendPairsAsync("departments", bodies.Select(b => (b, b)));

        await AssertOneWinnerPerPairAsync(results, "Number");
        await using var context = app.Factory.CreateContext();
        Assert.Equal(Pairs, await context.Departments.CountAsync(d => numbers.Contains(d.Number)));
    }

    [Fact]
    public async Task Price_index_values_created_at_once_for_the_same_year_land_once()
    {
        var years = Enumerable.Range(2060, Pairs).ToList();
        var bodies = years.Select(y => $$"""{"year":{{y}},"value":150.5}""").ToList();

        var results = await SendPairsAsync("price-index", bodies.Select(b => (b, b)));

        await AssertOneWinnerPerPairAsync(results, "Year");
        await using var context = app.Factory.CreateContext();
        Assert.Equal(Pairs, await context.PriceIndex.CountAsync(v => years.Contains(v.Year)));
    }

    [Fact]
    public async Task Product_standard_statements_created_at_once_for_the_same_pair_land_once()
    {
        List<(int ProductId, int StandardId)> free;
        await using (var context = app.Factory.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var standards = await context.Standards.Where(s => !context.ProductStandards.Any(p => p.ProductId == product && p.StandardId == s.Id))
                .OrderBy(s => s.Id).Select(s => s.Id).Take(Pairs).ToListAsync();
            Assert.Equal(Pairs, standards.Count);
            free = standards.Select(s => (product, s)).ToList();
        }

        var bodies = free.Select(f => $$"""{"productId":{{f.ProductId}},"standardId":{{f.StandardId}}}""").ToList();
        var results = await SendPairsAsync("product-standards", bodies.Select(b => (b, b)));

        await AssertOneWinnerPerPairAsync(results, "StandardId");
        await using var check = app.Factory.CreateContext();
        var product0 = free[0].ProductId;
        var standardIds = free.Select(f => f.StandardId).ToList();
        Assert.Equal(Pairs, await check.ProductStandards.CountAsync(s => s.ProductId == product0 && standardIds.Contains(s.StandardId)));
    }

    /// <summary>Every request of every pair at once, each on its own connection, so they really race.</summary>
    private async Task<List<(HttpResponseMessage First, HttpResponseMessage Second)>> SendPairsAsync(string resource, IEnumerable<(string First, string Second)> pairs)
    {
        var url = $"/api/v1/{resource}";
        var tasks = pairs.Select(p => (app.Writer.PostAsync(url, Json(p.First)), app.Writer.PostAsync(url, Json(p.Second)))).ToList();
        await Task.WhenAll(tasks.SelectMany(t => new[] { t.Item1, t.Item2 }));
        return tasks.Select(t => (t.Item1.Result, t.Item2.Result)).ToList();
    }

    private static async Task AssertOneWinnerPerPairAsync(List<(HttpResponseMessage First, HttpResponseMessage Second)> results, string field)
    {
        foreach (var (first, second) in results)
        {
            var statuses = new[] { first.StatusCode, second.StatusCode }.Order().ToArray();
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], statuses);
            var loser = first.StatusCode == HttpStatusCode.Conflict ? first : second;
            Assert.Equal("application/problem+json", loser.Content.Headers.ContentType!.MediaType);
            var problem = await loser.JsonAsync();
            Assert.Equal("Schon vergeben.", problem.GetProperty("title").GetString());
            var message = Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString()!;
            Assert.Matches("schon|bereits", message);
        }
    }
}
