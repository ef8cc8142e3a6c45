using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>List, read, create, change and delete for every writable resource, through a write token of the IT head.</summary>
public class ResourceApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    /// <summary>Resource → a valid new record and a change to it.</summary>
    public static TheoryData<string, string, string> Resources() => new()
    {
        { "products", """{"inventoryNumber":"API-P-1","name":"API-Produkt","categoryId":1,"ownerDepartmentId":1,"vendorId":1,"operator":"InHouse","usingDepartments":[{"departmentId":1,"costSharePercent":100}]}""",
          """{"inventoryNumber":"API-P-1","name":"API-Produkt geändert","categoryId":1,"ownerDepartmentId":1,"vendorId":1,"operator":"InHouse","usingDepartments":[{"departmentId":1,"costSharePercent":100}]}""" },
        { "vendors", """{"name":"API-Anbieter GmbH","kind":"PrivateVendor","country":"DE"}""", """{"name":"API-Anbieter AG","kind":"PrivateVendor","country":"DE"}""" },
        { "departments", """{"number":"999","name":"API-Amt"}""", """{"number":"999","name":"API-Amt für Tests"}""" },
        { "standards", """{"code":"API-STD","name":"API-Standard","kind":"ServiceApi","bindingStatus":"Recommended"}""", """{"code":"API-STD","name":"API-Standard 2","kind":"ServiceApi","bindingStatus":"Voluntary"}""" },
        { "cost-lines", """{"productId":1,"fiscalYear":2026,"costType":"Training","kind":"Plan","amount":1234.56}""", """{"productId":1,"fiscalYear":2026,"costType":"Training","kind":"Plan","amount":2000}""" },
        { "contracts", """{"contractNumber":"V-API-CRUD","title":"API-Vertrag","vendorId":1,"evbItType":"PflegeS","start":"2022-01-01","termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm"}""",
          """{"contractNumber":"V-API-CRUD","title":"API-Vertrag geändert","vendorId":1,"evbItType":"PflegeS","start":"2022-01-01","termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":6,"noticeReference":"EndOfTerm"}""" },
        { "interfaces", """{"sourceProductId":1,"externalSystem":"API-Testsystem"}""", """{"sourceProductId":1,"externalSystem":"API-Testsystem","standardId":1,"description":"geändert"}""" },
        { "price-index", """{"year":2031,"value":130.5,"isPreliminary":true}""", """{"year":2031,"value":130.8,"isPreliminary":false}""" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_resource_can_be_listed_read_created_changed_and_deleted(string resource, string create, string change)
    {
        var url = $"/api/v1/{resource}";
        var list = await (await app.Writer.GetAsync(url + "?page=1&pageSize=2")).JsonAsync();
        Assert.True(list.GetProperty("total").GetInt32() > 0, resource);
        Assert.InRange(list.GetProperty("items").GetArrayLength(), 1, 2);
        Assert.Equal(1, list.GetProperty("page").GetInt32());
        Assert.Equal(2, list.GetProperty("pageSize").GetInt32());

        var created = await app.Writer.PostAsync(url, Json(create));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith(url + "/", location);
        var etag = created.Headers.ETag!.Tag;

        var read = await app.Writer.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.Tag);

        var changed = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(change).RootElement, etag));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var newEtag = changed.Headers.ETag!.Tag;
        Assert.NotEqual(etag, newEtag);

        var stale = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(change).RootElement, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal(newEtag, (await stale.JsonAsync()).GetProperty("currentETag").GetString());

        var missing = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(change).RootElement, null));
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Contains("If-Match", (await missing.JsonAsync()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await app.Writer.SendAsync(ApiClients.Delete(location, etag))).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await app.Writer.SendAsync(ApiClients.Delete(location, null))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Writer.SendAsync(ApiClients.Delete(location, newEtag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Writer.GetAsync(location)).StatusCode);
    }

    [Theory]
    [InlineData("products", "Name", "Bitte geben Sie den Namen des Produkts an.")]
    [InlineData("vendors", "Name", null)]
    [InlineData("contracts", "ContractNumber", "Bitte eine Vertragsnummer angeben.")]
    [InlineData("cost-lines", "ProductId", null)]
    [InlineData("interfaces", "SourceProductId", "Bitte wählen Sie das Quellprodukt, von dem die Daten ausgehen.")]
    [InlineData("price-index", "Year", "Bitte geben Sie das Jahr an.")]
    public async Task Invalid_input_gets_the_services_German_field_errors_as_problem_details(string resource, string field, string? message)
    {
        var response = await app.Writer.PostAsync($"/api/v1/{resource}", Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Die Eingaben sind ungültig.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").GetProperty(field);
        Assert.NotEmpty(errors.EnumerateArray());
        if (message is not null)
        {
            Assert.Contains(message, errors.EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public async Task Broken_json_is_a_German_bad_request()
    {
        var response = await app.Writer.PostAsync("/api/v1/vendors", Json("{\"name\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("JSON", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_delete_the_service_refuses_is_a_conflict()
    {
        var vendor = await app.Writer.GetAsync("/api/v1/vendors/1");
        var response = await app.Writer.SendAsync(ApiClients.Delete("/api/v1/vendors/1", vendor.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.JsonAsync()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_product_carries_its_current_annual_cost_and_findings()
    {
        var products = await (await app.Writer.GetAsync("/api/v1/products?sort=-currentCost&pageSize=1")).JsonAsync();
        var top = products.GetProperty("items")[0];

        var product = await (await app.Writer.GetAsync($"/api/v1/products/{top.GetProperty("id").GetInt32()}")).JsonAsync();

        Assert.Equal(2026, product.GetProperty("year").GetInt32());
        Assert.Equal(top.GetProperty("currentYearCost").GetDecimal(), product.GetProperty("currentAnnualCost").GetDecimal());
        Assert.True(product.GetProperty("currentAnnualCost").GetDecimal() > 0);
        Assert.Equal(JsonValueKind.Array, product.GetProperty("findings").ValueKind);
    }

    [Fact]
    public async Task The_product_list_takes_the_cost_year_from_asOf_like_the_single_product()
    {
        var products = await (await app.Writer.GetAsync("/api/v1/products?sort=-currentCost&pageSize=1&asOf=2024-06-30")).JsonAsync();
        var top = products.GetProperty("items")[0];

        var product = await (await app.Writer.GetAsync($"/api/v1/products/{top.GetProperty("id").GetInt32()}?asOf=2024-06-30")).JsonAsync();

        Assert.Equal(2024, product.GetProperty("year").GetInt32());
        Assert.Equal(product.GetProperty("currentAnnualCost").GetDecimal(), top.GetProperty("currentYearCost").GetDecimal());
        var thisYear = await (await app.Writer.GetAsync($"/api/v1/products/{top.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.NotEqual(thisYear.GetProperty("currentAnnualCost").GetDecimal(), top.GetProperty("currentYearCost").GetDecimal());
    }

    [Theory]
    [InlineData("vendors", "paymentsToVendor", "paymentsToVendor")]
    [InlineData("departments", "annualCost", "totalCost")]
    public async Task Vendor_and_department_costs_are_for_the_year_of_asOf_in_the_list_and_the_record(string resource, string listCost, string recordCost)
    {
        var list = await (await app.Writer.GetAsync($"/api/v1/{resource}?sort=-{listCost}&pageSize=1&asOf=2024-06-30")).JsonAsync();
        var top = list.GetProperty("items")[0];
        var url = $"/api/v1/{resource}/{top.GetProperty("id").GetInt32()}";

        var then = await (await app.Writer.GetAsync(url + "?asOf=2024-06-30")).JsonAsync();
        var now = await (await app.Writer.GetAsync(url)).JsonAsync();

        Assert.Equal(2024, then.GetProperty("year").GetInt32());
        Assert.Equal(2026, now.GetProperty("year").GetInt32());
        Assert.Equal(top.GetProperty(listCost).GetDecimal(), then.GetProperty(recordCost).GetDecimal());
        Assert.NotEqual(then.GetProperty(recordCost).GetDecimal(), now.GetProperty(recordCost).GetDecimal());
    }

    [Fact]
    public async Task Findings_sort_in_reverse_with_a_minus()
    {
        async Task<(string? Id, int Total)> OneAsync(string sort, int page)
        {
            var list = await (await app.Writer.GetAsync($"/api/v1/findings?sort={sort}&pageSize=1&page={page}")).JsonAsync();
            return (list.GetProperty("items")[0].GetProperty("id").GetString(), list.GetProperty("total").GetInt32());
        }

        var (largest, total) = await OneAsync("impact", 1);
        var (smallest, _) = await OneAsync("impact", total);

        Assert.True(total > 1);
        Assert.NotEqual(largest, smallest);
        Assert.Equal(smallest, (await OneAsync("-impact", 1)).Id);
        Assert.Equal(largest, (await OneAsync("-impact", total)).Id);
    }

    [Fact]
    public async Task Findings_are_listed_and_read_by_their_stable_id()
    {
        var findings = await (await app.Writer.GetAsync("/api/v1/findings?sort=impact&pageSize=5")).JsonAsync();
        Assert.True(findings.GetProperty("total").GetInt32() > 0);
        var first = findings.GetProperty("items")[0];

        var one = await app.Writer.GetAsync($"/api/v1/findings/{first.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(first.GetProperty("title").GetString(), (await one.JsonAsync()).GetProperty("title").GetString());
        // Findings are computed, never written: no write route exists for them.
        Assert.False((await app.Writer.PostAsync("/api/v1/findings", Json("{}"))).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("/api/v1/products?pageSize=201", "pageSize")]
    [InlineData("/api/v1/vendors?page=0", "page")]
    [InlineData("/api/v1/contracts?sort=gibtsnicht", "sort")]
    [InlineData("/api/v1/contracts/1?asOf=30.06.2024", "asOf")]
    [InlineData("/api/v1/contracts?asOf=2024-02-30", "asOf")]
    [InlineData("/api/v1/products?asOf=morgen", "asOf")]
    [InlineData("/api/v1/interfaces?sort=gibtsnicht", "sort")]
    [InlineData("/api/v1/price-index?pageSize=0", "pageSize")]
    public async Task Bad_query_parameters_are_named_in_a_German_problem(string url, string field)
    {
        var response = await app.Writer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("errors").GetProperty(field).EnumerateArray());
    }

    [Fact]
    public async Task The_largest_page_is_200()
    {
        var page = await (await app.Writer.GetAsync("/api/v1/cost-lines?pageSize=200")).JsonAsync();

        Assert.Equal(200, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 200);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413()
    {
        var body = "{\"name\":\"" + new string('x', 1024 * 1024 + 10) + "\"}";

        var response = await app.Writer.PostAsync("/api/v1/vendors", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Die Anfrage ist zu groß.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Excel_reports_download_through_the_api_with_the_same_parameters()
    {
        var report = await app.ReadOnlyItLeitung.GetAsync("/api/v1/reports/vertraege.xlsx?fristTage=180");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.Content.Headers.ContentType!.MediaType);
        var bytes = await report.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        Assert.NotEmpty(workbook.Worksheets);

        var invalid = await app.ReadOnlyItLeitung.GetAsync("/api/v1/reports/vertraege.xlsx?fristTage=abc");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
