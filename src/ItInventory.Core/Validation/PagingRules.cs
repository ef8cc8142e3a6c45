using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Validation;

/// <summary>
/// Page numbers and sizes of every list: pages count from 1, and the offset (page − 1) × size must fit a 32-bit
/// integer, which a page of 10,737,420 at 200 rows would not.
/// </summary>
public static class PagingRules
{
    /// <summary>A million pages: more than any list holds at the smallest page size.</summary>
    public const int MaxPage = 1_000_000;

    public static string? PageProblem(int? page) =>
        page is < 1 or > MaxPage ? $"Die Seite muss zwischen 1 und {MaxPage.ToString("N0", German)} liegen." : null;

    public static string? PageSizeProblem(int? pageSize, int maxPageSize) =>
        pageSize is { } size && (size < 1 || size > maxPageSize) ? $"Die Seitengröße muss zwischen 1 und {maxPageSize} liegen." : null;

    /// <summary>The number of rows before the page, computed in 64 bits so no combination can overflow.</summary>
    public static long Offset(int page, int pageSize) => (Math.Max(page, 1) - 1L) * pageSize;
}
