using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>Reads a lifecycle status from the app's own labels, its enum names and common spreadsheet words.</summary>
public static class LifecycleParser
{
    private static readonly Dictionary<string, LifecycleStatus> Words = Build();

    public static bool TryParse(string? text, out LifecycleStatus status)
    {
        status = LifecycleStatus.Active;
        var key = TextNormalizer.Compact(text);
        return key.Length > 0 && Words.TryGetValue(key, out status);
    }

    private static Dictionary<string, LifecycleStatus> Build()
    {
        var words = new Dictionary<string, LifecycleStatus>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<LifecycleStatus>())
        {
            words[TextNormalizer.Compact(status.ToString())] = status;
            words[TextNormalizer.Compact(Labels.Of(status))] = status;
        }

        void Add(LifecycleStatus status, params string[] synonyms)
        {
            foreach (var synonym in synonyms)
            {
                words[TextNormalizer.Compact(synonym)] = status;
            }
        }

        Add(LifecycleStatus.Planned, "Planung", "in Planung", "geplant", "Beschaffung", "in Beschaffung", "Ausschreibung");
        Add(LifecycleStatus.Introduction, "Einführung", "Einfuehrung", "in Einführung", "Pilot", "Pilotbetrieb", "Test", "Testbetrieb", "Rollout", "Implementierung");
        Add(LifecycleStatus.Active, "aktiv", "Betrieb", "im Einsatz", "in Betrieb", "Produktion", "produktiv", "Wirkbetrieb", "laufend");
        Add(LifecycleStatus.PhaseOut, "Ablösung", "in Ablösung", "abzulösen", "auslaufend", "Auslauf", "wird ersetzt", "Ablöse geplant");
        Add(LifecycleStatus.Retired, "abgelöst", "abgeschaltet", "stillgelegt", "außer Betrieb", "ausser Betrieb", "eingestellt", "inaktiv");
        return words;
    }
}
