using System.Globalization;
using ItInventory.Core.Formatting;

namespace ItInventory.Core.Tests.Formatting;

public class FormatsTests
{
    [Theory]
    [InlineData("0.13", "13,0 %", "+13,0 %")]
    [InlineData("0.022279", "2,2 %", "+2,2 %")]
    [InlineData("0.06887", "6,9 %", "+6,9 %")]
    [InlineData("0.00049", "0,0 %", "0,0 %")]    // rounds to zero: no sign
    [InlineData("-0.035", "-3,5 %", "-3,5 %")]
    [InlineData("0.2705", "27,1 %", "+27,1 %")]  // half away from zero, as people round by hand
    [InlineData("12.5", "1.250,0 %", "+1.250,0 %")]
    public void Percentages_use_comma_and_one_decimal(string rate, string percent, string signed)
    {
        var value = decimal.Parse(rate, CultureInfo.InvariantCulture);

        Assert.Equal((percent, signed), (Formats.Percent(value), Formats.SignedPercent(value)));
    }

    [Theory]
    [InlineData("4320", "4.320 €")]
    [InlineData("4308.83", "4.309 €")]
    [InlineData("1234567.5", "1.234.568 €")]
    [InlineData("77.21", "77,21 €")]   // small amounts keep their cents
    [InlineData("0.4", "0,40 €")]
    [InlineData("-891.17", "-891 €")]
    public void Euros_use_thousands_dots_and_whole_euros_from_100(string amount, string expected)
    {
        Assert.Equal(expected, Formats.Euro(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Dates_are_day_month_year_whatever_the_thread_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("en-US");
            Assert.Equal(("30.09.2024", "10,8"), (Formats.Date(new DateOnly(2024, 9, 30)), Formats.Points(10.8m)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
