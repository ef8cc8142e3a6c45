namespace ItInventory.Core.Market;

/// <summary>A market product that could be the one a tenant's product is, as the suggestion rule sees it.</summary>
public sealed record MarketCandidate(int Id, string Name, string VendorName);

public sealed record LinkSuggestion(MarketCandidate Candidate, decimal Score);

/// <summary>
/// Suggests market products for a tenant's product by the similarity of the normalised names (<see cref="MarketNames"/>).
/// The vendor weighs more than the name: "Finanzwesen" is sold by many vendors, so the same name from another vendor is
/// no match, and the same vendor with an unlike name is none either (the name must be at least half alike). Without a
/// vendor to compare, only a nearly equal name is suggested. Below the threshold nothing is; the link itself stays the
/// tenant's decision.
/// </summary>
public static class LinkSuggestions
{
    public const decimal NameWeight = 0.45m;
    public const decimal VendorWeight = 0.55m;
    public const decimal MinimumNameSimilarity = 0.5m;
    public const decimal Threshold = 0.7m;

    /// <summary>A name alone is never a full match: without a vendor it counts this much.</summary>
    public const decimal NameAloneFactor = 0.8m;

    public const int MaxSuggestions = 3;

    public static IReadOnlyList<LinkSuggestion> For(string productName, string? vendorName, IEnumerable<MarketCandidate> candidates)
    {
        var name = MarketNames.Normalised(productName);
        var vendor = MarketNames.Normalised(vendorName);
        return candidates
            .Select(c => new LinkSuggestion(c, Score(name, vendor, c)))
            .Where(s => s.Score >= Threshold)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.Name, StringComparer.CurrentCulture)
            .Take(MaxSuggestions)
            .ToList();
    }

    /// <summary>0 (not alike) to 1 (same name, same vendor), rounded to two decimals; 0 when the names are less than half alike.</summary>
    public static decimal Score(string normalisedName, string normalisedVendor, MarketCandidate candidate)
    {
        var name = Similarity(normalisedName, MarketNames.Normalised(candidate.Name));
        if (name < MinimumNameSimilarity)
            return 0m;
        var score = normalisedVendor.Length == 0
            ? NameAloneFactor * name
            : NameWeight * name + VendorWeight * Similarity(normalisedVendor, MarketNames.Normalised(candidate.VendorName));
        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The Dice coefficient of the two texts' letter pairs (1 for equal texts, 0 when one is empty).</summary>
    public static decimal Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0m;
        if (a == b)
            return 1m;
        var left = Bigrams(a);
        var right = Bigrams(b);
        var total = left.Count + right.Count;
        if (total == 0)
            return 0m;
        var shared = left.Count(right.Remove);
        return Math.Round(2m * shared / total, 4);
    }

    private static List<string> Bigrams(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        var pairs = new List<string>(Math.Max(0, compact.Length - 1));
        for (var i = 0; i + 1 < compact.Length; i++)
            pairs.Add(compact.Substring(i, 2));
        return pairs;
    }
}
