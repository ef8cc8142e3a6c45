using ItInventory.Core.Domain;
using ItInventory.Core.Market;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Market;

/// <summary>
/// A tenant's links from its own products to the shared market catalogue. The suggestions come from
/// <see cref="LinkSuggestions"/> (name and vendor alike); the link is the tenant's decision: it accepts one, picks
/// another market product or removes the link. The comparison reads links afresh on every call (it keeps no cache),
/// so a changed link counts at once; the write is a product's, so it is audited and renews the findings' data version.
/// </summary>
public sealed class MarketLinkService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public async Task<ProductLinks> ListAsync(bool onlyUnlinked = false, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var options = await OptionsAsync(db, cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Where(p => !onlyUnlinked || p.MarketProductId == null)
            .Select(p => new
            {
                p.Id, p.InventoryNumber, p.Name, Vendor = p.Vendor!.Name, p.Version,
                Linked = p.MarketProduct == null ? null : new MarketOption(p.MarketProduct.Id, p.MarketProduct.Name, p.MarketProduct.MarketVendor!.Name),
            })
            .ToListAsync(cancellationToken);
        var candidates = options.Select(o => new MarketCandidate(o.Id, o.Name, o.Vendor)).ToList();
        var byId = options.ToDictionary(o => o.Id);
        var rows = products
            .Select(p => new ProductLinkRow(p.Id, p.InventoryNumber, p.Name, p.Vendor, p.Version, p.Linked,
                p.Linked is not null ? [] : LinkSuggestions.For(p.Name, p.Vendor, candidates).Select(s => new SuggestedLink(byId[s.Candidate.Id], s.Score)).ToList()))
            .OrderBy(r => r.Linked is not null).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new ProductLinks(rows, options);
    }

    /// <summary>
    /// Links the own product to a market product, or removes its link (null); returns the product's new version. A
    /// product of another tenant is not found (the context's tenant filter), a retired market product is no new link.
    /// </summary>
    public async Task<Guid> SetLinkAsync(int productId, int? marketProductId, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.SingleOrNotFoundAsync(productId, "Das Produkt", cancellationToken);
        if (marketProductId is { } target && target != product.MarketProductId
            && !await db.MarketProducts.AnyAsync(m => m.Id == target && !m.Retired && !m.MarketVendor!.Retired, cancellationToken))
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [nameof(Product.MarketProductId)] = ["Dieses Marktprodukt gibt es nicht (mehr) im Marktkatalog; bitte ein anderes wählen."],
            });
        }

        product.MarketProductId = marketProductId;
        return await db.SaveEditAsync(product, version, "Das Produkt", cancellationToken);
    }

    private static async Task<List<MarketOption>> OptionsAsync(InventoryDbContext db, CancellationToken cancellationToken) =>
        (await db.MarketProducts.AsNoTracking().Where(m => !m.Retired && !m.MarketVendor!.Retired)
            .Select(m => new MarketOption(m.Id, m.Name, m.MarketVendor!.Name)).ToListAsync(cancellationToken))
        .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
}
