using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Kündigungsfrist", "kuendigungsfrist")]
    [InlineData("KUENDIGUNGSFRIST", "kuendigungsfrist")]
    [InlineData("  Pflege-Kosten   2024 (€) ", "pflege kosten 2024")]
    [InlineData("Straße", "strasse")]
    [InlineData("Größe/Öffnung", "groesse oeffnung")]
    [InlineData("Café", "cafe")]
    [InlineData("Amt\nNr.", "amt nr")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalizes_case_umlauts_punctuation_and_spaces(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("Pflege-Kosten", "pflegekosten")]
    [InlineData("Organisations einheit", "organisationseinheit")]
    public void Compact_drops_the_spaces(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Compact(text));
    }

    [Theory]
    [InlineData("  Alpha  Software GmbH ", "alpha software gmbh")]
    [InlineData("ALPHA SOFTWARE GMBH", "alpha software gmbh")]
    public void Name_keys_ignore_case_and_surrounding_spaces(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NameKey(text));
    }
}
