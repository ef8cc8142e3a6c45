using System.Net;
using System.Text;
using ItInventory.Web.Features.Api;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>Numbers are read as JSON numbers only; the members the document marks required are those the services demand.</summary>
public class StrictNumbersApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string Product = """{"inventoryNumber":"API-STRICT-1","name":"Streng","categoryId":1,"ownerDepartmentId":1,"vendorId":VENDOR,"usingDepartments":[{"departmentId":1,"costSharePercent":SHARE}]}""";

    [Theory]
    [InlineData("\"1\"", "100", "VendorId", "ganze Zahl")]
    [InlineData("1", "\"100\"", "UsingDepartments[0].CostSharePercent", "eine Zahl")]
    [InlineData("1.5", "100", "VendorId", "ganze Zahl")]
    public async Task A_string_or_fraction_where_a_number_belongs_is_a_German_400_naming_the_field_and_nothing_is_saved(
        string vendor, string share, string field, string expected)
    {
        var body = Product.Replace("VENDOR", vendor).Replace("SHARE", share);

        var response = await app.Writer.PostAsync("/api/v1/products", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Die Eingaben sind ungültig.", problem.GetProperty("title").GetString());
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString();
        Assert.Contains(expected, message);
        var list = await (await app.Writer.GetAsync("/api/v1/products?search=API-STRICT")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    /// <summary>Input type → the resource that takes it.</summary>
    public static TheoryData<string, string> Inputs() => new()
    {
        { "ProductInput", "products" }, { "VendorInput", "vendors" }, { "DepartmentInput", "departments" },
        { "ContractInput", "contracts" }, { "CostLineInput", "cost-lines" }, { "StandardInput", "standards" },
        { "StandardSupportInput", "product-standards" }, { "InterfaceInput", "interfaces" }, { "PriceIndexInput", "price-index" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_members_the_document_marks_required_are_those_the_service_refuses_when_missing(string input, string resource)
    {
        var members = ApiRequiredMembers.ByType.Single(t => t.Key.Name == input).Value;
        // An interface needs one of a target product and an external system: neither alone is required.
        string[] eitherOr = input == "InterfaceInput" ? ["TargetProductId", "ExternalSystem"] : [];

        var response = await app.Writer.PostAsync($"/api/v1/{resource}", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Equal(members.Concat(eitherOr).Order(), errors.Order());
    }

    [Fact]
    public async Task A_using_department_without_department_or_share_is_refused_for_both()
    {
        var body = Product.Replace("VENDOR", "1").Replace("""{"departmentId":1,"costSharePercent":SHARE}""", "{}");

        var response = await app.Writer.PostAsync("/api/v1/products", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("UsingDepartments[0].DepartmentId", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("UsingDepartments[0].CostSharePercent", out _), errors.GetRawText());
    }
}
