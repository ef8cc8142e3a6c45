using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Everything validation compares rows with, loaded in a handful of queries before the first row is read,
/// so checking 10,000 rows never queries the database per row.
/// </summary>
public sealed class ImportLookups
{
    public sealed record DepartmentInfo(int Id, string Number, string Name);
    public sealed record VendorInfo(int Id, string Name, VendorKind Kind);
    public sealed record CategoryInfo(int Id, string Code, string Name);

    public sealed record CostSum(decimal Amount, int Lines);

    public sealed record ProductInfo(
        int Id, string Name, int VendorId, string InventoryNumber, string? Description, int CategoryId, int OwnerDepartmentId,
        int? LicenceCount, int? UserCount, OperatorKind Operator, LifecycleStatus Lifecycle, string? Notes, int ContractCount)
    {
        public Dictionary<(int Year, CostType Type, CostKind Kind), CostSum> Costs { get; } = [];
    }

    public required IReadOnlyList<DepartmentInfo> Departments { get; init; }
    public required IReadOnlyList<VendorInfo> Vendors { get; init; }
    public required IReadOnlyList<CategoryInfo> Categories { get; init; }
    public required IReadOnlyList<ProductInfo> Products { get; init; }
    public required IReadOnlySet<string> ContractNumbers { get; init; }

    public static async Task<ImportLookups> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Select(d => new DepartmentInfo(d.Id, d.Number, d.Name)).ToListAsync(cancellationToken);
        var vendors = await db.Vendors.AsNoTracking().Select(v => new VendorInfo(v.Id, v.Name, v.Kind)).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Code).Select(c => new CategoryInfo(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Select(p => new ProductInfo(p.Id, p.Name, p.VendorId, p.InventoryNumber, p.Description, p.CategoryId, p.OwnerDepartmentId,
                p.LicenceCount, p.UserCount, p.Operator, p.Lifecycle, p.Notes, p.Contracts.Count))
            .ToListAsync(cancellationToken);
        var costs = await db.CostLines.AsNoTracking()
            .GroupBy(c => new { c.ProductId, c.FiscalYear, c.CostType, c.Kind })
            .Select(g => new { g.Key.ProductId, g.Key.FiscalYear, g.Key.CostType, g.Key.Kind, Amount = g.Sum(c => c.Amount), Lines = g.Count() })
            .ToListAsync(cancellationToken);
        var byId = products.ToDictionary(p => p.Id);
        foreach (var cost in costs)
        {
            if (byId.TryGetValue(cost.ProductId, out var product))
            {
                product.Costs[(cost.FiscalYear, cost.CostType, cost.Kind)] = new CostSum(cost.Amount, cost.Lines);
            }
        }

        var contractNumbers = await db.Contracts.AsNoTracking().Select(c => c.ContractNumber).ToListAsync(cancellationToken);
        return new ImportLookups
        {
            Departments = departments,
            Vendors = vendors,
            Categories = categories,
            Products = products,
            ContractNumbers = contractNumbers.ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }
}
