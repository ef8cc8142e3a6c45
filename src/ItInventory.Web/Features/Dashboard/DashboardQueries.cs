using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Core.Querying;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>
/// The dashboard's three sums over the counting cost lines as compiled queries. Composed at run time, each cost EF
/// about half a millisecond before it reached the database (building, hashing and comparing the expression with the
/// year-cost rule inside): for a municipality of 100 products that was a third of the dashboard. The rule is
/// <see cref="YearCostRule.CountsAmong"/>, inlined, the same as everywhere else.
/// </summary>
internal static class DashboardQueries
{
    public sealed class YearKindRow
    {
        public int FiscalYear { get; init; }
        public CostKind Kind { get; init; }
        public decimal Amount { get; init; }
    }

    public sealed class GrowthRow
    {
        public int ProductId { get; init; }
        public int FiscalYear { get; init; }
        public CostType CostType { get; init; }
        public decimal Amount { get; init; }
        public int Lines { get; init; }
        public int WithQuantity { get; init; }
        public int Quantity { get; init; }
    }

    public sealed class BreakdownRow
    {
        public int ProductId { get; init; }
        public CostType CostType { get; init; }
        public int VendorId { get; init; }
        public string Vendor { get; init; } = "";
        public decimal Amount { get; init; }
    }

    /// <summary>Every year's counting lines summed per kind (actual, plan).</summary>
    public static readonly Func<InventoryDbContext, IAsyncEnumerable<YearKindRow>> YearKindSums = EF.CompileAsyncQuery(
        QueryExpressions.Expand<Func<InventoryDbContext, IQueryable<YearKindRow>>>(db =>
            db.CostLines.AsNoTracking()
                .Where(c => YearCostRule.CountsAmong.Invoke(c, db.CostLines))
                .GroupBy(c => new { c.FiscalYear, c.Kind })
                .Select(g => new YearKindRow { FiscalYear = g.Key.FiscalYear, Kind = g.Key.Kind, Amount = g.Sum(c => c.Amount) })));

    /// <summary>Two years' counting lines per product and cost type, with what the quantity rule needs.</summary>
    public static readonly Func<InventoryDbContext, int, int, IAsyncEnumerable<GrowthRow>> GrowthRows = EF.CompileAsyncQuery(
        QueryExpressions.Expand<Func<InventoryDbContext, int, int, IQueryable<GrowthRow>>>((db, from, to) =>
            db.CostLines.AsNoTracking()
                .Where(c => (c.FiscalYear == from || c.FiscalYear == to) && YearCostRule.CountsAmong.Invoke(c, db.CostLines))
                .GroupBy(c => new { c.ProductId, c.FiscalYear, c.CostType })
                .Select(g => new GrowthRow
                {
                    ProductId = g.Key.ProductId, FiscalYear = g.Key.FiscalYear, CostType = g.Key.CostType, Amount = g.Sum(c => c.Amount),
                    Lines = g.Count(), WithQuantity = g.Count(c => c.Quantity != null), Quantity = g.Sum(c => c.Quantity ?? 0),
                })));

    /// <summary>One year's counting lines per product and cost type, with the product's vendor.</summary>
    public static readonly Func<InventoryDbContext, int, IAsyncEnumerable<BreakdownRow>> Breakdown = EF.CompileAsyncQuery(
        QueryExpressions.Expand<Func<InventoryDbContext, int, IQueryable<BreakdownRow>>>((db, year) =>
            db.CostLines.AsNoTracking()
                .Where(c => c.FiscalYear == year && YearCostRule.CountsAmong.Invoke(c, db.CostLines))
                .GroupBy(c => new { c.ProductId, c.CostType, c.Product!.VendorId, Vendor = c.Product.Vendor!.Name })
                .Select(g => new BreakdownRow { ProductId = g.Key.ProductId, CostType = g.Key.CostType, VendorId = g.Key.VendorId, Vendor = g.Key.Vendor, Amount = g.Sum(c => c.Amount) })));
}
