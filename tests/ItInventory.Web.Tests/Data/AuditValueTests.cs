using ItInventory.Web.Data.Auditing;

namespace ItInventory.Web.Tests.Data;

/// <summary>The trail stores what its column holds: a long text (a received exchange file) is cut with its length, never refused.</summary>
public class AuditValueTests
{
    [Theory]
    [InlineData(4000, false)]
    [InlineData(4001, true)]
    [InlineData(1_500_000, true)]
    public void A_long_value_is_cut_to_the_column_with_a_note_of_its_length(int length, bool cut)
    {
        var value = AuditCapture.Format(new string('x', length))!;

        Assert.True(value.Length <= AuditFieldChange.ValueLength);
        var german = length.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        Assert.Equal(cut, value.EndsWith($"(gekürzt, {german} Zeichen)", StringComparison.Ordinal));
        Assert.Equal(cut ? AuditFieldChange.ValueLength : length, value.Length);
    }
}
