using System.Text.Json;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// A contract's run state reads the same in every API resource that names it, and as on the pages:
/// V-2008-002, a purchase that ran out on 31.01.2009 without an "ended on" date.
/// </summary>
public class ContractRunStateApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string Expected = "beendet 31.01.2009";

    private static string LabelOf(JsonElement contract) => contract.GetProperty("runState").GetProperty("label").GetString()!;

    [Fact]
    public async Task The_list_the_record_the_vendor_and_the_products_give_the_same_run_state()
    {
        var list = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/contracts?search=V-2008-002")).JsonAsync();
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        var id = row.GetProperty("id").GetInt32();
        var record = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/contracts/{id}")).JsonAsync();
        var vendor = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/vendors/{row.GetProperty("vendorId").GetInt32()}")).JsonAsync();

        Assert.Equal(Expected, LabelOf(row));
        Assert.False(row.GetProperty("runState").GetProperty("isRunning").GetBoolean());
        Assert.Equal(Expected, LabelOf(record));
        Assert.Equal(Expected, LabelOf(vendor.GetProperty("contracts").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id)));
        var products = record.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(products);
        foreach (var productId in products)
        {
            var product = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/products/{productId}")).JsonAsync();
            var contracts = product.GetProperty("product").GetProperty("contracts").EnumerateArray();
            Assert.Equal(Expected, LabelOf(contracts.Single(c => c.GetProperty("id").GetInt32() == id)));
        }
    }
}
