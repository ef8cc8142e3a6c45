using ItInventory.Core.Analysis;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Vendors.Negotiation;

/// <summary>
/// Puts one vendor's Verhandlungsmappe together: its products (made or run by it) with the payments of five years,
/// split into what the vendor is paid and what others (a data centre running the software) are paid; price changes,
/// lock-in and standards gaps from the shared analysis; its contracts with their deadlines; its findings; and what other
/// municipalities pay for the same market products, where the comparison may publish it.
/// </summary>
public sealed class NegotiationFolderService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    AnalysisService analysis,
    FindingsService findings,
    ExitService exits,
    ComparisonService comparison,
    InventoryClock clock,
    ICurrentUser currentUser)
{
    public const int HistoryYears = 4;

    public async Task<NegotiationFolder> GetAsync(int vendorId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var asOf = clock.Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Vendors.AsNoTracking().SingleOrNotFoundAsync(vendorId, VendorService.EntityName, cancellationToken);
        var index = await analysis.AnalyzeIndexedUsingAsync(db, asOf, cancellationToken);
        var report = index.Report;
        int[] years = [.. Enumerable.Range(asOf.Year - HistoryYears, HistoryYears + 2)];

        var products = await db.Products.AsNoTracking()
            .Where(p => p.VendorId == vendorId || p.OperatorVendorId == vendorId)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.InventoryNumber, p.Name, p.Lifecycle, RunOnly = p.VendorId != vendorId })
            .ToListAsync(cancellationToken);
        var (first, last) = (years[0], years[^1]);
        var payments = (await YearCosts.PaidLines(db)
                .Where(l => l.FiscalYear >= first && l.FiscalYear <= last)
                .Join(db.Products.Where(p => p.VendorId == vendorId || p.OperatorVendorId == vendorId), l => l.ProductId, p => p.Id, (l, _) => l)
                .GroupBy(l => new { l.ProductId, l.FiscalYear, ToVendor = l.PayeeVendorId == vendorId })
                .Select(g => new { g.Key.ProductId, g.Key.FiscalYear, g.Key.ToVendor, Amount = g.Sum(l => l.Amount) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ProductId);

        var prices = report.ProductPrices.ToDictionary(p => p.Subject.Id);
        var lockIn = report.LockIn.ToDictionary(s => s.Product.Id);
        var gaps = report.ComplianceGaps.ToLookup(g => g.Product.Id, g => g.StandardCode);
        var productIds = products.Select(p => p.Id).ToHashSet();
        var exitOf = (await exits.ListAsync(cancellationToken)).Where(e => productIds.Contains(e.ProductId)).ToDictionary(e => e.ProductId);
        var productRows = products.Select(p =>
        {
            var paid = payments[p.Id].GroupBy(x => x.FiscalYear).ToDictionary(g => g.Key,
                g => new YearPayments(g.Where(x => x.ToVendor).Sum(x => x.Amount), g.Where(x => !x.ToVendor).Sum(x => x.Amount)));
            var price = prices.GetValueOrDefault(p.Id);
            var score = lockIn.GetValueOrDefault(p.Id);
            return new NegotiationProduct(p.Id, p.InventoryNumber, p.Name, p.Lifecycle, p.RunOnly, paid,
                price?.Totals.Where(c => c.Year <= asOf.Year).MaxBy(c => c.Year), price?.Cumulative,
                score?.Score, score?.IsHard == true, [.. gaps[p.Id].Distinct().Order(StringComparer.Ordinal)],
                index.Of(SubjectKind.Product, p.Id).Count, exitOf.GetValueOrDefault(p.Id));
        }).ToList();

        var contracts = await db.Contracts.AsNoTracking().Where(c => c.VendorId == vendorId)
            .Select(c => new { c.Id, c.ContractNumber, c.Title, c.EvbItType, c.PriceAdjustment, c.PriceAdjustmentPercent })
            .ToListAsync(cancellationToken);
        var contractProducts = (await db.Contracts.AsNoTracking().Where(c => c.VendorId == vendorId)
                .SelectMany(c => c.Products, (c, p) => new { c.Id, p.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.Id, x => x.Name);
        var deadlines = report.Deadlines.ToDictionary(d => d.ContractId);
        var contractRows = contracts
            .Select(c => new NegotiationContract(c.Id, c.ContractNumber, c.Title, c.EvbItType, c.PriceAdjustment, c.PriceAdjustmentPercent,
                [.. contractProducts[c.Id].Order(StringComparer.Ordinal)], deadlines.GetValueOrDefault(c.Id)))
            // Those still binding first, by the date a decision is due; ended ones last.
            .OrderBy(c => c.Deadlines?.IsActive == false)
            .ThenBy(c => c.Deadlines?.DecisionDate ?? DateOnly.MaxValue)
            .ThenBy(c => c.ContractNumber, StringComparer.Ordinal)
            .ToList();

        var findingRows = await findings.ListAsync(new FindingFilter { VendorId = vendorId, AsOf = asOf, Sort = FindingSort.Impact }, cancellationToken);
        var compared = await comparison.ForProductsAsync(productIds, cancellationToken);
        return new NegotiationFolder(vendorId, vendor.Name, vendor.Kind, asOf, years, productRows, contractRows, findingRows,
            FindingTotals.DistinctImpact(findingRows.Select(r => r.Finding)), compared);
    }
}
