namespace ItInventory.Web.Features.Market;

/// <summary>A market product a tenant may link to (active, of an active vendor).</summary>
public sealed record MarketOption(int Id, string Name, string Vendor)
{
    public string Label => $"{Name} ({Vendor})";
}

public sealed record SuggestedLink(MarketOption Option, decimal Score);

/// <summary>One own product with its link to the market catalogue (if any) and what the suggestion rule proposes.</summary>
public sealed record ProductLinkRow(
    int ProductId, string InventoryNumber, string Name, string? Vendor, Guid Version, MarketOption? Linked, IReadOnlyList<SuggestedLink> Suggestions);

public sealed record ProductLinks(IReadOnlyList<ProductLinkRow> Products, IReadOnlyList<MarketOption> Options);
