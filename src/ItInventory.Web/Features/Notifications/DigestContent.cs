using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// What the weekly digests of one tenant draw on, read once per pass through the features' own services: the findings
/// from the ONE shared analysis (FindingsService over the cached AnalysisService), the Rechnungseingang's invoices
/// waiting for review, and the contracts needing a decision within <see cref="DeadlineDays"/> days (DecisionDue).
/// </summary>
public sealed record DigestContent(
    IReadOnlyList<FindingRow> Findings,
    IReadOnlyList<InvoiceRow> InvoicesToReview,
    IReadOnlyList<ContractListRow> Deadlines,
    ILookup<int, int> ContractDepartments)
{
    public const int DeadlineDays = 90;

    /// <summary>Reads in the scope's tenant, as the system acting with reading rights (no user is signed in).</summary>
    public static async Task<DigestContent> LoadAsync(IServiceProvider services, InventoryDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        ICurrentUser reader = FixedCurrentUser.WithRoles("Wochenübersicht", Roles.ItLeitung);
        var analysis = ActivatorUtilities.CreateInstance<AnalysisService>(services, reader);
        var findings = await ActivatorUtilities.CreateInstance<FindingsService>(services, analysis, reader)
            .ListAsync(new FindingFilter { AsOf = asOf }, cancellationToken);
        var invoices = await ActivatorUtilities.CreateInstance<InvoiceReviewService>(services, reader)
            .ListAsync(ReceivedInvoiceStatus.ToReview, cancellationToken: cancellationToken);
        var contracts = await ActivatorUtilities.CreateInstance<ContractService>(services, reader)
            .ListAsync(new ContractQuery(DecisionWithinDays: DeadlineDays, AsOf: asOf), cancellationToken);
        var departments = (await db.Contracts.AsNoTracking()
                .SelectMany(c => c.Products, (c, p) => new { ContractId = c.Id, p.OwnerDepartmentId, Using = p.UsingDepartments.Select(d => d.DepartmentId).ToList() })
                .ToListAsync(cancellationToken))
            .SelectMany(x => x.Using.Append(x.OwnerDepartmentId).Select(d => (x.ContractId, DepartmentId: d)))
            .ToLookup(x => x.ContractId, x => x.DepartmentId);
        return new DigestContent(findings, invoices, contracts.Rows, departments);
    }
}
