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
        ["/leistungen"] = ("/leistungen", Permission.ViewInventory),
        ["/leistungen/neu"] = ("/leistungen/neu", Permission.EditInventory),
        ["/leistungen/{Id:int}/bearbeiten"] = ("/leistungen/1/bearbeiten", Permission.EditInventory),
        ["/leistungen/fallzahlen"] = ("/leistungen/fallzahlen", Permission.EditInventory),
        ["/leistungen/fallzahlen/vorlage"] = ("/leistungen/fallzahlen/vorlage", Permission.EditInventory),
        ["/rechnungseingang"] = ("/rechnungseingang", Permission.EditCosts),
        ["/rechnungseingang/{id:int}/original"] = ("/rechnungseingang/999999/original", Permission.ViewInventory),
        ["/berichte"] = ("/berichte", Permission.Export),
        ["/berichte/inventar.xlsx"] = ("/berichte/inventar.xlsx", Permission.Export),
        ["/berichte/kosten.xlsx"] = ("/berichte/kosten.xlsx", Permission.Export),
        ["/berichte/auffaelligkeiten.xlsx"] = ("/berichte/auffaelligkeiten.xlsx", Permission.Export),
        ["/berichte/vertraege.xlsx"] = ("/berichte/vertraege.xlsx?fristTage=180", Permission.Export),
        ["/berichte/ratsbericht.xlsx"] = ("/berichte/ratsbericht.xlsx", Permission.ViewDashboard),
        ["/berichte/finanzplanung.xlsx"] = ("/berichte/finanzplanung.xlsx", Permission.ViewDashboard),
        ["/berichte/leistungen.xlsx"] = ("/berichte/leistungen.xlsx", Permission.Export),
        ["/berichte/verhandlungsmappe.xlsx"] = ("/berichte/verhandlungsmappe.xlsx?anbieter=1", Permission.Export),
        ["/berichte/ausstiegsplanung.xlsx"] = ("/berichte/ausstiegsplanung.xlsx", Permission.Export),
        ["/auffaelligkeiten"] = ("/auffaelligkeiten", Permission.ViewInventory),
        ["/vergleich"] = ("/vergleich", Permission.ViewInventory),
        ["/vergleich/teilnahme"] = ("/vergleich/teilnahme", Permission.ViewInventory),
        ["/vergleich/austauschdatei.json"] = ("/vergleich/austauschdatei.json", Permission.Administer),
        ["/vergleichsstelle"] = ("/vergleichsstelle", Permission.EditReferenceData),
        ["/vergleichsstelle/gesamtdatei.json"] = ("/vergleichsstelle/gesamtdatei.json", Permission.EditReferenceData),
        ["/api/v1/comparison/"] = ("/api/v1/comparison", Permission.ViewInventory),
        ["/api/v1/comparison/joint-demands"] = ("/api/v1/comparison/joint-demands", Permission.ViewInventory),
        ["/api/v1/comparison/exchange"] = ("/api/v1/comparison/exchange", Permission.Administer),
        ["/api/v1/comparison/aggregate"] = ("/api/v1/comparison/aggregate", Permission.EditReferenceData),
        ["/ausstieg"] = ("/ausstieg", Permission.ViewInventory),
        ["/finanzplanung"] = ("/finanzplanung", Permission.ViewDashboard),
        ["/anbieter"] = ("/anbieter", Permission.ViewInventory),
        ["/anbieter/{Id:int}"] = ("/anbieter/1", Permission.ViewInventory),
        ["/anbieter/neu"] = ("/anbieter/neu", Permission.EditInventory),
        ["/anbieter/{Id:int}/bearbeiten"] = ("/anbieter/1/bearbeiten", Permission.EditInventory),
        ["/anbieter/{Id:int}/verhandlungsmappe"] = ("/anbieter/1/verhandlungsmappe", Permission.ViewInventory),
        ["/vertraege"] = ("/vertraege", Permission.ViewInventory),
        ["/vertraege/{Id:int}"] = ("/vertraege/1", Permission.ViewInventory),
        ["/vertraege/neu"] = ("/vertraege/neu", Permission.EditContracts),
        ["/vertraege/{Id:int}/bearbeiten"] = ("/vertraege/1/bearbeiten", Permission.EditContracts),
        ["/aemter"] = ("/aemter", Permission.ViewInventory),
        ["/aemter/{Id:int}"] = ("/aemter/1", Permission.ViewInventory),
        ["/aemter/neu"] = ("/aemter/neu", Permission.EditInventory),
        ["/aemter/{Id:int}/bearbeiten"] = ("/aemter/1/bearbeiten", Permission.EditInventory),
        ["/standards"] = ("/standards", Permission.ViewReferenceData),
        ["/standards/{Id:int}"] = ("/standards/1", Permission.ViewReferenceData),
        ["/standards/neu"] = ("/standards/neu", Permission.EditReferenceData),
        ["/standards/{Id:int}/bearbeiten"] = ("/standards/1/bearbeiten", Permission.EditReferenceData),
        ["/preisindex"] = ("/preisindex", Permission.ViewReferenceData),
        ["/marktkatalog"] = ("/marktkatalog", Permission.ViewReferenceData),
        ["/marktkatalog/zuordnung"] = ("/marktkatalog/zuordnung", Permission.ViewInventory),
        ["/handlungsbedarf"] = ("/handlungsbedarf", Permission.EditContracts),
        ["/begriffe"] = ("/begriffe", Permission.ViewDashboard),
        ["/verwaltung/benutzer"] = ("/verwaltung/benutzer", Permission.Administer),
        ["/betrieb/mandanten"] = ("/betrieb/mandanten", Permission.OperateInstallation),
        ["/betrieb/konten"] = ("/betrieb/konten", Permission.OperateInstallation),
        ["/verwaltung/protokoll"] = ("/verwaltung/protokoll", Permission.Administer),
        ["/verwaltung/einstellungen"] = ("/verwaltung/einstellungen", Permission.Administer),
        ["/verwaltung/protokoll.xlsx"] = ("/verwaltung/protokoll.xlsx", Permission.Administer),
        ["/konto/tokens"] = ("/konto/tokens", Permission.ViewDashboard),
        ["/benachrichtigungen"] = ("/benachrichtigungen", Permission.ViewDashboard),
        ["/benachrichtigungen/bestaetigen"] = ("/benachrichtigungen/bestaetigen?token=unbekannt", Permission.ViewDashboard),
        ["/verwaltung/mailversand"] = ("/verwaltung/mailversand", Permission.Administer),
        ["/export/kostenpositionen.xlsx"] = ("/export/kostenpositionen.xlsx", Permission.Export),
        ["/export/produkte.xlsx"] = ("/export/produkte.xlsx", Permission.Export),
        ["/barrierefreiheit"] = ("/barrierefreiheit", null),
        ["/benachrichtigungen/abmelden"] = ("/benachrichtigungen/abmelden", null),
        // The private calendar: no sign-in (calendar clients send no cookie); an unknown secret is 404 for everyone.
        ["/kalender/{token}.ics"] = ("/kalender/1.0000000000000000000000000000000000000000000000000000000000000000.ics", null),
        ["/anmelden"] = ("/anmelden", null),
        ["/einrichtung"] = ("/einrichtung", null),
        ["/fehler/{Code:int}"] = ("/fehler/404", null),
        ["/not-found"] = ("/not-found", null),
        ["/Error"] = ("/Error", null),
        ["/health"] = ("/health", null),
        ["/import"] = ("/import", Permission.Import),
        ["/import/vorlage"] = ("/import/vorlage", Permission.Import),
        ["/import/bericht/{id:guid}"] = ($"/import/bericht/{Guid.NewGuid()}", Permission.Import),
        ["/import/laeufe/{id:int}/bericht"] = ("/import/laeufe/999999/bericht", Permission.Import),
        ["/api/v1/products/"] = ("/api/v1/products", Permission.ViewInventory),
        ["/api/v1/products/{id:int}"] = ("/api/v1/products/1", Permission.ViewInventory),
        ["/api/v1/categories/"] = ("/api/v1/categories", Permission.ViewInventory),
        ["/api/v1/services/"] = ("/api/v1/services", Permission.ViewInventory),
        ["/api/v1/catalogue/ozg-services"] = ("/api/v1/catalogue/ozg-services", Permission.ViewInventory),
        ["/api/v1/categories/{id:int}"] = ("/api/v1/categories/1", Permission.ViewInventory),
        ["/api/v1/vendors/"] = ("/api/v1/vendors", Permission.ViewInventory),
        ["/api/v1/vendors/{id:int}"] = ("/api/v1/vendors/1", Permission.ViewInventory),
        ["/api/v1/departments/"] = ("/api/v1/departments", Permission.ViewInventory),
        ["/api/v1/departments/{id:int}"] = ("/api/v1/departments/1", Permission.ViewInventory),
        ["/api/v1/contracts/"] = ("/api/v1/contracts", Permission.ViewInventory),
        ["/api/v1/contracts/{id:int}"] = ("/api/v1/contracts/1", Permission.ViewInventory),
        ["/api/v1/cost-lines/"] = ("/api/v1/cost-lines", Permission.ViewInventory),
        ["/api/v1/cost-lines/{id:int}"] = ("/api/v1/cost-lines/1", Permission.ViewInventory),
        ["/api/v1/standards/"] = ("/api/v1/standards", Permission.ViewReferenceData),
        ["/api/v1/standards/{id:int}"] = ("/api/v1/standards/1", Permission.ViewReferenceData),
        ["/api/v1/product-standards/"] = ("/api/v1/product-standards", Permission.ViewInventory),
        ["/api/v1/product-standards/{id:int}"] = ("/api/v1/product-standards/1", Permission.ViewInventory),
        ["/api/v1/interfaces/"] = ("/api/v1/interfaces", Permission.ViewInventory),
        ["/api/v1/interfaces/{id:int}"] = ("/api/v1/interfaces/1", Permission.ViewInventory),
        ["/api/v1/price-index/"] = ("/api/v1/price-index", Permission.ViewReferenceData),
        ["/api/v1/price-index/{year:int}"] = ("/api/v1/price-index/2024", Permission.ViewReferenceData),
        ["/api/v1/findings/"] = ("/api/v1/findings", Permission.ViewInventory),
        ["/api/v1/findings/{id}"] = ("/api/v1/findings/gibt-es-nicht", Permission.ViewInventory),
        ["/api/v1/deadlines.ics"] = ("/api/v1/deadlines.ics", Permission.ViewInventory),
        ["/api/v1/projection"] = ("/api/v1/projection", Permission.ViewDashboard),
        ["/api/v1/exit"] = ("/api/v1/exit?months=18", Permission.ViewInventory),
        ["/api/v1/exit/{productId:int}"] = ("/api/v1/exit/1", Permission.ViewInventory),
        ["/api/v1/reports/inventar.xlsx"] = ("/api/v1/reports/inventar.xlsx", Permission.Export),
        ["/api/v1/reports/kosten.xlsx"] = ("/api/v1/reports/kosten.xlsx", Permission.Export),
        ["/api/v1/reports/auffaelligkeiten.xlsx"] = ("/api/v1/reports/auffaelligkeiten.xlsx", Permission.Export),
        ["/api/v1/reports/verhandlungsmappe.xlsx"] = ("/api/v1/reports/verhandlungsmappe.xlsx?anbieter=1", Permission.Export),
        ["/api/v1/reports/vertraege.xlsx"] = ("/api/v1/reports/vertraege.xlsx", Permission.Export),
        ["/api/v1/reports/ratsbericht.xlsx"] = ("/api/v1/reports/ratsbericht.xlsx", Permission.ViewDashboard),
        ["/api/v1/reports/finanzplanung.xlsx"] = ("/api/v1/reports/finanzplanung.xlsx", Permission.ViewDashboard),
        ["/api/v1/reports/leistungen.xlsx"] = ("/api/v1/reports/leistungen.xlsx", Permission.Export),
        ["/api/v1/reports/ausstiegsplanung.xlsx"] = ("/api/v1/reports/ausstiegsplanung.xlsx", Permission.Export),
        ["/openapi/{documentName}.json"] = ("/openapi/v1.json", null),
        ["/scalar/{documentName?}"] = ("/scalar/", null),
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
            // A finding id or import report that does not exist answers 404 to those who may read it.
            var expected = url switch
            {
                "/fehler/404" => [HttpStatusCode.OK, HttpStatusCode.NotFound],
                _ when url.StartsWith("/kalender/") => [HttpStatusCode.NotFound],
                "/api/v1/findings/gibt-es-nicht" => [HttpStatusCode.NotFound],
                // The matrix's tenant does not take part (no exchange file), and its installation is no Vergleichsstelle.
                "/vergleich/austauschdatei.json" => [HttpStatusCode.Conflict],
                "/api/v1/comparison/exchange" => [HttpStatusCode.BadRequest],
                "/vergleichsstelle/gesamtdatei.json" or "/api/v1/comparison/aggregate" => [HttpStatusCode.NotFound],
                _ when url.StartsWith("/import/bericht/") || url.StartsWith("/import/laeufe/999999") || url.StartsWith("/rechnungseingang/999999") => [HttpStatusCode.NotFound],
                _ => new[] { HttpStatusCode.OK },
            };
            Assert.True(expected.Contains(response.StatusCode), $"{user} {url}: {(int)response.StatusCode}");
        }
        else if (role is null && url.StartsWith("/api/"))
        {
            // Another system gets a status, not a login page.
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
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

    // Form posts that change the sign-in; OperatorTests tries them as the operator and as a tenant's administrator.
    // POST only: the e-invoice intake's permission is checked by InvoicesApiTests (a read-only token gets 403).
    private static readonly string[] FormPostsOnly = ["/abmelden", "/betrieb/mandanten/{tenantId:int}/einsehen", "/betrieb/einsicht-beenden", "/api/v1/invoices",
        "/api/v1/comparison/exchange-files"];

    [Fact]
    public void Every_mapped_route_is_in_the_matrix()
    {
        var patterns = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => !p.StartsWith("/_") && !IsStaticAsset(p) && !p.Contains(":file") && !FormPostsOnly.Contains(p))
            .Distinct()
            .ToList();

        var missing = patterns.Where(p => !Routes.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Routen ohne Eintrag in der Berechtigungsmatrix: " + string.Join(", ", missing));
    }

    private static bool IsStaticAsset(string pattern) =>
        Path.HasExtension(pattern) && !pattern.EndsWith(".xlsx") && !pattern.EndsWith(".ics") && !pattern.EndsWith(".json");
}
