using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Dashboard;

public sealed record OverviewFigures(int Year, int Products, int ActiveProducts, int Vendors, int Contracts, decimal SpendThisYear, bool ThisYearIsPlan, decimal SpendLastYear, bool LastYearIsPlan);

/// <summary>The inventory's headline figures, aggregated in the database.</summary>
public sealed class OverviewService(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock, ICurrentUser currentUser)
{
    public async Task<OverviewFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        var year = clock.CurrentYear;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (thisYear, thisIsPlan) = await SpendAsync(db, year, cancellationToken);
        var (lastYear, lastIsPlan) = await SpendAsync(db, year - 1, cancellationToken);
        return new OverviewFigures(
            year,
            await db.Products.CountAsync(cancellationToken),
            await db.Products.CountAsync(p => p.Lifecycle == LifecycleStatus.Active, cancellationToken),
            await db.Vendors.CountAsync(cancellationToken),
            await db.Contracts.CountAsync(c => c.EndedOn == null, cancellationToken),
            thisYear, thisIsPlan, lastYear, lastIsPlan);
    }

    /// <summary>A year's spend is its actuals once any are booked, otherwise its plan.</summary>
    private static async Task<(decimal Amount, bool IsPlan)> SpendAsync(InventoryDbContext db, int year, CancellationToken cancellationToken)
    {
        var lines = db.CostLines.Where(c => c.FiscalYear == year);
        if (await lines.AnyAsync(c => c.Kind == CostKind.Actual, cancellationToken))
        {
            return (await lines.Where(c => c.Kind == CostKind.Actual).SumAsync(c => c.Amount, cancellationToken), false);
        }

        return (await lines.Where(c => c.Kind == CostKind.Plan).SumAsync(c => c.Amount, cancellationToken), true);
    }
}
