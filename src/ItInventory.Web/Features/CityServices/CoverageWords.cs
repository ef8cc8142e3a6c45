using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;

namespace ItInventory.Web.Features.CityServices;

/// <summary>The German words the Leistungen page and its summary use for statuses, maturity and figures.</summary>
public static class CoverageWords
{
    public static string Of(DigitalStatus status) => status switch
    {
        DigitalStatus.EndToEnd => "Ende-zu-Ende digital",
        DigitalStatus.OnlineWithMediaBreak => "online mit Medienbruch",
        DigitalStatus.OnlineNotYetEndToEnd => "online, noch nicht Ende-zu-Ende",
        _ => "nicht online",
    };

    public static string Maturity(CityService service) => service.MaturityLevel is { } level
        ? $"Stufe {level} ({(service.MaturityModel == MaturityModel.Version11 ? "RGM 1.1" : "RGM 2.0")})"
        : "nicht bewertet";

    /// <summary>The sentence for the council: "Von den 25 meistgefragten Leistungen sind 9 Ende-zu-Ende digital …".</summary>
    public static string Sentence(ServiceCoverageReport report)
    {
        var f = report.Figures;
        if (f.Services == 0)
            return "Es sind keine Leistungen der Stadt erfasst.";
        var share = f.EndToEndCaseShare is { } s ? $"; sie tragen {Formats.Percent(s)} der Fälle dieser Leistungen" : "";
        return $"Von den {f.Services} meistgefragten Leistungen sind {f.EndToEnd} Ende-zu-Ende digital, {f.OnlineWithMediaBreak} online mit Medienbruch, " +
               $"{f.OnlineNotYetEndToEnd} online, aber noch nicht Ende-zu-Ende, und {f.NotOnline} nicht online{share}.";
    }
}
