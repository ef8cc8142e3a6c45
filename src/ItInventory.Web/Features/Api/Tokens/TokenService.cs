using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Api.Tokens;

public sealed record TokenSummary(int Id, string Name, TokenScope Scope, string Prefix, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc, DateTime? LastUsedUtc);

public sealed record CreatedToken(int Id, string Token, DateTime ExpiresUtc);

/// <summary>Personal access tokens: each signed-in user manages their own; administrators create them on the command line.</summary>
public sealed class TokenService(IDbContextFactory<InventoryDbContext> contextFactory, UserManager<ApplicationUser> userManager, ICurrentUser currentUser, CurrentTenant tenant, AuditLog auditLog, TimeProvider time)
{
    public const int MaxLifetimeDays = 366;

    public async Task<IReadOnlyList<TokenSummary>> ListOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<PersonalAccessToken>().AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedUtc)
            .Select(t => new TokenSummary(t.Id, t.Name, t.Scope, t.Prefix, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<CreatedToken> CreateOwnAsync(string name, TokenScope scope, int lifetimeDays, CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserIdAsync();
        var principal = await currentUser.GetPrincipalAsync();
        // The account's roles, not the sign-in's: an operator looking into a tenant holds that tenant only for the look.
        var user = await userManager.FindByIdAsync(userId) ?? throw new AccessDeniedException(Permission.ViewDashboard);
        ThrowIfScopeRefused(await userManager.GetRolesAsync(user), scope, "Ihre Rolle");
        return await CreateForAsync(userId, name, scope, lifetimeDays, await currentUser.GetNameAsync(), cancellationToken);
    }

    /// <summary>For the command line, where an administrator acts for a named user: the same rules as for the user.</summary>
    internal async Task<CreatedToken> CreateForUserNameAsync(string userName, string name, TokenScope scope, int lifetimeDays, CancellationToken cancellationToken = default)
    {
        var user = await userManager.FindByNameAsync(userName)
                   ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["User"] = [$"Den Benutzer „{userName}“ gibt es nicht."] });
        ThrowIfScopeRefused(await userManager.GetRolesAsync(user), scope, $"Die Rolle von „{userName}“");
        // The token works in its user's tenant; the command line has no signed-in user to take it from.
        tenant.Assume(user.TenantId ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["User"] = [$"„{userName}“ gehört zu keinem Mandanten; ein Token gilt immer für einen Mandanten."] }));
        return await CreateForAsync(user.Id, name, scope, lifetimeDays, "Kommandozeile", cancellationToken);
    }

    /// <summary>
    /// A token works in its account's tenant with what the account's role may do: an operator's account belongs to no
    /// tenant and gets none; a write token only for a role that may change something.
    /// </summary>
    private static void ThrowIfScopeRefused(IEnumerable<string> roles, TokenScope scope, string whose)
    {
        var tenantRoles = roles.Where(Roles.All.Contains).ToList();
        if (tenantRoles.Count == 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Scope"] = ["Betreiberkonten und Konten ohne Rolle erhalten keine API-Tokens: ein Token gilt immer für einen Mandanten."] });
        }

        if (scope == TokenScope.Write && !tenantRoles.Any(r => Roles.Permissions[r].Any(IsWritePermission)))
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Scope"] = [$"{whose} darf nichts ändern; wählen Sie den Bereich „Lesen“."] });
        }
    }

    public async Task RevokeOwnAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        var userId = await CurrentUserIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.Set<PersonalAccessToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
                    ?? throw new NotFoundException("Das Token", tokenId);
        token.RevokedUtc ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await auditLog.RecordAsync(AuditAction.UserChange, await currentUser.GetNameAsync(), $"API-Token „{token.Name}“ ({token.Prefix}…) widerrufen.", "Token", token.Id.ToString(), cancellationToken);
    }

    private async Task<CreatedToken> CreateForAsync(string userId, string name, TokenScope scope, int lifetimeDays, string actor, CancellationToken cancellationToken)
    {
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(name), "Name", "Bitte geben Sie dem Token einen Namen, z. B. das System, das es nutzt.")
            .When(name?.Length > 100, "Name", "Der Name darf höchstens 100 Zeichen lang sein.")
            .When(lifetimeDays is < 1 or > MaxLifetimeDays, "LifetimeDays", $"Die Gültigkeit muss zwischen 1 und {MaxLifetimeDays} Tagen liegen.")
            .ThrowIfAny();

        var secret = TokenCodec.NewToken();
        var now = time.GetUtcNow().UtcDateTime;
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name!.Trim(),
            Scope = scope,
            TokenHash = TokenCodec.Hash(secret),
            Prefix = TokenCodec.VisiblePrefix(secret),
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(lifetimeDays),
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await auditLog.RecordAsync(AuditAction.UserChange, actor, $"API-Token „{token.Name}“ ({token.Prefix}…, {ScopeLabel(scope)}) angelegt, gültig bis {token.ExpiresUtc:yyyy-MM-dd}.", "Token", token.Id.ToString(), cancellationToken);
        return new CreatedToken(token.Id, secret, token.ExpiresUtc);
    }

    public static string ScopeLabel(TokenScope scope) => scope == TokenScope.Write ? "Lesen und Schreiben" : "Lesen";

    private static bool IsWritePermission(Permission permission) =>
        permission is Permission.EditInventory or Permission.EditReferenceData or Permission.EditContracts or Permission.EditCosts or Permission.Import or Permission.Administer;

    private async Task<string> CurrentUserIdAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        return principal.Identity?.IsAuthenticated == true ? userManager.GetUserId(principal) ?? throw new AccessDeniedException(Permission.ViewDashboard) : throw new AccessDeniedException(Permission.ViewDashboard);
    }
}
