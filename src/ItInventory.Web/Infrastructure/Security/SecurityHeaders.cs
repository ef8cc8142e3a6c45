using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// The one home of the browser security headers. Every response gets them: pages, API, downloads, static files, the
/// status code pages and the exception page. They are written when the response starts, so a response that the
/// exception handler clears and rewrites still carries them, and they overwrite what the framework sets on its own
/// (antiforgery's <c>X-Frame-Options: SAMEORIGIN</c> and Blazor's <c>frame-ancestors 'self'</c> are switched off at
/// their registration so that nothing but this class decides).
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "ItInventory.Security.ScriptNonce";
    private const string ApiReferencePath = "/scalar";

    /// <summary>
    /// Only the app's own origin, with these exceptions:
    /// <list type="bullet">
    /// <item>script-src: own files, plus the one inline script Blazor writes (the import map, <c>&lt;ImportMap&gt;</c>
    /// in App.razor), allowed by a nonce that is new for every response. No 'unsafe-inline', no 'unsafe-eval':
    /// Blazor Server and MudBlazor need neither; inline event handlers (onclick="…") are therefore blocked and belong in
    /// a script file (see wwwroot/skip-link.js).</item>
    /// <item>style-src 'unsafe-inline': MudBlazor writes its theme as a &lt;style&gt; element and positions popovers,
    /// drawers and charts with style attributes, and so do some of the app's own components; a style can neither run
    /// script nor send data beyond img-src/font-src.</item>
    /// <item>img-src data:: MudBlazor's and the app's CSS use small data: images (e.g. select arrows).</item>
    /// <item>connect-src 'self': covers the circuit's WebSocket on the same host (ws:/wss: match 'self' under CSP 3;
    /// the browser tests run the circuit under this policy). It also covers the fetch() of Blazor's enhanced
    /// navigation, so a link that redirects to another site (single sign-on) needs data-enhance-nav="false".</item>
    /// </list>
    /// form-action 'self' leaves single sign-on working: the login page links to /anmelden/sso (a GET, no form), and the
    /// identity provider posts its answer back from its own page, under its own policy.
    /// The API reference at /scalar is the one exception: Scalar starts itself with an inline module script that cannot
    /// carry our nonce, so there (and only there) inline scripts are allowed; the page is static HTML with no user input.
    /// </summary>
    private static string ContentSecurityPolicy(string nonce, bool apiReference) =>
        "default-src 'self'; " +
        (apiReference ? "script-src 'self' 'unsafe-inline'; " : $"script-src 'self' 'nonce-{nonce}'; ") +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>Switches off the framework's own frame headers, so that <see cref="UseSecurityHeaders"/> alone sets them.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);

    /// <summary>Registers the headers; call it first in the pipeline, before the exception handler and static files.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Hex, not Base64: Blazor HTML-encodes '+' and '/' in the attribute (&#x2B;), which browsers decode, but a
            // nonce with nothing to encode reads the same in the header and in the page.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, context.Request.Path.StartsWithSegments(ApiReferencePath));
                headers.XContentTypeOptions = "nosniff";
                // Legacy browsers that ignore frame-ancestors.
                headers.XFrameOptions = "DENY";
                // Stricter than strict-origin-when-cross-origin: addresses carry record ids and search terms, and no
                // other site (identity provider, vendor websites) needs even the origin. Unlike no-referrer it keeps
                // the Origin header of form posts, which CSRF checks at proxies or providers may rely on.
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>This response's nonce for the few inline scripts the framework writes (the import map).</summary>
    public static string ScriptNonce(HttpContext context) => context.Items[NonceKey] as string ?? "";
}
