using ItInventory.Core.Formatting;

namespace ItInventory.Core.Comparison;

/// <summary>How comparison figures read in German, on the page and in the API alike.</summary>
public static class ComparisonTexts
{
    public static string Label(ComparisonMetric metric) => metric switch
    {
        ComparisonMetric.CostPerInhabitant => "Laufende Kosten je Einwohner und Jahr",
        ComparisonMetric.CostPerUser => "Laufende Kosten je Nutzer und Jahr",
        ComparisonMetric.CostPerCase => "Laufende Kosten je Fall und Jahr",
        _ => "Kostensteigerung zum Vorjahr über dem VPI",
    };

    /// <summary>Euros per unit; a change above the index in percentage points with its sign.</summary>
    public static string Value(ComparisonMetric metric, decimal? value) => value is not { } v
        ? "–"
        : metric == ComparisonMetric.ChangeAboveIndex
            ? $"{(v > 0 ? "+" : "")}{Formats.Points(v * 100m)} Pp."
            : Formats.Euro(v);

    /// <summary>"1,20 € – 2,40 €", or "–" for a group too small for quartiles.</summary>
    public static string Quartiles(ComparisonMetric metric, GroupSummary group) => group.LowerQuartile is null
        ? "–"
        : $"{Value(metric, group.LowerQuartile)} – {Value(metric, group.UpperQuartile)}";

    public static string Label(JointDemandKind kind, int members, int sharePercent) => kind switch
    {
        JointDemandKind.ServiceApi => $"Keine Service-API bei {members} Kommunen",
        _ => $"Steigerung über dem VPI bei {sharePercent} % von {members} Kommunen",
    };

    public static string Percentile(int? percentile) =>
        percentile is { } p ? $"{p}. Perzentil" : "–";
}
