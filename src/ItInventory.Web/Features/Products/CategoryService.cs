using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>A standard a category asks of its products, and how firmly.</summary>
public sealed record CategoryRequirementRow(int StandardId, string StandardCode, string StandardName, RequirementLevel Level);

/// <summary>A product category with the id a product's <c>categoryId</c> takes and the standards it asks for.</summary>
public sealed record CategoryRow(int Id, string Code, string Name, IReadOnlyList<CategoryRequirementRow> Requirements);

/// <summary>
/// Reads the product categories. They are shared reference data (no tenant owns them) and change only with the
/// catalogue the installation loads, so there is no editing here: a category is chosen, not maintained, by a city.
/// </summary>
public sealed class CategoryService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    /// <summary>All categories by name; <paramref name="search"/> looks in code and name.</summary>
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(string? search, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = db.Categories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{SqlLike.Escape(search.Trim())}%";
            categories = categories.Where(c => EF.Functions.Like(c.Name, pattern, SqlLike.EscapeCharacter) || EF.Functions.Like(c.Code, pattern, SqlLike.EscapeCharacter));
        }

        return await Project(categories).ToListAsync(cancellationToken);
    }

    public async Task<CategoryRow> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Project(db.Categories.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Die Kategorie", id);
    }

    private static IQueryable<CategoryRow> Project(IQueryable<ProductCategory> categories) =>
        categories.OrderBy(c => c.Name).ThenBy(c => c.Code).Select(c => new CategoryRow(c.Id, c.Code, c.Name,
            c.Requirements.OrderBy(r => r.Standard!.Code)
                .Select(r => new CategoryRequirementRow(r.StandardId, r.Standard!.Code, r.Standard.Name, r.Level)).ToList()));
}
