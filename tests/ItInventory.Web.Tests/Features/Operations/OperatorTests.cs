using System.Net;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Operations;

/// <summary>
/// The operator of a data centre's installation, through real HTTP: sees no tenant's data until switching into one
/// explicitly, reads but does not change it there, and every switch is in that tenant's audit trail; a tenant's
/// administrator never reaches the operator's pages.
/// </summary>
public sealed class OperatorTests(OperatorTests.Fixture app) : IClassFixture<OperatorTests.Fixture>
{
    public const string OperatorName = "betrieb.krz";
    public const string OperatorPassword = "Betrieb-Passwort-2026";

    public sealed class Fixture : IAsyncLifetime
    {
        public InventoryAppFactory Factory { get; } = new();
        public SecondTenant Second { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Second = await SecondTenant.AddAsync(Factory.Provider, Factory.ConnectionString);
            using var scope = Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<UserAdministrationService>()
                .CreateWithoutPermissionCheckAsync(OperatorName, "Rechenzentrum Betrieb", null, Roles.Operator, OperatorPassword, "Test");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task The_operator_sees_no_tenants_data_until_looking_into_one_and_the_look_is_audited()
    {
        var client = await app.Factory.CreateClientAsync(OperatorName, OperatorPassword);

        var outside = await PageAsync(client, "/produkte");
        Assert.Contains("Keine Daten ohne Mandant", outside);
        Assert.DoesNotContain("Feldverfahren", outside);

        var tenants = await PageAsync(client, "/betrieb/mandanten");
        Assert.Contains(SecondTenant.Name, tenants);

        var start = await PostWithTokenAsync(client, $"/betrieb/mandanten/{app.Second.TenantId}/einsehen", tenants);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/", start.Headers.Location!.OriginalString);

        // Several requests: the security-stamp check rebuilds the principal on each and must keep the look.
        for (var i = 0; i < 2; i++)
        {
            var inside = await PageAsync(client, "/produkte");
            Assert.Contains("Feldverfahren", inside);
            Assert.Contains("als Betrieb ein", inside);
        }

        Assert.Contains("Keine Berechtigung", await PageAsync(client, "/produkte/neu"));
        Assert.Contains("Keine Berechtigung", await PageAsync(client, "/verwaltung/benutzer"));

        var end = await PostWithTokenAsync(client, "/betrieb/einsicht-beenden", await PageAsync(client, "/produkte"));
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Contains("Keine Daten ohne Mandant", await PageAsync(client, "/produkte"));

        await using var db = app.Factory.Database.CreateContext(app.Second.TenantId);
        var trail = await db.AuditEntries.Where(a => a.Action == AuditAction.TenantAccess).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, trail.Count);
        Assert.All(trail, a => Assert.Equal(OperatorName, a.UserName));
        Assert.Contains("sieht den Mandanten", trail[0].Summary);
        Assert.Contains("beendet die Einsicht", trail[1].Summary);

        await using var sampleCity = app.Factory.Database.CreateContext(1);
        Assert.False(await sampleCity.AuditEntries.AnyAsync(a => a.Action == AuditAction.TenantAccess));
    }

    [Fact]
    public async Task Looking_into_a_tenant_that_does_not_exist_or_without_the_forms_token_is_refused()
    {
        var client = await app.Factory.CreateClientAsync(OperatorName, OperatorPassword);
        var page = await PageAsync(client, "/betrieb/mandanten");

        Assert.Equal(HttpStatusCode.NotFound, (await PostWithTokenAsync(client, "/betrieb/mandanten/987654/einsehen", page)).StatusCode);
        var forged = await client.PostAsync($"/betrieb/mandanten/{app.Second.TenantId}/einsehen", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Keine Daten ohne Mandant", await PageAsync(client, "/produkte"));
    }

    [Fact]
    public async Task A_tenants_administrator_reaches_neither_the_operators_pages_nor_the_switch()
    {
        var admin = await app.Factory.CreateClientAsync("admin");
        var page = await PageAsync(admin, "/betrieb/mandanten");
        Assert.Contains("Keine Berechtigung", page);
        Assert.DoesNotContain(SecondTenant.Name, page);

        var attempt = await PostWithTokenAsync(admin, $"/betrieb/mandanten/{app.Second.TenantId}/einsehen", await PageAsync(admin, "/produkte"));
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.DoesNotContain("Feldverfahren", await PageAsync(admin, "/produkte"));
    }

    // The page's text whatever its status: a refused page (403) explains itself.
    private static async Task<string> PageAsync(HttpClient client, string path) => await (await client.GetAsync(path)).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path, string pageWithForm) =>
        await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpLogin.AntiforgeryTokenOf(pageWithForm),
        }));
}
