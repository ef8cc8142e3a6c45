using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Planning;

/// <summary>
/// A product's planned time in service: a planned product's cost starts on its planned start, a product being
/// phased out stops at its planned end. Applies to projected figures only; a plan line for the year says it itself.
/// </summary>
public static class PlannedWindow
{
    /// <summary>The days of the year inside the planned start and end (all of them when neither is set), and why fewer.</summary>
    public static (int Covered, string? Wording) In(Product product, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var from = product.PlannedStart is { } start && start > first ? start : first;
        var to = product.PlannedEnd is { } end && end < last ? end : last;
        var covered = Math.Max(0, to.DayNumber - from.DayNumber + 1);
        string? wording = null;
        if (product.PlannedEnd is { } plannedEnd && plannedEnd < last)
            wording = $"Geplantes Ende des Produkts am {Date(plannedEnd)}";
        else if (product.PlannedStart is { } plannedStart && plannedStart > first)
            wording = $"Geplanter Beginn des Produkts am {Date(plannedStart)}";
        return (covered, wording);
    }
}
