using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Findings;

/// <summary>The findings list ("Auffälligkeiten"): every finding, filterable by kind, department and vendor.</summary>
public sealed class FindingsService(AnalysisService analysis, IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<FindingRow>> ListAsync(FindingFilter filter, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var index = await analysis.AnalyzeIndexedAsync(filter.AsOf, cancellationToken);

        // A product's page takes its findings and its contracts' from the index and loads only their details.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        IQueryable<Product> productQuery = db.Products;
        IQueryable<Contract> contractQuery = db.Contracts;
        if (filter.ProductId is { } only)
        {
            var contractIds = index.ContractsOf(only).ToList();
            productQuery = productQuery.Where(p => p.Id == only);
            contractQuery = contractQuery.Where(c => contractIds.Contains(c.Id));
        }

        var findings = filter.ProductId is { } productId ? index.OfProductWithContracts(productId) : index.Report.Findings;
        var products = await productQuery.AsNoTracking()
            .Select(p => new { p.Id, p.VendorId, Vendor = p.Vendor!.Name, p.OwnerDepartmentId, Using = p.UsingDepartments.Select(d => d.DepartmentId).ToList() })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        // Two flat queries rather than one with a nested collection: SQLite evaluated the nested one's join of every
        // contract's products and departments before filtering (50 ms per product page at 20,000 products).
        var contractDepartments = (await contractQuery.AsNoTracking()
                .SelectMany(c => c.Products.SelectMany(p => p.UsingDepartments), (c, d) => new { ContractId = c.Id, d.DepartmentId })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.ContractId, d => d.DepartmentId);
        var contracts = await contractQuery.AsNoTracking()
            .Select(c => new { c.Id, c.VendorId, Vendor = c.Vendor!.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var vendors = findings.Any(f => f.Subject.Kind == SubjectKind.Vendor)
            ? await db.Vendors.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken)
            : [];
        var vendorDepartments = products.Values.GroupBy(p => p.VendorId)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Using.Append(p.OwnerDepartmentId)).Distinct().ToList());

        var rows = findings.Select(f =>
        {
            var subject = f.Subject;
            return subject.Kind switch
            {
                SubjectKind.Product when products.TryGetValue(subject.Id, out var p) =>
                    new FindingRow(f, p.VendorId, p.Vendor, p.Using.Append(p.OwnerDepartmentId).Distinct().ToList(), SubjectLinks.Of(subject)),
                SubjectKind.Contract when contracts.TryGetValue(subject.Id, out var c) =>
                    new FindingRow(f, c.VendorId, c.Vendor, contractDepartments[c.Id].Distinct().ToList(), SubjectLinks.Of(subject)),
                SubjectKind.Vendor => new FindingRow(f, subject.Id, vendors.GetValueOrDefault(subject.Id), vendorDepartments.GetValueOrDefault(subject.Id) ?? [], SubjectLinks.Of(subject)),
                SubjectKind.Department => new FindingRow(f, null, null, [subject.Id], SubjectLinks.Of(subject)),
                SubjectKind.Category => new FindingRow(f, null, null, [], SubjectLinks.Of(subject)),
                _ => new FindingRow(f, null, null, [], SubjectLinks.Of(subject)),
            };
        });

        if (filter.Kind is { } kind) rows = rows.Where(r => r.Finding.Kind == kind);
        if (filter.MinimumSeverity is { } severity) rows = rows.Where(r => r.Finding.Severity >= severity);
        if (filter.DepartmentId is { } department) rows = rows.Where(r => r.DepartmentIds.Contains(department));
        if (filter.VendorId is { } vendor) rows = rows.Where(r => r.VendorId == vendor);

        rows = filter.Sort switch
        {
            FindingSort.Impact => rows.OrderByDescending(r => r.Finding.ImpactEuro ?? 0m).ThenByDescending(r => r.Finding.Severity),
            FindingSort.DueDate => rows.OrderBy(r => r.Finding.DueDate ?? DateOnly.MaxValue).ThenByDescending(r => r.Finding.Severity),
            _ => rows.OrderByDescending(r => r.Finding.Severity).ThenByDescending(r => r.Finding.ImpactEuro ?? 0m),
        };
        return rows.ToList();
    }

    /// <summary>The products with at least one finding of the kind (the product list's filter "befund"), from the index.</summary>
    public async Task<IReadOnlyList<int>> ProductsWithAsync(FindingKind kind, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        return (await analysis.AnalyzeIndexedAsync(asOf, cancellationToken)).SubjectsWith(SubjectKind.Product, kind);
    }
}
