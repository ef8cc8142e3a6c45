using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Queries;

/// <summary>A product's cost in one fiscal year, as a composable query row.</summary>
public sealed class ProductYearCost
{
    public int ProductId { get; init; }
    public int VendorId { get; init; }
    public decimal Cost { get; init; }
}

/// <summary>A cost line that counts for its year, with the vendor it is paid to.</summary>
public sealed class PaidCostLine
{
    public int ProductId { get; init; }
    public int FiscalYear { get; init; }
    /// <summary>The vendor of the line's contract, or the product's vendor when the line has no contract.</summary>
    public int PayeeVendorId { get; init; }
    public decimal Amount { get; init; }
}

/// <summary>The part of a product's yearly cost that one using department carries.</summary>
public sealed class DepartmentCostPart
{
    public int DepartmentId { get; init; }
    public int ProductId { get; init; }
    public int VendorId { get; init; }
    public decimal SharePercent { get; init; }
    public decimal ProductCost { get; init; }
    public decimal Part { get; init; }
}

/// <summary>
/// Year costs as queries that the database evaluates, so lists can sum and sort them without loading cost lines.
/// Which lines count is <see cref="YearCostRule"/>, the same rule the analysis applies in memory.
/// </summary>
public static class YearCosts
{
    /// <summary>The cost lines that count for their product and year (<see cref="YearCostRule.Counts"/>).</summary>
    public static IQueryable<CostLine> Counting(InventoryDbContext db) =>
        db.CostLines.Where(YearCostRule.Counts(db.CostLines));

    /// <summary>The counting lines of one fiscal year.</summary>
    public static IQueryable<CostLine> Counting(InventoryDbContext db, int year) =>
        Counting(db).Where(c => c.FiscalYear == year);

    public static IQueryable<ProductYearCost> OfProducts(InventoryDbContext db, int year)
    {
        var counting = Counting(db, year);
        return db.Products.Select(p => new ProductYearCost
        {
            ProductId = p.Id,
            VendorId = p.VendorId,
            Cost = counting.Where(c => c.ProductId == p.Id).Sum(c => c.Amount),
        });
    }

    /// <summary>
    /// The cost lines that make up the year's cost, each with the vendor that is paid ("Zahlungen an den Anbieter").
    /// Data-centre fees are booked on the products the data centre runs, under its contract; attributing by contract
    /// credits them to the data centre rather than to the software's maker.
    /// </summary>
    public static IQueryable<PaidCostLine> PaidLines(InventoryDbContext db, int year) =>
        PaidLines(db).Where(c => c.FiscalYear == year);

    /// <summary>The same over every year, for histories.</summary>
    public static IQueryable<PaidCostLine> PaidLines(InventoryDbContext db) =>
        Counting(db)
            .Select(c => new PaidCostLine
            {
                ProductId = c.ProductId,
                FiscalYear = c.FiscalYear,
                PayeeVendorId = c.ContractId != null ? c.Contract!.VendorId : c.Product!.VendorId,
                Amount = c.Amount,
            });

    /// <summary>
    /// Each using department's part: product cost × cost share / 100, cut to the cent below. SQLite gets the cut for free
    /// (whole cents, integer division); PostgreSQL computes exact numerics, so there the floor is explicit.
    /// </summary>
    public static IQueryable<DepartmentCostPart> OfDepartments(InventoryDbContext db, int year)
    {
        var parts =
            from usage in db.ProductDepartments
            join cost in OfProducts(db, year) on usage.ProductId equals cost.ProductId
            select new DepartmentCostPart
            {
                DepartmentId = usage.DepartmentId,
                ProductId = usage.ProductId,
                VendorId = cost.VendorId,
                SharePercent = usage.CostSharePercent,
                ProductCost = cost.Cost,
                Part = cost.Cost * usage.CostSharePercent / 100m,
            };
        return db.Database.IsSqlite()
            ? parts
            : parts.Select(p => new DepartmentCostPart
            {
                DepartmentId = p.DepartmentId,
                ProductId = p.ProductId,
                VendorId = p.VendorId,
                SharePercent = p.SharePercent,
                ProductCost = p.ProductCost,
                Part = decimal.Floor(p.ProductCost * p.SharePercent) / 100m,
            });
    }
}
