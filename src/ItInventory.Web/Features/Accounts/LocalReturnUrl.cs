namespace ItInventory.Web.Features.Accounts;

public static class LocalReturnUrl
{
    /// <summary>Only local paths: an attacker's link must not send a fresh login to another site.</summary>
    public static string Sanitize(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}
