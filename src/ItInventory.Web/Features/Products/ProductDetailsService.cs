using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>Reads one product with its departments, contracts, standards, interfaces and cost history.</summary>
public sealed class ProductDetailsService(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock, ICurrentUser currentUser)
{
    /// <param name="asOf">The day the contracts' run state is told for; null means today.</param>
    public async Task<ProductDetails> GetAsync(int id, CancellationToken cancellationToken = default, DateOnly? asOf = null)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var product = await db.Products.AsNoTracking()
            .Include(p => p.Category)
            .Include(p => p.OwnerDepartment)
            .Include(p => p.Vendor)
            .Include(p => p.OperatorVendor)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Das Produkt", id);

        var departments = await db.ProductDepartments.AsNoTracking()
            .Where(d => d.ProductId == id)
            .OrderByDescending(d => d.CostSharePercent).ThenBy(d => d.Department!.Number)
            .Select(d => new ProductDepartmentShare(d.DepartmentId, d.Department!.Number + " " + d.Department.Name, d.CostSharePercent, d.DepartmentId == product.OwnerDepartmentId))
            .ToListAsync(cancellationToken);

        var today = asOf ?? clock.Today;
        var contracts = (await db.Contracts.AsNoTracking()
                .Where(c => c.Products.Any(p => p.Id == id))
                .OrderBy(c => c.ContractNumber)
                .ToListAsync(cancellationToken))
            .Select(c => new ProductContractLink(c.Id, c.ContractNumber, c.Title, c.EvbItType, ContractRunState.Of(c, today)))
            .ToList();

        var standards = await db.ProductStandards.AsNoTracking()
            .Where(s => s.ProductId == id)
            .OrderBy(s => s.Standard!.Code)
            .Select(s => new ProductStandardRow(s.Id, s.Version, s.Standard!.Code, s.Standard.Name, s.Standard.Kind, s.Status, s.StandardVersion, s.Verification, s.Note))
            .ToListAsync(cancellationToken);

        var outgoing = await db.Interfaces.AsNoTracking()
            .Where(i => i.SourceProductId == id)
            .OrderBy(i => i.TargetProduct != null ? i.TargetProduct.Name : i.ExternalSystem).ThenBy(i => i.Id)
            .Select(i => new ProductInterfaceRow(
                i.Id, i.Version, i.TargetProductId,
                i.TargetProduct != null ? i.TargetProduct.InventoryNumber + " " + i.TargetProduct.Name : i.ExternalSystem ?? "",
                i.Standard != null ? i.Standard.Code : null,
                i.Description))
            .ToListAsync(cancellationToken);

        var incoming = await db.Interfaces.AsNoTracking()
            .Where(i => i.TargetProductId == id)
            .OrderBy(i => i.SourceProduct!.Name).ThenBy(i => i.Id)
            .Select(i => new ProductInterfaceRow(
                i.Id, i.Version, i.SourceProductId,
                i.SourceProduct!.InventoryNumber + " " + i.SourceProduct.Name,
                i.Standard != null ? i.Standard.Code : null,
                i.Description))
            .ToListAsync(cancellationToken);

        var costLines = await db.CostLines.AsNoTracking()
            .Where(c => c.ProductId == id)
            .OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Kind).ThenBy(c => c.CostType).ThenBy(c => c.Id)
            .Select(c => new ProductCostLineRow(c.Id, c.Version, c.FiscalYear, c.CostType, c.Kind, c.Amount, c.Quantity,
                c.ContractId, c.Contract != null ? c.Contract.ContractNumber : null, c.InvoiceReference, c.Note, c.ReceivedInvoiceId))
            .ToListAsync(cancellationToken);

        return new ProductDetails
        {
            Id = product.Id,
            Version = product.Version,
            InventoryNumber = product.InventoryNumber,
            Name = product.Name,
            Description = product.Description,
            CategoryId = product.CategoryId,
            Category = product.Category!.Name,
            OwnerDepartmentId = product.OwnerDepartmentId,
            OwnerDepartment = product.OwnerDepartment!.DisplayName,
            VendorId = product.VendorId,
            Vendor = product.Vendor!.Name,
            Operator = product.Operator,
            OperatorVendorId = product.OperatorVendorId,
            OperatorVendor = product.OperatorVendor?.Name,
            Lifecycle = product.Lifecycle,
            UserCount = product.UserCount,
            LicenceCount = product.LicenceCount,
            LicenceMetric = product.LicenceMetric,
            Criticality = product.Criticality,
            InServiceSince = product.InServiceSince,
            Notes = product.Notes,
            ProprietaryDataFormat = product.ProprietaryDataFormat,
            HasDocumentedApi = product.HasDocumentedApi,
            HasOpenDataExport = product.HasOpenDataExport,
            ExportCostsExtra = product.ExportCostsExtra,
            AlternativeProducts = product.AlternativeProducts,
            EstimatedMigrationCost = product.EstimatedMigrationCost,
            HasSourceCodeEscrow = product.HasSourceCodeEscrow,
            HostedOnlyByVendor = product.HostedOnlyByVendor,
            BundledWithVendorSuite = product.BundledWithVendorSuite,
            VendorForcedUpgrades = product.VendorForcedUpgrades,
            EndOfLifeAnnounced = product.EndOfLifeAnnounced,
            KnowHowOnlyAtVendor = product.KnowHowOnlyAtVendor,
            UsingDepartments = departments,
            Contracts = contracts,
            Standards = standards,
            IncomingInterfaces = incoming,
            OutgoingInterfaces = outgoing,
            CostLines = costLines,
        };
    }
}
