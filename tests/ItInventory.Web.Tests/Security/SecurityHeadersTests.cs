using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Security;

/// <summary>
/// Every kind of response carries the same security headers, set in one place (SecurityHeaders): pages, API answers,
/// downloads, static files and error pages; and no framework adds a second, laxer frame policy.
/// </summary>
public partial class SecurityHeadersTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage!.RequestUri!.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), $"keine CSP: {what}");
        var policy = Assert.Single(policies);
        Assert.Matches(CspPattern(), policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["same-origin"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_carry_the_headers_and_their_import_map_the_nonce_of_the_policy()
    {
        var signedIn = await app.Factory.CreateClientAsync("it-leitung");
        var anonymous = app.Anonymous;

        var products = await signedIn.GetAsync("/produkte");
        var login = await anonymous.GetAsync("/anmelden");

        foreach (var page in new[] { products, login })
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertSecurityHeaders(page);
            var nonce = NonceOf(page);
            Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", await page.Content.ReadAsStringAsync());
            // The skip link's handler lives in a script file: no inline event handler is left for the policy to block.
            Assert.DoesNotMatch(InlineHandler(), await page.Content.ReadAsStringAsync());
        }

        Assert.NotEqual(NonceOf(products), NonceOf(login));
    }

    [Fact]
    public async Task Api_answers_and_downloads_carry_the_headers()
    {
        var products = await app.ReadOnlyItLeitung.GetAsync("/api/v1/products");
        var report = await app.ReadOnlyItLeitung.GetAsync("/api/v1/reports/inventar.xlsx");
        var calendar = await app.ReadOnlyItLeitung.GetAsync("/api/v1/deadlines.ics");
        var unauthorized = await app.Anonymous.GetAsync("/api/v1/products");
        var pageDownload = await (await app.Factory.CreateClientAsync("it-leitung")).GetAsync("/berichte/inventar.xlsx");

        Assert.Equal(HttpStatusCode.OK, products.StatusCode);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageDownload.StatusCode);
        foreach (var response in new[] { products, report, calendar, unauthorized, pageDownload })
        {
            AssertSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task Static_files_and_error_pages_carry_the_headers()
    {
        var signedIn = await app.Factory.CreateClientAsync("it-leitung");

        var script = await app.Anonymous.GetAsync("/skip-link.js");
        var blazor = await app.Anonymous.GetAsync("/_framework/blazor.web.js");
        var missingPage = await signedIn.GetAsync("/gibt-es-nicht");
        var missingRecord = await app.ReadOnlyItLeitung.GetAsync("/api/v1/products/999999");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Contains("<html lang=\"de\"", await missingPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missingRecord.StatusCode);
        foreach (var response in new[] { script, blazor, missingPage, missingRecord })
        {
            AssertSecurityHeaders(response);
        }
    }

    private static string NonceOf(HttpResponseMessage response) =>
        CspPattern().Match(response.Headers.GetValues("Content-Security-Policy").Single()).Groups["nonce"].Value;

    [GeneratedRegex("""^default-src 'self'; script-src 'self' 'nonce-(?<nonce>[0-9A-F]{32})'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$""")]
    private static partial Regex CspPattern();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
