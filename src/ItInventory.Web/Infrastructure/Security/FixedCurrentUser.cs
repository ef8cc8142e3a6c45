using System.Security.Claims;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>A user fixed at construction: for command-line verbs and background work that act on someone's behalf.</summary>
public sealed class FixedCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    public static FixedCurrentUser WithRoles(string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new FixedCurrentUser(new ClaimsPrincipal(new ClaimsIdentity(claims, "fixed")));
    }

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(principal);
}
