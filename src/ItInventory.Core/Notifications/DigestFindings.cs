using System.Globalization;
using ItInventory.Core.Analysis;

namespace ItInventory.Core.Notifications;

/// <summary>
/// Which findings a weekly digest tells as new: those not named by the recipient's previous digest. A digest keeps the
/// keys of the findings it named; a key names what a finding is about (kind, subject, year, due date, title: one subject
/// can have several findings of a kind, e.g. one per standard), not its explanation, whose figures change with the data.
/// </summary>
public static class DigestFindings
{
    public static string KeyOf(Finding finding) => string.Join(':',
        finding.Kind.ToString(), finding.Subject.Kind.ToString(), finding.Subject.Id.ToString(CultureInfo.InvariantCulture),
        finding.Year?.ToString(CultureInfo.InvariantCulture) ?? "", finding.DueDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "", finding.Title.Replace('\n', ' '));

    /// <summary>The stored form: one key a line, sorted, each once.</summary>
    public static string Format(IEnumerable<Finding> findings) =>
        string.Join('\n', findings.Select(KeyOf).Distinct().Order(StringComparer.Ordinal));

    public static IReadOnlySet<string> Parse(string? stored) =>
        (stored ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>The findings not in the previous digest's set, in the given order.</summary>
    public static IReadOnlyList<T> New<T>(IEnumerable<T> current, Func<T, Finding> finding, IReadOnlySet<string> previous) =>
        current.Where(c => !previous.Contains(KeyOf(finding(c)))).ToList();
}
