using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

/// <summary>The one home of each edge rule; the forms, the API, the import and the seed loader all ask these.</summary>
public class ValidationRulesTests
{
    [Theory]
    [InlineData("1970-01-01", null)]
    [InlineData("2100-12-31", null)]
    [InlineData("1969-12-31", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (31.12.1969 ist außerhalb).")]
    [InlineData("2101-01-01", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (01.01.2101 ist außerhalb).")]
    [InlineData("0001-01-01", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (01.01.0001 ist außerhalb).")]
    [InlineData("9999-12-31", "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (31.12.9999 ist außerhalb).")]
    public void Dates_lie_between_1970_and_2100(string date, string? problem) =>
        Assert.Equal(problem, DateRules.Problem(DateOnly.Parse(date), "Der Vertragsbeginn"));

    [Theory]
    [InlineData("0", null)]
    [InlineData("0.01", null)]
    [InlineData("999999999999.99", null)]
    [InlineData("-0.01", "Der Betrag darf nicht negativ sein.")]
    [InlineData("0.001", "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben.")]
    [InlineData("10.005", "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben.")]
    [InlineData("1000000000000", "Der Betrag darf höchstens 999.999.999.999,99 € betragen.")]
    [InlineData("100000000000000000", "Der Betrag darf höchstens 999.999.999.999,99 € betragen.")]
    public void Amounts_are_whole_cents_within_what_storage_holds(string amount, string? problem) =>
        Assert.Equal(problem, AmountRules.Problem(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "Der Betrag"));

    [Fact]
    public void The_largest_amount_fits_both_databases_with_room_to_add()
    {
        // SQLite: cents in a 64-bit integer; PostgreSQL numeric(18,2): 16 digits before the point.
        Assert.True(AmountRules.Max * 100m * 10_000m < long.MaxValue);
        Assert.True(AmountRules.Max * 10_000m < 10_000_000_000_000_000m);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1_000_000_000, null)]
    [InlineData(-1, "Die Menge darf nicht negativ sein.")]
    [InlineData(int.MaxValue, "Die Menge darf höchstens 1.000.000.000 betragen.")]
    public void Counts_are_not_negative_and_bounded(int count, string? problem) =>
        Assert.Equal(problem, CountRules.Problem(count, "Die Menge"));

    [Theory]
    [InlineData(1, null)]
    [InlineData(1_000_000, null)]
    [InlineData(0, "Die Seite muss zwischen 1 und 1.000.000 liegen.")]
    [InlineData(10_737_420, "Die Seite muss zwischen 1 und 1.000.000 liegen.")]
    [InlineData(int.MaxValue, "Die Seite muss zwischen 1 und 1.000.000 liegen.")]
    public void Page_numbers_cannot_overflow_the_offset(int page, string? problem)
    {
        Assert.Equal(problem, PagingRules.PageProblem(page));
        Assert.Equal((Math.Max(page, 1) - 1L) * 200, PagingRules.Offset(page, 200));
        if (problem is null)
            Assert.True(PagingRules.Offset(page, 200) < int.MaxValue);
    }

    [Theory]
    [InlineData("\u200B", "")]
    [InlineData(" \u200B\u200C\u200D\u2060\uFEFF\u00AD\t ", "")]
    [InlineData("\u200BMeldewesen\u200B ", "Meldewesen")]
    [InlineData("  Ordnungs\u200Damt  ", "Ordnungs\u200Damt")]
    [InlineData(null, "")]
    public void Names_are_trimmed_of_invisible_characters(string? text, string clean)
    {
        Assert.Equal(clean, NameRules.Clean(text));
        Assert.Equal(clean.Length == 0, NameRules.IsBlank(text));
    }
}
