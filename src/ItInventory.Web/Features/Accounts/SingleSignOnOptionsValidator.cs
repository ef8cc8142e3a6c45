using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

/// <summary>Checked at start: an enabled but incomplete single sign-on stops the app with messages that name the setting.</summary>
public sealed class SingleSignOnOptionsValidator : IValidateOptions<SingleSignOnOptions>
{
    private const string Prefix = SingleSignOnOptions.Section;

    public ValidateOptionsResult Validate(string? name, SingleSignOnOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            failures.Add($"Single Sign-on ist eingeschaltet, aber {Prefix}:Authority fehlt (die Adresse des Anmeldedienstes, z. B. https://login.stadt.example/realms/verwaltung).");
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}:Authority „{options.Authority}“ ist keine gültige http(s)-Adresse.");
        }
        else if (authority.Scheme != Uri.UriSchemeHttps && options.RequireHttpsMetadata)
        {
            failures.Add($"{Prefix}:Authority „{options.Authority}“ muss mit https:// beginnen (nur für Tests: {Prefix}:RequireHttpsMetadata = false).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"Single Sign-on ist eingeschaltet, aber {Prefix}:ClientId fehlt (die Client-ID der App beim Anmeldedienst).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"Single Sign-on ist eingeschaltet, aber {Prefix}:ClientSecret fehlt (das Client-Geheimnis; bitte als Umgebungsvariable oder User Secret setzen, nicht in appsettings.json).");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaimType))
        {
            failures.Add($"{Prefix}:RoleClaimType fehlt (der Claim mit Gruppen oder Rollen, z. B. „groups“ oder „roles“).");
        }

        if (string.IsNullOrWhiteSpace(options.UserNameClaimType))
        {
            failures.Add($"{Prefix}:UserNameClaimType fehlt (der Claim mit dem Benutzernamen, z. B. „preferred_username“).");
        }

        if (options.RoleMapping.Count == 0)
        {
            failures.Add($"{Prefix}:RoleMapping ist leer: Ohne Zuordnung von Gruppen zu Rollen könnte sich niemand per Single Sign-on anmelden.");
        }

        foreach (var (claimValue, role) in options.RoleMapping)
        {
            if (!Roles.All.Contains(role))
            {
                failures.Add($"{Prefix}:RoleMapping ordnet „{claimValue}“ der unbekannten Rolle „{role}“ zu. Erlaubt: {string.Join(", ", Roles.All)}.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName))
        {
            failures.Add($"{Prefix}:DisplayName darf nicht leer sein (er steht auf der Schaltfläche der Anmeldeseite).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
