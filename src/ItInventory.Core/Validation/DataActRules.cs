namespace ItInventory.Core.Validation;

/// <summary>One broken bound of a contract's Data Act terms: the field (the contract's property name) and the German message.</summary>
public sealed record DataActProblem(string Field, string Message);

/// <summary>
/// The bounds of a contract's EU Data Act switching terms, for the contract form, the API and the sample data alike.
/// They keep out impossible values only; whether a term honours the Act is the check's business (Core/Analysis/DataAct),
/// so a notice of 3 months is a valid entry and a finding, not a refused one.
/// </summary>
public static class DataActRules
{
    public const string SwitchingNoticeMonths = nameof(SwitchingNoticeMonths);
    public const string TransitionalPeriodDays = nameof(TransitionalPeriodDays);
    public const string DataRetrievalDays = nameof(DataRetrievalDays);
    public const string SwitchingDataCategories = nameof(SwitchingDataCategories);
    public const string ExportFormats = nameof(ExportFormats);
    public const string SwitchingFee = nameof(SwitchingFee);

    public static IReadOnlyList<DataActProblem> Problems(int? switchingNoticeMonths, int? transitionalPeriodDays, int? dataRetrievalDays,
        string? switchingDataCategories, string? exportFormats, decimal? switchingFee) =>
        new (string Field, string? Message)[]
        {
            (SwitchingNoticeMonths, ContractTermRules.Problem(switchingNoticeMonths, ContractTermRules.MaxNoticeMonths, "Die Kündigungsfrist für den Wechsel")),
            (TransitionalPeriodDays, ExitRules.DaysProblem(transitionalPeriodDays, "Der Übergangszeitraum")),
            (DataRetrievalDays, ExitRules.DaysProblem(dataRetrievalDays, "Der Zeitraum zum Abruf der Daten")),
            (SwitchingDataCategories, ExitRules.TextProblem(switchingDataCategories, ExitRules.MaxTermTextLength, "Die Angabe der Datenkategorien")),
            (ExportFormats, ExitRules.TextProblem(exportFormats, ExitRules.MaxTermTextLength, "Die Angabe der Exportformate")),
            (SwitchingFee, AmountRules.Problem(switchingFee, "Das Wechselentgelt")),
        }
        .Where(p => p.Message is not null)
        .Select(p => new DataActProblem(p.Field, p.Message!))
        .ToList();
}
