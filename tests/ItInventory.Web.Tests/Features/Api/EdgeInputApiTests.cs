using System.Net;
using ItInventory.Core.Validation;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// Values at and beyond the edges, as a careless client or an attacker sends them: each is a German 400 problem
/// naming the field, never a 500, and nothing is written.
/// </summary>
public class EdgeInputApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string Contract = """
        {"contractNumber":"NUMBER","title":"Randwerte","vendorId":1,"evbItType":"PflegeS","start":"START",
         "termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm","annualValue":VALUE}
        """;

    private static string ContractBody(string start = "2022-01-01", string annualValue = "1200", string number = "V-RAND-") =>
        Contract.Replace("NUMBER", number.EndsWith('-') ? number + Guid.NewGuid().ToString("N")[..8] : number)
            .Replace("START", start).Replace("VALUE", annualValue);

    private const string Product = """
        {"inventoryNumber":"NUMBER","name":"NAME","categoryId":1,"ownerDepartmentId":1,"vendorId":1,"operator":"InHouse","estimatedMigrationCost":COST,"usingDepartments":SHARES}
        """;

    private static string ProductBody(string name = "Randprodukt", string cost = "1000", string shares = """[{"departmentId":1,"costSharePercent":100}]""") =>
        Product.Replace("NUMBER", "RAND-" + Guid.NewGuid().ToString("N")[..8]).Replace("NAME", name).Replace("COST", cost).Replace("SHARES", shares);

    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "contracts", ContractBody(start: "9999-12-31"), "Start", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen" },
        { "contracts", ContractBody(start: "0001-01-01"), "Start", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen" },
        { "contracts", ContractBody(annualValue: "1e17"), "AnnualValue", "Der Jahreswert darf höchstens 999.999.999.999,99 € betragen." },
        { "contracts", ContractBody(annualValue: "0.001"), "AnnualValue", "Der Jahreswert darf höchstens zwei Nachkommastellen (Cent) haben." },
        { "contracts", ContractBody(number: "\u200B"), "ContractNumber", "Bitte eine Vertragsnummer angeben." },
        { "products", ProductBody(cost: "1e17"), "EstimatedMigrationCost", "Die Schätzung der Migrationskosten darf höchstens 999.999.999.999,99 € betragen." },
        { "products", ProductBody(name: "\u200B\u2060"), "Name", "Bitte geben Sie den Namen des Produkts an." },
        { "products", ProductBody(shares: "[null]"), "UsingDepartments[0].DepartmentId", "Bitte wählen Sie das Amt." },
        { "cost-lines", """{"productId":1,"fiscalYear":2026,"costType":"Training","kind":"Plan","amount":0.001}""", "Amount", "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben." },
        { "cost-lines", """{"productId":1,"fiscalYear":2026,"costType":"Training","kind":"Plan","amount":1e17}""", "Amount", "Der Betrag darf höchstens 999.999.999.999,99 € betragen." },
        { "vendors", """{"name":"\u200B","kind":"PrivateVendor","country":"DE"}""", "Name", "Bitte einen Namen angeben." },
        // U+0000 answered 500 on PostgreSQL (in the uniqueness look-up and the save) and was stored on SQLite.
        { "vendors", """{"name":"NUL-Anbieter","kind":"PrivateVendor","country":"DE","notes":"\u0000"}""", "Notes", TextRules.NullCharacterMessage },
        { "standards", """{"code":"a\u0000b","name":"NUL-Standard","kind":"ServiceApi","bindingStatus":"Recommended"}""", "Code", TextRules.NullCharacterMessage },
        { "products", ProductBody(name: @"Name\u0000mit Nullzeichen"), "Name", TextRules.NullCharacterMessage },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_edge_value_in_a_body_is_a_German_400_naming_the_field_and_writes_nothing(string resource, string body, string field, string message)
    {
        var before = (await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/{resource}?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32();

        var response = await app.Writer.PostAsync($"/api/v1/{resource}", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.StartsWith(message, errors.GetProperty(field)[0].GetString());
        var after = (await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/{resource}?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("/api/v1/findings?asOf=0001-01-01", "asOf")]
    [InlineData("/api/v1/findings?asOf=9999-12-31", "asOf")]
    [InlineData("/api/v1/contracts?asOf=9999-12-31", "asOf")]
    [InlineData("/api/v1/products/1?asOf=0001-01-01", "asOf")]
    [InlineData("/api/v1/contracts?decisionWithinDays=2147483647", "decisionWithinDays")]
    [InlineData("/api/v1/products?page=10737420", "page")]
    [InlineData("/api/v1/findings?page=10737420&pageSize=200", "page")]
    [InlineData("/api/v1/vendors?page=2147483647", "page")]
    [InlineData("/api/v1/products?page=abc", "page")]
    [InlineData("/api/v1/products?departmentId=zwei", "departmentId")]
    [InlineData("/api/v1/contracts?decisionWithinDays=1e3", "decisionWithinDays")]
    [InlineData("/api/v1/price-index?fromYear=99999999999", "fromYear")]
    [InlineData("/api/v1/products?lifecycle=Unbekannt", "lifecycle")]
    [InlineData("/api/v1/products?search=%00", "search")]
    [InlineData("/api/v1/reports/kosten.xlsx?suche=a%00b", "suche")]
    public async Task A_bad_query_parameter_is_a_German_400_naming_it(string url, string parameter)
    {
        var response = await app.ReadOnlyItLeitung.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request", problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(parameter, out _),
            $"Das Feld {parameter} fehlt in {problem}");
        Assert.DoesNotContain("error occurred", problem.ToString());
    }
}
