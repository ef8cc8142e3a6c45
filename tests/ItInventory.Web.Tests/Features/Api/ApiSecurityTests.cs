using System.Net;
using ItInventory.Web.Tests.Support;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>The same roles as the pages; a read token never writes; anonymous callers get 401, not a login page.</summary>
public class ApiSecurityTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Without_a_token_the_answer_is_401_with_a_bearer_challenge()
    {
        var response = await app.Anonymous.GetAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_unknown_token_is_401()
    {
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "itinv_gibtsnicht");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/products")).StatusCode);
    }

    [Fact]
    public async Task The_council_sees_the_dashboard_only_so_the_inventory_api_is_forbidden_in_German()
    {
        var response = await app.Rat.GetAsync("/api/v1/contracts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Keine Berechtigung.", (await response.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Rat.PostAsync("/api/v1/departments", Json("""{"number":"998","name":"Ratsamt"}"""))).StatusCode);
    }

    [Fact]
    public async Task A_read_token_of_a_writing_role_may_not_write()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.ReadOnlyItLeitung.GetAsync("/api/v1/vendors/1")).StatusCode);

        var response = await app.ReadOnlyItLeitung.PostAsync("/api/v1/vendors", Json("""{"name":"Lesetoken GmbH","kind":"PrivateVendor","country":"DE"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Procurement_may_edit_contracts_but_not_products()
    {
        var procurement = await app.Factory.CreateTokenClientAsync("beschaffung", ItInventory.Web.Data.Entities.TokenScope.Write);

        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.PostAsync("/api/v1/products", Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await procurement.PostAsync("/api/v1/contracts", Json("{}"))).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_session_may_call_the_api_too()
    {
        var browser = await app.Factory.CreateClientAsync("beschaffung");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/products")).StatusCode);
    }

    [Fact]
    public async Task The_token_in_the_query_works_for_the_calendar_only()
    {
        var token = await app.Factory.CreateTokenAsync("beschaffung", ItInventory.Web.Data.Entities.TokenScope.Read);
        var client = app.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/deadlines.ics?token={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/products?token={token}")).StatusCode);
    }

    [Fact]
    public async Task A_write_token_does_not_work_in_a_calendar_address_which_ends_up_in_logs()
    {
        var token = await app.Factory.CreateTokenAsync("beschaffung", ItInventory.Web.Data.Entities.TokenScope.Write);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Factory.CreateClient().GetAsync($"/api/v1/deadlines.ics?token={token}")).StatusCode);
        var bearer = app.Factory.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/v1/deadlines.ics")).StatusCode);
    }
}
