using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>An entry of a selection list: the id that is stored and the German text that is shown.</summary>
public sealed record LookupItem(int Id, string Name);

/// <summary>The choices for the product filters and forms.</summary>
public sealed record ProductLookups(IReadOnlyList<LookupItem> Departments, IReadOnlyList<LookupItem> Categories, IReadOnlyList<LookupItem> Vendors);

/// <summary>Feeds the selection lists of the product and cost screens; small tables, read in one go.</summary>
public sealed class ProductLookupService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    /// <param name="withVendors">
    /// False for screens that pick a vendor by search (<see cref="FindVendorsAsync"/>): a county instance has thousands of
    /// vendors, and a list of all of them costs every open page megabytes of server memory.
    /// </param>
    public async Task<ProductLookups> GetAsync(CancellationToken cancellationToken = default, bool withVendors = true)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Number)
            .Select(d => new LookupItem(d.Id, d.Number + " " + d.Name)).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new LookupItem(c.Id, c.Name)).ToListAsync(cancellationToken);
        var vendors = withVendors
            ? await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new LookupItem(v.Id, v.Name)).ToListAsync(cancellationToken)
            : [];
        return new ProductLookups(departments, categories, vendors);
    }

    /// <summary>Vendors whose name contains the text, for a search field; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<LookupItem>> FindVendorsAsync(string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendors = db.Vendors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{SqlLike.Escape(text.Trim())}%";
            vendors = vendors.Where(v => EF.Functions.Like(v.Name, pattern, SqlLike.EscapeCharacter));
        }

        return await vendors.OrderBy(v => v.Name).Take(Math.Clamp(limit, 1, 100))
            .Select(v => new LookupItem(v.Id, v.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>One vendor's entry, e.g. to show the vendor a shared address filters by; null when it does not exist.</summary>
    public async Task<LookupItem?> GetVendorAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AsNoTracking().Where(v => v.Id == id).Select(v => new LookupItem(v.Id, v.Name)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Products whose name or inventory number contains the text, for pickers; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<LookupItem>> FindProductsAsync(string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{SqlLike.Escape(text.Trim())}%";
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, SqlLike.EscapeCharacter) || EF.Functions.Like(p.InventoryNumber, pattern, SqlLike.EscapeCharacter));
        }

        return await products.OrderBy(p => p.Name).ThenBy(p => p.InventoryNumber).Take(Math.Clamp(limit, 1, 100))
            .Select(p => new LookupItem(p.Id, p.InventoryNumber + " " + p.Name)).ToListAsync(cancellationToken);
    }
}
