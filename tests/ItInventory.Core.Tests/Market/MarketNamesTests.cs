using ItInventory.Core.Market;
using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Market;

public class MarketNamesTests
{
    [Theory]
    [InlineData("Meldewerk Software GmbH", "meldewerk software")]
    [InlineData("  MELDEWERK software gmbh & Co. KG ", "meldewerk software")]
    [InlineData("Bürger-Service Süd AG", "buerger service sued")]
    [InlineData("Straße", "strasse")]
    [InlineData("Café Réseau S.A.", "cafe reseau")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_are_compared_without_case_umlauts_punctuation_and_legal_forms(string? name, string normalised) =>
        Assert.Equal(normalised, MarketNames.Normalised(name));

    [Theory]
    [InlineData("MeldeWerk EWO", "meldewerk-ewo")]
    [InlineData("Kassen & Haushalt (kommunal)", "kassen-haushalt-kommunal")]
    [InlineData("Meldewerk GmbH", "meldewerk-gmbh")]
    [InlineData("!!!", "eintrag")]
    public void Keys_are_lower_case_slugs(string name, string key) =>
        Assert.Equal(key, MarketNames.Key(name));

    [Fact]
    public void A_key_is_never_longer_than_the_column()
    {
        var key = MarketNames.Key(string.Join(' ', Enumerable.Repeat("abcdefghi", 30)));
        Assert.True(key.Length <= MarketNames.MaxKeyLength);
        Assert.False(key.EndsWith('-'));
    }

    [Theory]
    [InlineData("MeldeWerk", null)]
    [InlineData("  ", "Der Name des Anbieters fehlt.")]
    [InlineData(null, "Der Name des Anbieters fehlt.")]
    [InlineData("a\0b", "Der Name des Anbieters enthält ein unzulässiges Zeichen.")]
    public void Vendor_names_are_required_and_storable(string? name, string? problem) =>
        Assert.Equal(problem, MarketRules.VendorNameProblem(name));

    [Fact]
    public void Product_names_have_at_most_200_characters()
    {
        Assert.Null(MarketRules.ProductNameProblem(new string('x', 200)));
        Assert.Equal("Der Name des Marktprodukts darf höchstens 200 Zeichen lang sein.", MarketRules.ProductNameProblem(new string('x', 201)));
    }
}
