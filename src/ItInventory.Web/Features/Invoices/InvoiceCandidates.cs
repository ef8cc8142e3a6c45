using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>What the inventory offers for matching, loaded once per upload; plus each product's deductible VAT share.</summary>
public sealed record InvoiceCandidates(MatchCandidates Match, IReadOnlyDictionary<int, decimal> DeductibleShares)
{
    public static async Task<InvoiceCandidates> LoadAsync(InventoryDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var vendors = await db.Vendors.AsNoTracking()
            .Select(v => new VendorCandidate(v.Id, v.Name, v.VatId, v.InvoiceAddress)).ToListAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Products).ToListAsync(cancellationToken);
        var rules = await db.InvoiceAssignmentRules.AsNoTracking()
            .Select(r => new CostTypeRule(r.VendorId, r.LineText, r.CostType, r.ProductId)).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Where(d => d.LeitwegId != null)
            .Select(d => new DepartmentCandidate(d.Id, d.Number + " " + d.Name, d.LeitwegId!)).ToListAsync(cancellationToken);
        var shares = await db.Products.AsNoTracking().Where(p => p.DeductibleVatPercent > 0)
            .ToDictionaryAsync(p => p.Id, p => p.DeductibleVatPercent!.Value / 100m, cancellationToken);
        return new InvoiceCandidates(
            new MatchCandidates(vendors,
                contracts.Select(c => new ContractCandidate(c.Id, c.VendorId, c.ContractNumber, c.EvbItType,
                    ContractRunState.Of(c, asOf).IsRunning, c.Products.Select(p => p.Id).ToList())).ToList(),
                rules, departments),
            shares);
    }

    /// <summary>The booking of each line as matched; null when a line is not matched with certainty.</summary>
    public IReadOnlyList<LineAssignment>? AssignmentsOf(InvoiceMatch match)
    {
        if (!match.IsComplete) return null;
        var contract = Match.Contracts.FirstOrDefault(c => c.Id == match.ContractId);
        return match.Lines.Select(line => Assignment(line.ProductId!.Value, line.CostType!.Value, contract)).ToList();
    }

    public LineAssignment Assignment(int productId, Core.Domain.CostType costType, ContractCandidate? contract) => new(
        productId,
        contract is not null && contract.ProductIds.Contains(productId) ? contract.Id : null,
        costType,
        DeductibleShares.GetValueOrDefault(productId));
}
