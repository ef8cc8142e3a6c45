using System.CommandLine;
using ItInventory.Web.Data.Generation;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary><c>generate [--products N] [--years N] [--seed N] [--tenants N] [--connection …]</c>: see <see cref="GenerateCommand"/>.</summary>
internal static class GenerateVerb
{
    public static Command Create(VerbHost host)
    {
        var products = Number("--products", 20_000, "Zahl der Produkte, 1 bis 1.000.000.");
        var years = Number("--years", 10, "Jahre mit Kosten, 2 bis 30.");
        var seed = Number("--seed", 42, "Startwert des Zufalls; derselbe Wert erzeugt dieselbe Instanz.");
        var tenants = Number("--tenants", 1, "Mandanten, auf die sich die Produkte gleichmäßig verteilen (der erste und erzeugte Mitgliedskommunen).");
        var connection = Text("--connection", "VERBINDUNG", "Verbindungszeichenfolge einer leeren Zieldatenbank desselben Anbieters; ohne sie die eingestellte Datenbank.");
        var command = new Command("generate", "Erzeugt eine synthetische Großinstanz für Last- und Benchmarktests; das Ziel muss noch leer sein.")
        {
            products, years, seed, tenants, connection,
        };
        command.SetAction(async parsed =>
        {
            var settings = new LargeInstanceSettings(parsed.GetValue(products), parsed.GetValue(years), parsed.GetValue(seed), parsed.GetValue(tenants));
            try
            {
                settings.Validate();
            }
            catch (ArgumentException ex)
            {
                // A range the parser does not know: refused like a parse error, before the app or database is touched.
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine(GermanHelp.Usage(command));
                return InventoryCommandLine.UsageExitCode;
            }

            await using var scope = await host.PreparedScopeAsync();
            return await GenerateCommand.RunAsync(scope.ServiceProvider, settings, parsed.GetValue(connection));
        });
        return command;
    }
}
