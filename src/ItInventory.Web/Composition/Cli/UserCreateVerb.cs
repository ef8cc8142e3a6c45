using System.CommandLine;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary><c>user create --name N --role R</c>: an account without a permission check, e.g. the first administrator.</summary>
internal static class UserCreateVerb
{
    public static Command Create(VerbHost host)
    {
        var name = Text("--name", "NAME", "Anmeldename.", required: true);
        var role = Text("--role", "ROLLE", $"Rolle: {string.Join(", ", Roles.All)} oder {Roles.Operator} (Betrieb des Rechenzentrums, ohne Mandant).", required: true);
        var displayName = Text("--display-name", "\"VORNAME NACHNAME\"", "Angezeigter Name.");
        var email = Text("--email", "ADRESSE", "E-Mail-Adresse.");
        var password = Text("--password", "PASSWORT", "Passwort. Ohne diese Option wird es von der Standardeingabe gelesen (und steht in keiner Shell-Historie).");
        var command = new Command("create", "Legt ein Benutzerkonto an, ohne Berechtigungsprüfung; das Audit-Protokoll nennt „Kommandozeile“.")
        {
            name, role, displayName, email, password,
        };
        command.SetAction(async parsed =>
        {
            var userName = parsed.GetRequiredValue(name);
            var roleName = parsed.GetRequiredValue(role);
            await using var scope = await host.PreparedScopeAsync();
            // Read only now: a database that fails to open should not first wait for a password.
            var secret = parsed.GetValue(password) ?? Console.In.ReadLine() ?? "";
            return await VerbHost.ReportingRefusalsAsync(async () =>
            {
                await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().CreateWithoutPermissionCheckAsync(
                    userName, parsed.GetValue(displayName), parsed.GetValue(email), roleName, secret, "Kommandozeile");
                Console.WriteLine($"Benutzer „{userName}“ mit Rolle „{roleName}“ angelegt.");
            });
        });
        return command;
    }
}
