using ItInventory.Core.Market;

namespace ItInventory.Core.Tests.Market;

public class LinkSuggestionsTests
{
    private static readonly MarketCandidate MeldeWerk = new(1, "MeldeWerk EWO", "Meldewerk Software GmbH");
    private static readonly MarketCandidate FinanzA = new(2, "Finanzwesen", "Kommunalsoft AG");
    private static readonly MarketCandidate FinanzB = new(3, "Finanzwesen", "Haushaltsdaten GmbH");
    private static readonly MarketCandidate Dms = new(4, "Akte Digital", "Kommunalsoft AG");
    private static readonly MarketCandidate[] Catalogue = [MeldeWerk, FinanzA, FinanzB, Dms];

    [Theory]
    // Same name and vendor, written differently: the one suggestion.
    [InlineData("Meldewerk EWO", "MeldeWerk Software GmbH & Co. KG", new[] { 1 })]
    [InlineData("MELDEWERK-EWO", "meldewerk software", new[] { 1 })]
    // The vendor decides between two products of the same name.
    [InlineData("Finanzwesen", "Kommunalsoft AG", new[] { 2 })]
    [InlineData("Finanzwesen kommunal", "Haushaltsdaten GmbH", new[] { 3 })]
    // A name without a known vendor is suggested only when it is (nearly) the same.
    [InlineData("MeldeWerk EWO", null, new[] { 1 })]
    [InlineData("Finanzwesen", "Unbekannt GmbH", new int[0])]
    // The vendor alone, with an unlike name, is not enough.
    [InlineData("Bauakte", "Kommunalsoft AG", new int[0])]
    // Nothing alike: nothing suggested.
    [InlineData("Geoinformationssystem", "Karten & Co GmbH", new int[0])]
    [InlineData("", "", new int[0])]
    public void Suggests_by_name_and_vendor_above_the_threshold(string name, string? vendor, int[] expected) =>
        Assert.Equal(expected, LinkSuggestions.For(name, vendor, Catalogue).Select(s => s.Candidate.Id).ToArray());

    [Fact]
    public void A_matching_vendor_counts_more_than_a_matching_name()
    {
        var name = MarketNames.Normalised("Finanzwesen Kommunal");
        var vendor = MarketNames.Normalised("Kommunalsoft AG");
        var sameVendor = LinkSuggestions.Score(name, vendor, FinanzA);
        var otherVendor = LinkSuggestions.Score(name, vendor, FinanzB);
        Assert.True(sameVendor >= LinkSuggestions.Threshold);
        Assert.True(otherVendor < LinkSuggestions.Threshold);
        // Same vendor, unlike name: no score at all.
        Assert.Equal(0m, LinkSuggestions.Score(name, vendor, Dms));
        Assert.Equal(1m, LinkSuggestions.Score(MarketNames.Normalised("Akte Digital"), vendor, Dms));
    }

    [Fact]
    public void At_most_three_suggestions_best_first()
    {
        var many = Enumerable.Range(1, 6).Select(i => new MarketCandidate(i, $"Finanzwesen {new string('x', i)}", "Kommunalsoft AG")).ToList();
        var suggestions = LinkSuggestions.For("Finanzwesen", "Kommunalsoft AG", many);
        Assert.Equal([1, 2, 3], suggestions.Select(s => s.Candidate.Id));
        Assert.Equal(suggestions.Select(s => s.Score).OrderDescending(), suggestions.Select(s => s.Score));
    }

    [Theory]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("night", "nacht", 0.25)]
    [InlineData("a", "b", 0.0)]
    public void Similarity_is_the_dice_coefficient_of_letter_pairs(string a, string b, double expected) =>
        Assert.Equal((decimal)expected, LinkSuggestions.Similarity(a, b));
}
