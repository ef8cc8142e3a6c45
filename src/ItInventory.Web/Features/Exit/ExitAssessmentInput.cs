using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Exit;

/// <summary>What a person states in an exit assessment; the form and the API share it and its rules.</summary>
public sealed class ExitAssessmentInput
{
    /// <summary>The successor product; empty means "Marktrecherche nötig".</summary>
    public string? AlternativeName { get; set; }
    public decimal? AlternativeAnnualCost { get; set; }
    public DateOnly? ExportTestedOn { get; set; }
    public string? Notes { get; set; }

    public static ExitAssessmentInput From(ExitAssessment stored) => new()
    {
        AlternativeName = stored.AlternativeName,
        AlternativeAnnualCost = stored.AlternativeAnnualCost,
        ExportTestedOn = stored.ExportTestedOn,
        Notes = stored.Notes,
    };

    public ValidationErrors Validate() => new ValidationErrors()
        .Problem(nameof(AlternativeName), ExitRules.TextProblem(AlternativeName, ExitRules.MaxAlternativeNameLength, "Die Alternative"))
        .Problem(nameof(AlternativeAnnualCost), AmountRules.Problem(AlternativeAnnualCost, "Die Kosten der Alternative"))
        .Problem(nameof(ExportTestedOn), DateRules.Problem(ExportTestedOn, "Das Datum des Exporttests"))
        .Problem(nameof(Notes), ExitRules.TextProblem(Notes, 4000, "Die Notiz"));

    public void ApplyTo(ExitAssessment assessment)
    {
        var name = NameRules.Clean(AlternativeName);
        assessment.AlternativeName = name.Length == 0 ? null : name;
        assessment.AlternativeAnnualCost = AlternativeAnnualCost;
        assessment.ExportTestedOn = ExportTestedOn;
        assessment.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }
}
