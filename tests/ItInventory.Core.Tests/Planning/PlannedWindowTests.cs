using ItInventory.Core.Domain;
using ItInventory.Core.Planning;

namespace ItInventory.Core.Tests.Planning;

public class PlannedWindowTests
{
    /// <summary>Each case: planned start and end (ISO, or null), the year, the covered days and the start of the wording.</summary>
    [Theory]
    [InlineData(null, null, 2028, 366, null)]
    [InlineData(null, "2028-06-30", 2028, 182, "Geplantes Ende des Produkts am 30.06.2028")]
    [InlineData(null, "2028-06-30", 2029, 0, "Geplantes Ende des Produkts am 30.06.2028")]
    [InlineData(null, "2028-12-31", 2028, 366, null)]
    [InlineData("2027-04-01", null, 2027, 275, "Geplanter Beginn des Produkts am 01.04.2027")]
    [InlineData("2027-04-01", null, 2026, 0, "Geplanter Beginn des Produkts am 01.04.2027")]
    [InlineData("2027-04-01", null, 2028, 366, null)]
    [InlineData("2027-04-01", "2027-04-30", 2027, 30, "Geplantes Ende des Produkts am 30.04.2027")]
    public void Covers_the_days_between_planned_start_and_end(string? start, string? end, int year, int covered, string? wording)
    {
        var product = new Product { PlannedStart = Parse(start), PlannedEnd = Parse(end) };

        Assert.Equal((covered, wording), PlannedWindow.In(product, year));
    }

    private static DateOnly? Parse(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
