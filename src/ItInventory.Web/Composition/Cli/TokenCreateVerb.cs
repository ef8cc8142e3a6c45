using System.CommandLine;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Api.Tokens;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// <c>token create --user N --scope read|write</c>: a personal access token for the API. What a role may not hold (no
/// token for operators, no write token for the council) is refused by <see cref="TokenService"/>, as in the UI.
/// </summary>
internal static class TokenCreateVerb
{
    public static Command Create(VerbHost host)
    {
        var user = Text("--user", "NAME", "Anmeldename des Kontos, für das der Token gilt.", required: true);
        var scope = OneOf("--scope", "Lesen (read) oder Lesen und Schreiben (write).", required: true, "read", "write");
        var name = Text("--name", "\"ZWECK\"", "Wozu der Token dient, wie er in der Tokenliste erscheint. Vorgabe: Kommandozeile.");
        var days = Number("--days", 90, "Gültigkeit in Tagen.");
        var command = new Command("create", "Legt einen API-Token an und zeigt ihn einmal an (auf der Standardausgabe, alles andere auf Standardfehler).")
        {
            user, scope, name, days,
        };
        command.SetAction(async parsed =>
        {
            var userName = parsed.GetRequiredValue(user);
            var tokenScope = Enum.Parse<TokenScope>(parsed.GetRequiredValue(scope), ignoreCase: true);
            await using var services = await host.PreparedScopeAsync();
            return await VerbHost.ReportingRefusalsAsync(async () =>
            {
                var created = await services.ServiceProvider.GetRequiredService<TokenService>().CreateForUserNameAsync(
                    userName, parsed.GetValue(name) ?? "Kommandozeile", tokenScope, parsed.GetValue(days));
                Console.Error.WriteLine($"Token für „{userName}“ ({TokenService.ScopeLabel(tokenScope)}) angelegt, gültig bis {created.ExpiresUtc:yyyy-MM-dd}. Es wird nur jetzt angezeigt:");
                Console.WriteLine(created.Token);
            });
        });
        return command;
    }
}
