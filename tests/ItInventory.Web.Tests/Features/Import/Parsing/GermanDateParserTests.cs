using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class GermanDateParserTests
{
    [Theory]
    [InlineData("31.12.2024", 2024, 12, 31)]
    [InlineData("1.1.2025", 2025, 1, 1)]
    [InlineData("01.02.25", 2025, 2, 1)]
    [InlineData(" 30.06.2027 ", 2027, 6, 30)]
    [InlineData("2024-12-31", 2024, 12, 31)]
    [InlineData("31.12.2024 00:00:00", 2024, 12, 31)]
    [InlineData("12/2024", 2024, 12, 31)]
    [InlineData("02.2028", 2028, 2, 29)]
    [InlineData("2026", 2026, 12, 31)]
    public void Reads_dates_typed_as_text(string text, int year, int month, int day)
    {
        Assert.True(GermanDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31.02.2024")]
    [InlineData("32.12.2024")]
    [InlineData("Ende 2024")]
    [InlineData("unbefristet")]
    [InlineData("13/2024")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_no_date(string? text)
    {
        Assert.False(GermanDateParser.TryParse(text, out _));
    }

    [Fact]
    public void Reads_excel_serial_numbers_and_refuses_implausible_ones()
    {
        Assert.True(GermanDateParser.TryFromExcelSerial(45657, out var date));
        Assert.Equal(new DateOnly(2024, 12, 31), date);
        Assert.False(GermanDateParser.TryFromExcelSerial(12, out _));
        Assert.False(GermanDateParser.TryFromExcelSerial(double.NaN, out _));
    }
}
