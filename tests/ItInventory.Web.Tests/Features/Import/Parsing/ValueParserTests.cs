using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class ValueParserTests
{
    [Theory]
    [InlineData("im Betrieb", LifecycleStatus.Active)]
    [InlineData("aktiv", LifecycleStatus.Active)]
    [InlineData("Active", LifecycleStatus.Active)]
    [InlineData("in Einführung", LifecycleStatus.Introduction)]
    [InlineData("Pilotbetrieb", LifecycleStatus.Introduction)]
    [InlineData("geplant", LifecycleStatus.Planned)]
    [InlineData("wird abgelöst", LifecycleStatus.PhaseOut)]
    [InlineData("Ablösung", LifecycleStatus.PhaseOut)]
    [InlineData("außer Betrieb", LifecycleStatus.Retired)]
    [InlineData("AUSSER BETRIEB", LifecycleStatus.Retired)]
    public void Reads_lifecycle_words(string text, LifecycleStatus expected)
    {
        Assert.True(LifecycleParser.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("vielleicht")]
    [InlineData("")]
    public void Refuses_unknown_lifecycle_words(string text) => Assert.False(LifecycleParser.TryParse(text, out _));

    [Theory]
    [InlineData("Eigenbetrieb", OperatorKind.InHouse)]
    [InlineData("intern", OperatorKind.InHouse)]
    [InlineData("Kommunales Rechenzentrum", OperatorKind.MunicipalDataCentre)]
    [InlineData("RZ", OperatorKind.MunicipalDataCentre)]
    [InlineData("Betrieb im kommunalen Rechenzentrum", OperatorKind.MunicipalDataCentre)]
    [InlineData("SaaS", OperatorKind.VendorSaaS)]
    [InlineData("Anbieter (SaaS)", OperatorKind.VendorSaaS)]
    public void Reads_operator_words(string text, OperatorKind expected)
    {
        Assert.True(OperatorParser.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("1.200", 1200)]
    [InlineData("1 200", 1200)]
    [InlineData("ca. 50", 50)]
    [InlineData("35 Nutzer", 35)]
    public void Reads_counts(string text, int expected)
    {
        Assert.True(GermanCountParser.TryParse(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("unbegrenzt")]
    [InlineData("12,5")]
    [InlineData("1.20")]
    [InlineData("-3")]
    public void Refuses_what_is_no_count(string text) => Assert.False(GermanCountParser.TryParse(text, out _));

    [Fact]
    public void Number_cells_must_hold_whole_counts()
    {
        Assert.True(GermanCountParser.TryFromDouble(42, out var count));
        Assert.Equal(42, count);
        Assert.False(GermanCountParser.TryFromDouble(4.5, out _));
        Assert.False(GermanCountParser.TryFromDouble(-1, out _));
    }
}
