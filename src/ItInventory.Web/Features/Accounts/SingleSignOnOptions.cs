namespace ItInventory.Web.Features.Accounts;

/// <summary>Optional single sign-on with OpenID Connect (Keycloak, ADFS, Entra ID). Off unless <see cref="Enabled"/>.</summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The authentication scheme; also the login provider name stored with each linked user.</summary>
    public const string Scheme = "oidc";

    public bool Enabled { get; set; }

    /// <summary>The issuer, e.g. <c>https://login.stadt.example/realms/verwaltung</c>; its discovery document is read from there.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Requested scopes; empty means <c>openid profile email</c>. <c>openid</c> is always requested.</summary>
    /// <remarks>Empty by default because the configuration binder appends to a list instead of replacing it.</remarks>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The claim that carries groups or roles: <c>groups</c> (Keycloak, Entra ID groups) or <c>roles</c> (Entra ID app roles, ADFS).</summary>
    public string RoleClaimType { get; set; } = "groups";

    /// <summary>The claim used as the local user name; the subject is used when the provider sends none.</summary>
    public string UserNameClaimType { get; set; } = "preferred_username";

    /// <summary>
    /// The claim naming the person's tenant (Mandant) by official key or name; needed once the installation has more
    /// than one tenant, ignored with one.
    /// </summary>
    public string? TenantClaimType { get; set; }

    /// <summary>Claim value → app role (Administrator, IT-Leitung, Beschaffung, Rat). Values are compared ignoring case.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Shown on the login page as „Mit {DisplayName} anmelden“.</summary>
    public string DisplayName { get; set; } = "Single Sign-on";

    /// <summary>Only ever switch off for a provider on the same machine (tests, local trials).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>With single sign-on enabled: whether the user name and password form stays available.</summary>
    public bool AllowLocalLogin { get; set; } = true;

    public IReadOnlyList<string> EffectiveScopes =>
        new[] { "openid" }.Concat(Scopes.Count == 0 ? ["profile", "email"] : Scopes.Select(s => s.Trim()))
            .Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether the login page offers the password form: always without single sign-on, else as configured.</summary>
    public bool LocalLoginAvailable => !Enabled || AllowLocalLogin;
}
