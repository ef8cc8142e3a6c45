namespace ItInventory.Core.Analysis;

/// <summary>
/// One thing the IT department head should look at. <see cref="Explanation"/> is a single German sentence
/// that carries its own numbers, so the finding can be read without opening anything else.
/// </summary>
/// <param name="ImpactEuro">Money at stake in the finding's year (e.g. cost above the index), when it can be stated.</param>
/// <param name="Year">The fiscal year the finding refers to, if any.</param>
/// <param name="DueDate">The hard date by which something must be done (notice deadline, or the end of an expiring contract), if any.</param>
public sealed record Finding(
    FindingKind Kind,
    Severity Severity,
    SubjectRef Subject,
    string Title,
    string Explanation,
    decimal? ImpactEuro = null,
    int? Year = null,
    DateOnly? DueDate = null);
