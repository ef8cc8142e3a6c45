using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class GermanAmountParserTests
{
    [Theory]
    [InlineData("1.234,56 €", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1.234 EUR", "1234")]
    [InlineData("1.234.567,8", "1234567.80")]
    [InlineData("12,5", "12.50")]
    [InlineData("€ 99", "99")]
    [InlineData("99 Euro", "99")]
    [InlineData("  2 500,00 € ", "2500.00")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("12.50", "12.50")]
    [InlineData("0,005", "0.005")]
    [InlineData("-50,00 €", "-50.00")]
    [InlineData("50-", "-50")]
    [InlineData("12 TEUR", "12000")]
    [InlineData("1.234,567", "1234.567")]
    public void Reads_amounts_as_typed_in_german_sheets(string text, string expected)
    {
        Assert.True(GermanAmountParser.TryParse(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("12,5,0 €")]
    [InlineData("1.23.4")]
    [InlineData("12.34,5.6")]
    [InlineData("zwölf")]
    [InlineData("€")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1.2345")]
    [InlineData("0.005")]
    [InlineData("12,")]
    [InlineData(",5")]
    [InlineData("ca. 100")]
    public void Refuses_what_is_no_amount(string? text)
    {
        Assert.False(GermanAmountParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData(1234.565, "1234.565")]
    [InlineData(0.1 + 0.2, "0.30")]
    [InlineData(0.001, "0.001")]
    [InlineData(24000, "24000")]
    [InlineData(1e17, "100000000000000000")]
    public void Excel_doubles_become_the_decimal_they_show_without_rounding_to_the_cent(double value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GermanAmountParser.FromDouble(value));
    }

    [Fact]
    public void A_double_beyond_decimal_stays_too_large_instead_of_throwing()
    {
        Assert.Equal(decimal.MaxValue, GermanAmountParser.FromDouble(double.MaxValue));
        Assert.Equal(-decimal.MaxValue, GermanAmountParser.FromDouble(double.MinValue));
    }
}
