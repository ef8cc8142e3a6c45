using System.CommandLine;
using ItInventory.Core.Catalogue;
using ItInventory.Web.Data.Seeding;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// <c>catalogue import --from ORDNER</c>: the operator loads a newer OZG/LeiKa catalogue (the four CSV files of
/// <c>seed-data/ozg</c>, same layout). The catalogue is shared by every tenant, so this is the installation's task, not
/// a tenant's page.
/// </summary>
internal static class CatalogueVerb
{
    public static Command Create(VerbHost host)
    {
        var from = Text("--from", "ORDNER", $"Ordner mit {OzgCatalogueReader.TopicAreasFile}, {OzgCatalogueReader.LifeSituationsFile}, "
            + $"{OzgCatalogueReader.OzgFile} und {OzgCatalogueReader.LeikaFile}.", required: true);
        var import = new Command("import", "Lädt einen neueren Leistungskatalog (OZG/LeiKa): Namen werden aktualisiert, neue Einträge ergänzt; "
            + "ein Eintrag, den eine Kommune noch nutzt, wird als entfallen markiert statt gelöscht.") { from };
        import.SetAction(async parsed =>
        {
            var folder = parsed.GetRequiredValue(from);
            // Checked before the database is opened: a mistyped folder changes nothing.
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"Den Ordner „{folder}“ gibt es nicht.");
                return 1;
            }

            await using var scope = await host.PreparedScopeAsync();
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<ServiceCatalogueSeeder>().ReimportAsync(folder);
                Console.WriteLine(result.Summary);
                foreach (var row in result.Skipped.Where(r => !r.Reason.Contains(OzgCatalogueReader.NoLeikaKey, StringComparison.Ordinal)))
                {
                    Console.WriteLine($"Übersprungen: {row}");
                }

                return 0;
            }
            catch (CatalogueFormatException ex)
            {
                Console.Error.WriteLine($"Nichts geändert. {ex.Message}");
                return 1;
            }
        });
        return new Command("catalogue", "Der gemeinsame Leistungskatalog (OZG/LeiKa).") { import };
    }
}
