using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>Single sign-on switched on against the test provider in tests/oidc-provider (its client and its groups).</summary>
public static class SingleSignOnTestSettings
{
    public const string ClientId = "itinventory";
    public const string ClientSecret = "itinventory-test-secret";

    public static Dictionary<string, string?> For(string authority, bool allowLocalLogin = true) => new()
    {
        ["Authentication:OpenIdConnect:Enabled"] = "true",
        ["Authentication:OpenIdConnect:Authority"] = authority,
        ["Authentication:OpenIdConnect:ClientId"] = ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = ClientSecret,
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["Authentication:OpenIdConnect:AllowLocalLogin"] = allowLocalLogin ? "true" : "false",
        ["Authentication:OpenIdConnect:Scopes:0"] = "openid",
        ["Authentication:OpenIdConnect:Scopes:1"] = "profile",
        ["Authentication:OpenIdConnect:Scopes:2"] = "email",
        ["Authentication:OpenIdConnect:Scopes:3"] = "groups",
        ["Authentication:OpenIdConnect:RoleClaimType"] = "groups",
        ["Authentication:OpenIdConnect:RoleMapping:itinventory-administration"] = Roles.Administrator,
        ["Authentication:OpenIdConnect:RoleMapping:itinventory-it-leitung"] = Roles.ItLeitung,
        ["Authentication:OpenIdConnect:RoleMapping:itinventory-beschaffung"] = Roles.Beschaffung,
        ["Authentication:OpenIdConnect:RoleMapping:itinventory-rat"] = Roles.Rat,
    };
}
