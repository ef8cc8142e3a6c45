using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class NoticePeriodParserTests
{
    [Theory]
    [InlineData("3 Monate zum Jahresende", 3, NoticeReference.EndOfYear, false)]
    [InlineData("3 Monate zum Ende des Kalenderjahres", 3, NoticeReference.EndOfYear, false)]
    [InlineData("6 Monate zum 31.12.", 6, NoticeReference.EndOfYear, false)]
    [InlineData("1 Monat zum Monatsende", 1, NoticeReference.EndOfMonth, false)]
    [InlineData("drei Monate zum Quartalsende", 3, NoticeReference.EndOfQuarter, false)]
    [InlineData("3 Monate zum Ende eines Kalendervierteljahres", 3, NoticeReference.EndOfQuarter, false)]
    [InlineData("12 Monate zum Laufzeitende", 12, NoticeReference.EndOfTerm, false)]
    [InlineData("3 Monate zum Vertragsende", 3, NoticeReference.EndOfTerm, false)]
    [InlineData("3 Monate", 3, NoticeReference.EndOfTerm, false)]
    [InlineData("3", 3, NoticeReference.EndOfTerm, false)]
    [InlineData("3M zum Jahresende", 3, NoticeReference.EndOfYear, false)]
    [InlineData("1 Jahr zum Laufzeitende", 12, NoticeReference.EndOfTerm, false)]
    [InlineData("ein halbes Jahr zum Jahresende", 6, NoticeReference.EndOfYear, false)]
    [InlineData("6 Wochen zum Quartalsende", 2, NoticeReference.EndOfQuarter, true)]
    [InlineData("90 Tage zum Monatsende", 3, NoticeReference.EndOfMonth, false)]
    [InlineData("KÜNDIGUNGSFRIST: 3 MONATE ZUM JAHRESENDE", 3, NoticeReference.EndOfYear, false)]
    public void Reads_months_and_reference_point(string text, int months, NoticeReference reference, bool approximated)
    {
        Assert.True(NoticePeriodParser.TryParse(text, out var period));
        Assert.Equal(new NoticePeriod(months, reference, approximated), period);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("nach Absprache")]
    [InlineData("siehe Vertrag")]
    [InlineData("999 Monate")]
    public void Refuses_what_is_no_notice_period(string? text)
    {
        Assert.False(NoticePeriodParser.TryParse(text, out _));
    }
}
