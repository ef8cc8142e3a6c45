using System.Net;
using System.Net.Http.Json;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>The categories resource gives a client the ids a product's categoryId takes.</summary>
public class CategoriesApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_client_finds_a_category_by_search_reads_it_and_creates_a_product_with_its_id()
    {
        var all = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/categories?pageSize=200")).JsonAsync();
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(all.GetProperty("total").GetInt32(), items.Count);
        Assert.True(items.Count > 1);
        var names = items.Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.CurrentCulture).ToList(), names);

        var first = items[0];
        var code = first.GetProperty("code").GetString()!;
        var found = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/categories?search={Uri.EscapeDataString(code.ToLowerInvariant())}")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == code);

        var id = first.GetProperty("id").GetInt32();
        var one = await app.ReadOnlyItLeitung.GetAsync($"/api/v1/categories/{id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(code, (await one.JsonAsync()).GetProperty("code").GetString());

        var product = new
        {
            inventoryNumber = "API-KAT-1", name = "Produkt aus der API", categoryId = id, ownerDepartmentId = 1, vendorId = 1,
            usingDepartments = new[] { new { departmentId = 1, costSharePercent = 100 } },
        };
        var created = await app.Writer.PostAsJsonAsync("/api/v1/products", product);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var read = (await created.JsonAsync()).GetProperty("product");
        Assert.Equal(id, read.GetProperty("categoryId").GetInt32());
        Assert.Equal(first.GetProperty("name").GetString(), read.GetProperty("category").GetString());
    }

    [Fact]
    public async Task An_unknown_category_is_a_German_404_and_a_category_cannot_be_written()
    {
        var missing = await app.ReadOnlyItLeitung.GetAsync("/api/v1/categories/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Kategorie", (await missing.JsonAsync()).GetProperty("detail").GetString());

        var post = await app.Writer.PostAsJsonAsync("/api/v1/categories", new { code = "X", name = "Neu" });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }
}
