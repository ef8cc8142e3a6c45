using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>
/// Which departments carry a product's cost, as weights that add up to 1: the recorded cost shares normalised to
/// their sum (40 + 40 means half each), an even split when all shares are 0, and the owning department alone when
/// no department is recorded. The same rule as the concentration analysis, so the figures agree.
/// </summary>
public sealed class CostShares
{
    private readonly Dictionary<int, IReadOnlyList<(int DepartmentId, decimal Weight)>> _weights;

    private CostShares(Dictionary<int, IReadOnlyList<(int DepartmentId, decimal Weight)>> weights) => _weights = weights;

    public static async Task<CostShares> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        // One statement (products left-joined to their departments), not one per table.
        var products = await db.Products.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                p.OwnerDepartmentId,
                Shares = p.UsingDepartments.Select(d => new { d.DepartmentId, d.CostSharePercent }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var weights = new Dictionary<int, IReadOnlyList<(int, decimal)>>();
        foreach (var product in products)
        {
            var recorded = product.Shares;
            if (recorded.Count == 0)
            {
                weights[product.Id] = [(product.OwnerDepartmentId, 1m)];
                continue;
            }

            var sum = recorded.Sum(s => Math.Max(0m, s.CostSharePercent));
            weights[product.Id] = recorded
                .Select(s => (s.DepartmentId, sum > 0m ? Math.Max(0m, s.CostSharePercent) / sum : 1m / recorded.Count))
                .Where(s => s.Item2 > 0m)
                .ToList();
        }

        return new CostShares(weights);
    }

    public IReadOnlyList<(int DepartmentId, decimal Weight)> Of(int productId) =>
        _weights.TryGetValue(productId, out var weights) ? weights : [];
}
