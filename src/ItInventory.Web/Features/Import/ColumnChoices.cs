using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>One entry of a column's mapping select.</summary>
public sealed record ColumnChoice(string Key, string Label);

/// <summary>
/// The choices offered for a column in the wizard and how a chosen key becomes an assignment. Cost choices are
/// offered only for headers that name a year, because a cost line belongs to a fiscal year.
/// </summary>
public static class ColumnChoices
{
    public const string IgnoreKey = nameof(ImportField.Ignore);
    private const string CostPrefix = "Cost:";

    public static IReadOnlyList<ColumnChoice> For(ColumnAssignment column)
    {
        var choices = new List<ColumnChoice> { new(IgnoreKey, ImportFields.Label(ImportField.Ignore)) };
        choices.AddRange(ImportFields.Selectable.Select(f => new ColumnChoice(f.ToString(), ImportFields.Label(f))));
        if (ColumnRecognizer.YearIn(column.Header) is { } year)
        {
            choices.AddRange(Enum.GetValues<CostType>().Select(t => new ColumnChoice(CostPrefix + t, $"Kosten {year} · {Labels.Of(t)}")));
        }

        return choices;
    }

    public static string KeyOf(ColumnAssignment column) =>
        column.Field == ImportField.Cost && column.CostType is { } type ? CostPrefix + type : column.Field.ToString();

    /// <summary>The assignment for a chosen key; plan or actual follows the header's words or the year.</summary>
    public static ColumnAssignment Choose(ColumnAssignment column, string key, int currentYear)
    {
        if (key.StartsWith(CostPrefix, StringComparison.Ordinal) && Enum.TryParse<CostType>(key[CostPrefix.Length..], out var type)
            && ColumnRecognizer.YearIn(column.Header) is { } year)
        {
            var kind = ColumnRecognizer.Recognize(column.Header, currentYear).Kind ?? (year < currentYear ? CostKind.Actual : CostKind.Plan);
            return column with { Field = ImportField.Cost, Year = year, CostType = type, Kind = kind };
        }

        var field = Enum.TryParse<ImportField>(key, out var parsed) && parsed != ImportField.Cost ? parsed : ImportField.Ignore;
        return column with { Field = field, Year = null, CostType = null, Kind = null };
    }

    /// <summary>Applies a choice; a field already taken by another column moves here and that column is ignored.</summary>
    public static IReadOnlyList<ColumnAssignment> Apply(IReadOnlyList<ColumnAssignment> columns, int column, string key, int currentYear)
    {
        var chosen = Choose(columns.First(c => c.Column == column), key, currentYear);
        return columns.Select(c =>
                c.Column == column ? chosen
                : chosen.Field is not ImportField.Ignore and not ImportField.Cost && c.Field == chosen.Field ? Choose(c, IgnoreKey, currentYear)
                : c)
            .ToList();
    }
}
