using ItInventory.Web.Data.Entities;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ItInventory.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Api.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer itinv_…</c> against the stored hashes. The principal carries the user's
/// role as for a browser login, plus the token's scope, so the same permission checks apply.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<InventoryDbContext> contextFactory,
    UserManager<ApplicationUser> userManager,
    IUserClaimsPrincipalFactory<ApplicationUser> principalFactory,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";
    public const string ScopeClaim = "scope";
    public const string TokenIdClaim = "token_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenFrom(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = TokenCodec.Hash(token);
        await using var db = await contextFactory.CreateDbContextAsync(Context.RequestAborted);
        // Before authentication the request has no tenant yet: the token, found by its secret, names it.
        var stored = await db.Set<PersonalAccessToken>().IgnoreQueryFilters().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        if (stored is null || !stored.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("Das Token ist unbekannt, abgelaufen oder widerrufen.");
        }

        // An address with a token ends up in calendar apps, proxy logs and forwarded invitations: only a token that can
        // read nothing but what it reads anyway may stand in one.
        if (stored.Scope == TokenScope.Write && !Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("In einer Kalender-Adresse gilt nur ein Lese-Token.");
        }

        var user = await userManager.FindByIdAsync(stored.UserId);
        if (user is null || user.IsDisabled || user.TenantId != stored.TenantId)
        {
            return AuthenticateResult.Fail("Der Benutzer des Tokens ist gesperrt oder gelöscht.");
        }

        // Recording every use would write on every read; once a minute is enough to show a token is alive.
        if (stored.LastUsedUtc is null || now - stored.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            stored.LastUsedUtc = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var principal = await principalFactory.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ScopeClaim, stored.Scope == TokenScope.Write ? "write" : "read"));
        identity.AddClaim(new Claim(TokenIdClaim, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    /// <summary>The header, or for calendar subscriptions (which cannot send headers) the <c>token</c> query parameter.</summary>
    private static string? TokenFrom(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.Value?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) == true ? request.Query["token"].FirstOrDefault() : null;
    }
}
