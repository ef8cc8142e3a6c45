namespace ItInventory.Core.Validation;

/// <summary>The bounds of a contract's periods in months, for the forms, the API, the import and the analysis alike.</summary>
public static class ContractTermRules
{
    /// <summary>Minimum term and renewal period: 50 years is more than any public contract runs.</summary>
    public const int MaxTermMonths = 600;

    /// <summary>Notice periods beyond 10 years do not occur.</summary>
    public const int MaxNoticeMonths = 120;

    /// <summary>A German message when <paramref name="months"/> lies outside 0..<paramref name="max"/>; null otherwise.</summary>
    public static string? Problem(int? months, int max, string label) =>
        months is < 0 || months > max ? $"{label} muss zwischen 0 und {max} Monaten liegen ({months} ist außerhalb)." : null;
}
