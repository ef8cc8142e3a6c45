using System.Net;
using System.Text;
using System.Text.Json;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>The sample city (tenant 1) and a small second tenant in one app, each with a write token of its IT head.</summary>
public sealed class TwoTenantsFixture : IAsyncLifetime
{
    public const string SecondUser = "feld-leitung";

    public InventoryAppFactory Factory { get; } = new();
    public SecondTenant Second { get; private set; } = null!;
    public HttpClient FirstWriter { get; private set; } = null!;
    public HttpClient SecondWriter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        FirstWriter = await Factory.CreateTokenClientAsync("it-leitung", TokenScope.Write);
        Second = await SecondTenant.AddAsync(Factory.Provider, Factory.ConnectionString);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(Second.TenantId);
            await scope.ServiceProvider.GetRequiredService<UserAdministrationService>()
                .CreateWithoutPermissionCheckAsync(SecondUser, "Frieda Feld", null, Roles.ItLeitung, "Beispielfeld-Passwort-2026", "Test");
        }

        SecondWriter = await Factory.CreateTokenClientAsync(SecondUser, TokenScope.Write);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// Tenant isolation as an attacker with a valid token of another tenant would try it: every record of the other tenant
/// is "not found" (never "forbidden", which would confirm that it exists), lists hold only the caller's rows, and
/// writes that name the other tenant's ids change nothing.
/// </summary>
public sealed class TenantIsolationApiTests(TwoTenantsFixture app) : IClassFixture<TwoTenantsFixture>
{
    public static TheoryData<string> Resources => ["products", "vendors", "departments", "contracts", "cost-lines", "interfaces", "product-standards"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_record_of_the_other_tenant_is_not_found_and_cannot_be_changed_or_deleted(string resource)
    {
        var (firstId, secondId) = await IdsAsync(resource);
        var firstUrl = $"/api/v1/{resource}/{firstId}";
        var original = await app.FirstWriter.GetAsync(firstUrl);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        var etag = original.Headers.ETag!.Tag;
        var body = JsonDocument.Parse(await original.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, (await app.SecondWriter.GetAsync(firstUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FirstWriter.GetAsync($"/api/v1/{resource}/{secondId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SecondWriter.GetAsync($"/api/v1/{resource}/{secondId}")).StatusCode);

        var put = await app.SecondWriter.SendAsync(ApiClients.Put(firstUrl, body, etag));
        Assert.False(put.IsSuccessStatusCode, $"PUT answered {put.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, (await app.SecondWriter.SendAsync(ApiClients.Delete(firstUrl, etag))).StatusCode);

        var after = await app.FirstWriter.GetAsync(firstUrl);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(etag, after.Headers.ETag!.Tag);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_list_holds_only_the_callers_rows(string resource)
    {
        var (_, secondId) = await IdsAsync(resource);
        var list = await (await app.SecondWriter.GetAsync($"/api/v1/{resource}?pageSize=100")).JsonAsync();

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(secondId, list.GetProperty("items")[0].GetProperty("id").GetInt32());
        var first = await (await app.FirstWriter.GetAsync($"/api/v1/{resource}?pageSize=100")).JsonAsync();
        Assert.DoesNotContain(first.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetInt32() == secondId);
    }

    [Fact]
    public async Task The_exit_assessment_of_the_other_tenants_product_is_not_found_and_cannot_be_written()
    {
        var (firstId, _) = await IdsAsync("products");
        var url = $"/api/v1/exit/{firstId}";
        var etag = (await app.FirstWriter.GetAsync(url)).Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.NotFound, (await app.SecondWriter.GetAsync(url)).StatusCode);
        var put = await app.SecondWriter.SendAsync(ApiClients.Put(url, new { alternativeName = "Fremdbewertung", costItems = new { migration = 1 } }, etag));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);

        await using var db = app.Factory.CreateContext();
        Assert.False(await db.ExitAssessments.AnyAsync(a => a.ProductId == firstId));
    }

    /// <summary>Bodies that are valid in the sample city, naming its department, vendor and product (id 1 each).</summary>
    [Theory]
    [InlineData("products", """{"inventoryNumber":"BF-X-1","name":"Fremdbezug","categoryId":1,"ownerDepartmentId":1,"vendorId":1,"operator":"InHouse","usingDepartments":[{"departmentId":1,"costSharePercent":100}]}""")]
    [InlineData("contracts", """{"contractNumber":"BF-X-2","title":"Fremdvertrag","vendorId":1,"evbItType":"PflegeS","start":"2022-01-01","termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm"}""")]
    [InlineData("cost-lines", """{"productId":1,"fiscalYear":2026,"costType":"Training","kind":"Plan","amount":1234.56}""")]
    [InlineData("interfaces", """{"sourceProductId":1,"externalSystem":"Fremdsystem"}""")]
    [InlineData("product-standards", """{"productId":1,"standardId":2,"status":"Supported","verification":"VendorStatement"}""")]
    public async Task A_new_record_naming_the_other_tenants_records_is_refused_and_nothing_is_written(string resource, string body)
    {
        await using var db = app.Factory.CreateContext();
        var before = await TotalsAsync(db);

        var response = await app.SecondWriter.PostAsync($"/api/v1/{resource}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{resource}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(before, await TotalsAsync(db));
    }

    [Fact]
    public async Task Findings_and_the_deadline_feed_show_only_the_callers_records()
    {
        var findings = await (await app.SecondWriter.GetAsync("/api/v1/findings?pageSize=100")).JsonAsync();
        var subjects = findings.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("subject").GetString()).ToHashSet();
        Assert.Contains("Feldverfahren", subjects);
        await using var db = app.Factory.CreateContext();
        var firstNames = await db.Products.Select(p => p.Name).Concat(db.Contracts.Select(c => c.Title)).Concat(db.Vendors.Select(v => v.Name)).ToListAsync();
        Assert.DoesNotContain(subjects, s => firstNames.Contains(s!));

        var feed = await app.SecondWriter.GetStringAsync("/api/v1/deadlines.ics");
        Assert.DoesNotContain(await db.Contracts.Select(c => c.ContractNumber).FirstAsync(), feed);
    }

    [Fact]
    public async Task Exit_planning_and_city_services_show_only_the_callers_records_and_the_shared_catalogue_to_both()
    {
        await using var db = app.Factory.CreateContext();
        var firstProduct = await db.Products.MinAsync(p => p.Id);

        // The other tenant's exit assessment is "not found", never "forbidden"; its own is there.
        Assert.Equal(HttpStatusCode.NotFound, (await app.SecondWriter.GetAsync($"/api/v1/exit/{firstProduct}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FirstWriter.GetAsync($"/api/v1/exit/{app.Second.ProductId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SecondWriter.GetAsync($"/api/v1/exit/{app.Second.ProductId}")).StatusCode);
        var exits = (await (await app.SecondWriter.GetAsync("/api/v1/exit?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("productId").GetInt32()).ToList();
        Assert.Equal([app.Second.ProductId], exits);

        // The sample city's services are its own; the OZG catalogue is one for all.
        var ownServices = (await (await app.FirstWriter.GetAsync("/api/v1/services?pageSize=100")).JsonAsync()).GetProperty("total").GetInt32();
        var theirServices = (await (await app.SecondWriter.GetAsync("/api/v1/services?pageSize=100")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal((await db.CityServices.CountAsync(), 0), (ownServices, theirServices));
        Assert.InRange(ownServices, 1, int.MaxValue);
        var firstCatalogue = (await (await app.FirstWriter.GetAsync("/api/v1/catalogue/ozg-services?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32();
        var secondCatalogue = (await (await app.SecondWriter.GetAsync("/api/v1/catalogue/ozg-services?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(firstCatalogue, secondCatalogue);
        Assert.InRange(firstCatalogue, 1, int.MaxValue);
    }

    private async Task<(int First, int Second)> IdsAsync(string resource)
    {
        await using var db = app.Factory.CreateContext();
        var second = app.Second;
        return resource switch
        {
            "products" => (await db.Products.MinAsync(p => p.Id), second.ProductId),
            "vendors" => (await db.Vendors.MinAsync(v => v.Id), second.VendorId),
            "departments" => (await db.Departments.MinAsync(d => d.Id), second.DepartmentId),
            "contracts" => (await db.Contracts.MinAsync(c => c.Id), second.ContractId),
            "cost-lines" => (await db.CostLines.MinAsync(c => c.Id), second.CostLineId),
            "interfaces" => (await db.Interfaces.MinAsync(i => i.Id), second.InterfaceId),
            "product-standards" => (await db.ProductStandards.MinAsync(s => s.Id), second.StandardSupportId),
            _ => throw new ArgumentOutOfRangeException(nameof(resource)),
        };
    }

    private static async Task<string> TotalsAsync(ItInventory.Web.Data.InventoryDbContext db) =>
        string.Join(",", await db.Products.IgnoreQueryFilters().CountAsync(), await db.Contracts.IgnoreQueryFilters().CountAsync(),
            await db.CostLines.IgnoreQueryFilters().CountAsync(), await db.Interfaces.IgnoreQueryFilters().CountAsync(),
            await db.ProductStandards.IgnoreQueryFilters().CountAsync());
}
