using ItInventory.Core.Domain.Market;
using ItInventory.Core.Market;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Market;

/// <summary>
/// The shared market catalogue's editor: vendors and their products, which every tenant's products may link to. It is
/// reference data like the standards catalogue, so the same permissions decide: all who see reference data read it,
/// the operator edits it in an installation of several tenants, the administration (and IT-Leitung) in a single-city
/// one (<see cref="ReferenceDataAccess"/>). A vendor's name is unique, a product's name unique per vendor, both by
/// the database's case rule (<see cref="UniqueKeys"/>). Entries are retired rather than deleted once a link names them.
/// </summary>
public sealed class MarketCatalogueService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string VendorEntity = "Der Marktanbieter";
    public const string ProductEntity = "Das Marktprodukt";

    public async Task<MarketCatalogue> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var links = await LinksAsync(db, cancellationToken);
        var vendors = await db.MarketVendors.AsNoTracking().OrderBy(v => v.Name)
            .Select(v => new MarketVendorRow(v.Id, v.Name, v.Retired, v.Version, v.Products.Count)).ToListAsync(cancellationToken);
        var products = (await db.MarketProducts.AsNoTracking()
                .Select(p => new { p.Id, p.Key, p.Name, p.MarketVendorId, Vendor = p.MarketVendor!.Name, p.CategoryId, Category = p.Category!.Name, p.Retired, p.Version })
                .ToListAsync(cancellationToken))
            .Select(p => new MarketProductRow(p.Id, p.Key, p.Name, p.MarketVendorId, p.Vendor, p.CategoryId, p.Category, p.Retired, p.Version, links.GetValueOrDefault(p.Id)))
            .OrderBy(p => p.Vendor, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var categories = (await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => KeyValuePair.Create(c.Id, c.Name)).ToList();
        return new MarketCatalogue(vendors, products, categories);
    }

    public async Task<int> SaveVendorAsync(int? id, MarketVendorInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = id is { } existing ? await db.MarketVendors.SingleOrNotFoundAsync(existing, VendorEntity, cancellationToken) : null;
        await ValidateVendorAsync(db, input, id, cancellationToken);
        var name = NameRules.Clean(input.Name);
        if (vendor is null)
        {
            vendor = new MarketVendor { Key = await FreeKeyAsync(db.MarketVendors.Select(v => v.Key), name, cancellationToken), Name = name };
            db.MarketVendors.Add(vendor);
            await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateVendorAsync(db, input, null, cancellationToken));
            return vendor.Id;
        }

        vendor.Name = name;
        await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(vendor, input.Version, VendorEntity, cancellationToken),
            () => ValidateVendorAsync(db, input, id, cancellationToken));
        return vendor.Id;
    }

    public async Task<int> SaveProductAsync(int? id, MarketProductInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = id is { } existing ? await db.MarketProducts.SingleOrNotFoundAsync(existing, ProductEntity, cancellationToken) : null;
        await ValidateProductAsync(db, input, id, cancellationToken);
        var name = NameRules.Clean(input.Name);
        if (product is null)
        {
            product = new MarketProduct { Key = await FreeKeyAsync(db.MarketProducts.Select(p => p.Key), name, cancellationToken) };
            db.MarketProducts.Add(product);
        }

        product.Name = name;
        product.MarketVendorId = input.VendorId;
        product.CategoryId = input.CategoryId;
        if (id is null)
            await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateProductAsync(db, input, null, cancellationToken));
        else
            await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(product, input.Version, ProductEntity, cancellationToken),
                () => ValidateProductAsync(db, input, id, cancellationToken));
        return product.Id;
    }

    /// <summary>Retires a vendor (and offers none of its products for new links) or takes it back.</summary>
    public async Task SetVendorRetiredAsync(int id, Guid version, bool retired, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.MarketVendors.SingleOrNotFoundAsync(id, VendorEntity, cancellationToken);
        vendor.Retired = retired;
        await db.SaveEditAsync(vendor, version, VendorEntity, cancellationToken);
    }

    /// <summary>Retires a market product: links that name it stay (and keep its figures), no new link is offered it.</summary>
    public async Task SetProductRetiredAsync(int id, Guid version, bool retired, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.MarketProducts.SingleOrNotFoundAsync(id, ProductEntity, cancellationToken);
        product.Retired = retired;
        await db.SaveEditAsync(product, version, ProductEntity, cancellationToken);
    }

    /// <summary>Deletes a market product no tenant's product links to; one in use can only be retired.</summary>
    public async Task DeleteProductAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.MarketProducts.SingleOrNotFoundAsync(id, ProductEntity, cancellationToken);
        var links = (await LinksAsync(db, cancellationToken)).GetValueOrDefault(id);
        if (links > 0)
            throw new DeleteRefusedException(
                $"Das Marktprodukt „{product.Name}“ kann nicht gelöscht werden: {(links == 1 ? "1 Produkt ist" : $"{links} Produkte sind")} damit verknüpft. Nehmen Sie es stattdessen außer Betrieb.");
        await db.DeleteEditAsync(product, version, ProductEntity, cancellationToken);
    }

    /// <summary>Deletes a vendor without market products.</summary>
    public async Task DeleteVendorAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.MarketVendors.SingleOrNotFoundAsync(id, VendorEntity, cancellationToken);
        var products = await db.MarketProducts.CountAsync(p => p.MarketVendorId == id, cancellationToken);
        if (products > 0)
            throw new DeleteRefusedException(
                $"Der Marktanbieter „{vendor.Name}“ kann nicht gelöscht werden: {(products == 1 ? "1 Marktprodukt gehört" : $"{products} Marktprodukte gehören")} zu ihm. Nehmen Sie ihn stattdessen außer Betrieb.");
        await db.DeleteEditAsync(vendor, version, VendorEntity, cancellationToken);
    }

    /// <summary>Links per market product over every tenant, each read through its own tenant's context (the only way across).</summary>
    private static async Task<Dictionary<int, int>> LinksAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<int, int>();
        foreach (var tenantId in await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken))
        {
            await using var tenantDb = TenantContexts.For(db, tenantId);
            var links = await tenantDb.Products.AsNoTracking().Where(p => p.MarketProductId != null)
                .GroupBy(p => p.MarketProductId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var link in links)
                counts[link.Key] = counts.GetValueOrDefault(link.Key) + link.Count;
        }

        return counts;
    }

    // Keys are what exchange files name entries by: never reused, so a new entry with a taken key gets "-2", "-3", ….
    private static async Task<string> FreeKeyAsync(IQueryable<string> keys, string name, CancellationToken cancellationToken)
    {
        var stem = MarketNames.Key(name);
        var taken = (await keys.Where(k => k.StartsWith(stem)).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var key = stem;
        for (var n = 2; taken.Contains(key); n++)
            key = $"{stem[..Math.Min(stem.Length, MarketNames.MaxKeyLength - 6)]}-{n}";
        return key;
    }

    private static async Task ValidateVendorAsync(InventoryDbContext db, MarketVendorInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = NameRules.Clean(input.Name);
        if (MarketRules.VendorNameProblem(name) is { } problem)
            errors.Add(nameof(MarketVendorInput.Name), problem);
        else
            errors.Taken(await db.MarketVendors.Where(v => v.Id != id).HavingKey(v => v.Name, name).AnyAsync(cancellationToken),
                nameof(MarketVendorInput.Name), $"Einen Marktanbieter „{name}“ gibt es schon.");
        errors.ThrowIfAny();
    }

    private static async Task ValidateProductAsync(InventoryDbContext db, MarketProductInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = NameRules.Clean(input.Name);
        var vendorExists = await db.MarketVendors.AnyAsync(v => v.Id == input.VendorId, cancellationToken);
        errors.When(!vendorExists, nameof(MarketProductInput.VendorId), "Bitte einen Anbieter aus dem Marktkatalog wählen.");
        errors.When(!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, cancellationToken),
            nameof(MarketProductInput.CategoryId), "Bitte eine Kategorie wählen.");
        if (MarketRules.ProductNameProblem(name) is { } problem)
            errors.Add(nameof(MarketProductInput.Name), problem);
        else if (vendorExists)
            errors.Taken(await db.MarketProducts.Where(p => p.Id != id && p.MarketVendorId == input.VendorId).HavingKey(p => p.Name, name).AnyAsync(cancellationToken),
                nameof(MarketProductInput.Name), $"Ein Marktprodukt „{name}“ dieses Anbieters gibt es schon.");
        errors.ThrowIfAny();
    }
}
