using ItInventory.Core.Domain;

namespace ItInventory.Core.Validation;

/// <summary>Keys of the service catalogue and the facts a city records about a service it provides.</summary>
public static class ServiceRules
{
    public const int LeikaKeyDigits = 14;
    public const int OzgIdDigits = 5;
    public const int EarliestCaseYear = 1990;
    public const int LatestCaseYear = 2100;

    public static string? LeikaKeyProblem(string? key) => HasDigits(key, LeikaKeyDigits)
        ? null
        : $"Der LeiKa-Schlüssel muss aus {LeikaKeyDigits} Ziffern bestehen („{key?.Trim()}“).";

    public static string? OzgIdProblem(string? ozgId) => HasDigits(ozgId, OzgIdDigits)
        ? null
        : $"Die OZG-ID muss aus {OzgIdDigits} Ziffern bestehen („{ozgId?.Trim()}“).";

    public static string? CaseNumberProblem(int? cases) => CountRules.Problem(cases, "Die Fallzahl");

    public static string? CaseYearProblem(int? year) => year is < EarliestCaseYear or > LatestCaseYear
        ? $"Das Jahr der Fallzahl muss zwischen {EarliestCaseYear} und {LatestCaseYear} liegen ({year} ist außerhalb)."
        : null;

    /// <summary>The highest level of a maturity model: 4 in Reifegradmodell 1.1, 7 in 2.0.</summary>
    public static int HighestLevel(MaturityModel model) => model == MaturityModel.Version11 ? 4 : 7;

    public static string? MaturityLevelProblem(MaturityModel model, int? level) =>
        level is { } value && (value < 0 || value > HighestLevel(model))
            ? $"Der Reifegrad muss im {Formatting.Labels.Of(model)} zwischen 0 und {HighestLevel(model)} liegen ({value} ist außerhalb)."
            : null;

    /// <summary>A case number means little without the year it counts; the year alone is harmless.</summary>
    public static string? CaseYearMissingProblem(int? cases, int? year) => cases is not null && year is null
        ? "Bitte das Jahr angeben, für das die Fallzahl gilt."
        : null;

    /// <summary>Only an online application reaches a procedure "electronically" or "with a media break".</summary>
    public static string? ConnectionProblem(bool isOnline, ApplicationConnection connection) =>
        !isOnline && connection != ApplicationConnection.Unknown
            ? "Ohne Online-Dienst erreicht kein Online-Antrag das Fachverfahren: bitte den Online-Dienst nennen oder die Anbindung auf „nicht erfasst“ setzen."
            : null;

    /// <summary>A service has at most one specialised procedure (Fachverfahren); the other products support it.</summary>
    public static string? SpecialisedProcedureProblem(int marked) => marked > 1
        ? $"Nur ein Produkt kann das Fachverfahren der Leistung sein ({marked} sind markiert)."
        : null;

    private static bool HasDigits(string? text, int digits)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == digits && trimmed.All(char.IsAsciiDigit);
    }
}
