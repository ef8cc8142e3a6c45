using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison;
using ItInventory.Core.Formatting;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Comparison.Exchange;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Comparison;

/// <summary>
/// The comparison within one installation: the municipalities that take part, compared per market product and
/// category under the k rule. A municipality sees it only while it takes part itself (who shares nothing sees nothing).
/// </summary>
public sealed class ComparisonService(
    IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, InventoryClock clock, IOptions<ComparisonOptions> options,
    ComparisonParticipants participants)
{
    /// <summary>The last complete fiscal year: the running year's costs are mostly plan.</summary>
    public int DefaultYear => clock.CurrentYear - 1;

    public async Task<ComparisonView> ViewAsync(int? year = null, ComparisonFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var privacy = options.Value.Privacy;
        var compared = year ?? DefaultYear;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ownId = db.CurrentTenantId;
        if (!await db.Tenants.AnyAsync(t => t.Id == ownId && t.TakesPartInComparison, cancellationToken))
            return new ComparisonView(false, compared, privacy.MinimumGroup, [], [], []);

        var names = await CatalogueNames.LoadAsync(db, cancellationToken);
        // A city that imported a Vergleichsstelle's aggregate compares itself with its groups (the year is the aggregate's).
        if (await AggregateImportService.LoadAsync(db, cancellationToken) is { } aggregate)
            return ImportedComparison.View(aggregate, await ComparisonMembersLoader.OwnAsync(db, cancellationToken),
                await IndexChangeAsync(db, aggregate.Year, cancellationToken), filter ?? ComparisonFilter.None, privacy, names);

        var (members, request) = await RequestAsync(db, compared, filter ?? ComparisonFilter.None, cancellationToken);

        // The groups are formed once for the figures, the shares and the demands.
        var groups = MarketComparison.Groups(members, request.Filter).ToList();
        var lines = MarketComparison.Figures(groups, members.FirstOrDefault(m => m.MemberId == ownId), request, privacy)
            .Select(r => new ComparisonLine(r.Scope, names.Subject(r.Scope, r.Key), r.Metric, r.Group, r.Own, r.OwnPercentile)).ToList();
        var shares = MarketComparison.Shares(groups, privacy)
            .Select(s => new ShareLine(names.Subject(s.Scope, s.Key), s)).ToList();
        var demands = JointDemands.Of(groups, request, privacy)
            .Select(d => new DemandLine(names.Vendor(d.VendorKey), names.Product(d.MarketProductKey), d.Kind, d.Members, d.SharePercent)).ToList();
        return new ComparisonView(true, compared, privacy.MinimumGroup, lines, shares, demands);
    }

    /// <summary>
    /// The published figures of some own products, those linked to the shared market catalogue (for a vendor's
    /// Verhandlungsmappe): the same groups under the same k rule as the page, only while the municipality takes part.
    /// </summary>
    public async Task<ProductComparison> ForProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var minimum = options.Value.Privacy.MinimumGroup;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var linked = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id) && p.MarketProductId != null)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.MarketProduct!.Key }).ToListAsync(cancellationToken);
        var ownId = db.CurrentTenantId;
        if (!await db.Tenants.AnyAsync(t => t.Id == ownId && t.TakesPartInComparison, cancellationToken))
            return new ProductComparison(false, DefaultYear, minimum, linked.Count, [], []);

        var (members, request) = await RequestAsync(db, DefaultYear, ComparisonFilter.None, cancellationToken);
        var rows = MarketComparison.Figures(members, request, options.Value.Privacy)
            .Where(r => r.Scope == ComparisonScope.MarketProduct).ToLookup(r => r.Key);
        var figures = linked.SelectMany(p => rows[p.Key].Select(r => new ProductFigure(p.Id, p.Name, r.Metric, r.Group, r.Own, r.OwnPercentile))).ToList();
        var withoutGroup = linked.Where(p => !rows[p.Key].Any()).Select(p => p.Name).ToList();
        return new ProductComparison(true, DefaultYear, minimum, linked.Count, figures, withoutGroup);
    }

    private async Task<(IReadOnlyList<ComparisonMember> Members, ComparisonRequest Request)> RequestAsync(
        InventoryDbContext db, int year, ComparisonFilter filter, CancellationToken cancellationToken)
    {
        var members = await participants.GetAsync(await AnalysisDataVersionBump.ReadAsync(db, cancellationToken), async loading =>
        {
            await using var own = await contextFactory.CreateDbContextAsync(loading);
            return await ComparisonMembersLoader.ParticipantsAsync(own, loading);
        }, cancellationToken);
        return (members, new ComparisonRequest(year, await IndexChangeAsync(db, year, cancellationToken), filter, db.CurrentTenantId));
    }

    private static async Task<IndexChange?> IndexChangeAsync(InventoryDbContext db, int year, CancellationToken cancellationToken) =>
        new Core.Analysis.Prices.PriceIndex(await db.PriceIndex.AsNoTracking().ToListAsync(cancellationToken))
            .Change(year - 1, year, MissingIndexPolicy.UseLatestKnownChange);

    /// <summary>Exactly what the own municipality shares (or would share): the figures the comparison reads of it.</summary>
    public async Task<SharePreview> PreviewAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var own = await ComparisonMembersLoader.OwnAsync(db, cancellationToken);
        var takesPart = await db.Tenants.Where(t => t.Id == db.CurrentTenantId).Select(t => t.TakesPartInComparison).SingleAsync(cancellationToken);
        var names = await CatalogueNames.LoadAsync(db, cancellationToken);
        var withheld = await db.Products.Where(p => p.MarketProductId != null && p.Contracts.Any(c => c.PricesConfidential))
            .Select(p => p.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        return new SharePreview(takesPart, own.SizeClass is { } size ? SizeClasses.Label(size) : null,
            own.State is { } state ? Labels.Of(state) : "–",
            own.Products.Select(p => new SharedProduct(names.Product(p.MarketProductKey), p.Users, p.RunningCostByYear, InterfaceKinds.Label(p.Interface), p.Terms)).ToList(),
            withheld);
    }

    /// <summary>Turns the own municipality's participation on or off; the administration decides.</summary>
    public async Task SetParticipationAsync(bool takesPart, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.SingleAsync(t => t.Id == db.CurrentTenantId, cancellationToken);
        tenant.TakesPartInComparison = takesPart;
        await db.SaveChangesAsync(cancellationToken);
    }
}
