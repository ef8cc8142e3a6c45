namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>A test that needs Node.js (for the local OpenID Connect provider); skipped, with the reason, where node is missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (OidcTestProvider.NodeExecutable is null)
        {
            Skip = "Node.js (node) ist nicht installiert: Der Single-Sign-on-Test braucht ihn für den OpenID-Connect-Anbieter in tests/oidc-provider.";
        }
    }
}
