using System.Net;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>Every page route and endpoint, for every role and for anonymous visitors, gets the expected answer.</summary>
public class PermissionMatrixTests(PermissionMatrixTests.AppFixture app) : IClassFixture<PermissionMatrixTests.AppFixture>
{
    public sealed class AppFixture : IAsyncLifetime
    {
        public InventoryAppFactory Factory { get; } = new();
        public Dictionary<string, HttpClient> Clients { get; } = [];

        public async Task InitializeAsync()
        {
            Clients["anonym"] = await Factory.CreateClientAsync(null);
            foreach (var user in new[] { "admin", "it-leitung", "beschaffung", "rat" })
            {
                Clients[user] = await Factory.CreateClientAsync(user);
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    /// <summary>Route pattern → the URL tested and the permission it needs (null: open to everyone).</summary>
    public static readonly Dictionary<string, (string Url, Permission? Needs)> Routes = new()
    {
        ["/"] = ("/", Permission.ViewDashboard),
        ["/produkte"] = ("/produkte", Permission.ViewInventory),
        ["/produkte/{Id:int}"] = ("/produkte/1", Permission.ViewInventory),
        ["/produkte/neu"] = ("/produkte/neu", Permission.EditInventory),
        ["/produkte/{Id:int}/bearbeiten"] = ("/produkte/1/bearbeiten", Permission.EditInventory),
        ["/kosten"] = ("/kosten", Permission.ViewInventory),
        ["/auffaelligkeiten"] = ("/auffaelligkeiten", Permission.ViewInventory),
        ["/anbieter"] = ("/anbieter", Permission.ViewInventory),
        ["/anbieter/{Id:int}"] = ("/anbieter/1", Permission.ViewInventory),
        ["/anbieter/neu"] = ("/anbieter/neu", Permission.EditInventory),
        ["/anbieter/{Id:int}/bearbeiten"] = ("/anbieter/1/bearbeiten", Permission.EditInventory),
        ["/vertraege"] = ("/vertraege", Permission.ViewInventory),
        ["/vertraege/{Id:int}"] = ("/vertraege/1", Permission.ViewInventory),
        ["/vertraege/neu"] = ("/vertraege/neu", Permission.EditContracts),
        ["/vertraege/{Id:int}/bearbeiten"] = ("/vertraege/1/bearbeiten", Permission.EditContracts),
        ["/aemter"] = ("/aemter", Permission.ViewInventory),
        ["/aemter/{Id:int}"] = ("/aemter/1", Permission.ViewInventory),
        ["/aemter/neu"] = ("/aemter/neu", Permission.EditInventory),
        ["/aemter/{Id:int}/bearbeiten"] = ("/aemter/1/bearbeiten", Permission.EditInventory),
        ["/standards"] = ("/standards", Permission.ViewInventory),
        ["/standards/{Id:int}"] = ("/standards/1", Permission.ViewInventory),
        ["/standards/neu"] = ("/standards/neu", Permission.EditInventory),
        ["/standards/{Id:int}/bearbeiten"] = ("/standards/1/bearbeiten", Permission.EditInventory),
        ["/verwaltung/benutzer"] = ("/verwaltung/benutzer", Permission.Administer),
        ["/verwaltung/protokoll"] = ("/verwaltung/protokoll", Permission.Administer),
        ["/verwaltung/einstellungen"] = ("/verwaltung/einstellungen", Permission.Administer),
        ["/verwaltung/protokoll.xlsx"] = ("/verwaltung/protokoll.xlsx", Permission.Administer),
        ["/konto/tokens"] = ("/konto/tokens", Permission.ViewDashboard),
        ["/export/kostenpositionen.xlsx"] = ("/export/kostenpositionen.xlsx", Permission.Export),
        ["/export/produkte.xlsx"] = ("/export/produkte.xlsx", Permission.Export),
        ["/barrierefreiheit"] = ("/barrierefreiheit", null),
        ["/anmelden"] = ("/anmelden", null),
        ["/einrichtung"] = ("/einrichtung", null),
        ["/fehler/{Code:int}"] = ("/fehler/404", null),
        ["/not-found"] = ("/not-found", null),
        ["/Error"] = ("/Error", null),
        ["/health"] = ("/health", null),
        ["/import"] = ("/import", Permission.Import),
        ["/import/vorlage"] = ("/import/vorlage", Permission.Import),
        ["/import/bericht/{id:guid}"] = ($"/import/bericht/{Guid.NewGuid()}", Permission.Import),
    };

    private static readonly Dictionary<string, string?> RoleOf = new()
    {
        ["anonym"] = null,
        ["admin"] = Roles.Administrator,
        ["it-leitung"] = Roles.ItLeitung,
        ["beschaffung"] = Roles.Beschaffung,
        ["rat"] = Roles.Rat,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes.Keys)
        {
            foreach (var user in RoleOf.Keys)
            {
                data.Add(route, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_the_expected_answer(string route, string user)
    {
        var (url, needs) = Routes[route];
        var role = RoleOf[user];

        var response = await app.Clients[user].GetAsync(url);

        if (needs is null || (role is not null && Roles.Permissions[role].Contains(needs.Value)))
        {
            // An import report that does not exist (any more) is a 404 for users who may import.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound && (url == "/fehler/404" || url.StartsWith("/import/bericht/") || response.StatusCode == HttpStatusCode.OK),
                $"{user} {url}: {(int)response.StatusCode}");
        }
        else if (role is null)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/anmelden", response.Headers.Location!.PathAndQuery);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public void Every_mapped_route_is_in_the_matrix()
    {
        var patterns = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => !p.StartsWith("/_") && !IsStaticAsset(p) && !p.Contains(":file") && p != "/abmelden")
            .Distinct()
            .ToList();

        var missing = patterns.Where(p => !Routes.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Routen ohne Eintrag in der Berechtigungsmatrix: " + string.Join(", ", missing));
    }

    private static bool IsStaticAsset(string pattern) =>
        Path.HasExtension(pattern) && !pattern.EndsWith(".xlsx") && !pattern.EndsWith(".ics") && !pattern.EndsWith(".json");
}
