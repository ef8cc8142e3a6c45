using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Support;

/// <summary>The ids of a small second tenant's records, beside the sample city (tenant 1) in the same database.</summary>
public sealed record SecondTenant(int TenantId, int DepartmentId, int VendorId, int ProductId, int ContractId, int CostLineId, int InterfaceId, int StandardSupportId)
{
    public const string Name = "Gemeinde Beispielfeld";
    public const string ContractNumber = "BF-V-001";

    /// <summary>
    /// Writes tenant 2 with one record of every tenant-owned kind through a context of that tenant, so the records
    /// are stamped as the app stamps them. Categories and standards are shared reference data.
    /// </summary>
    public static async Task<SecondTenant> AddAsync(DatabaseProvider provider, string connectionString)
    {
        var tenant = new Tenant { Name = Name, Kind = TenantKind.KreisangehoerigeGemeinde, FederalState = FederalState.NordrheinWestfalen, Inhabitants = 20_000 };
        await using (var first = DataServiceCollectionExtensions.CreateInventoryDbContext(provider, connectionString))
        {
            first.Tenants.Add(tenant);
            await first.SaveChangesAsync();
        }

        await using var db = DataServiceCollectionExtensions.CreateInventoryDbContext(provider, connectionString, tenant: new FixedTenant(tenant.Id));
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var standard = await db.Standards.OrderBy(s => s.Id).FirstAsync();
        var department = new Department { Number = "10", Name = "Hauptamt Beispielfeld" };
        var vendor = new Vendor { Name = "Feldsoft GmbH", Kind = VendorKind.PrivateVendor };
        var product = new Product
        {
            InventoryNumber = "BF-001", Name = "Feldverfahren", Category = category, OwnerDepartment = department, Vendor = vendor,
            UsingDepartments = [new ProductDepartment { Department = department, CostSharePercent = 100 }],
        };
        var support = new ProductStandardSupport { Product = product, StandardId = standard.Id, Status = SupportStatus.Supported };
        var contract = new Contract
        {
            ContractNumber = ContractNumber, Title = "Pflege Feldverfahren", Vendor = vendor, EvbItType = EvbItType.PflegeS,
            Start = new DateOnly(2024, 1, 1), TermKind = ContractTermKind.FixedEnd, FixedEnd = new DateOnly(2027, 12, 31), Products = [product],
        };
        var cost = new CostLine { Product = product, Contract = contract, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 12_345.67m };
        var link = new DataInterface { SourceProduct = product, ExternalSystem = "Feldregister", StandardId = standard.Id };
        db.AddRange(department, vendor, product, support, contract, cost, link);
        await db.SaveChangesAsync();
        return new SecondTenant(tenant.Id, department.Id, vendor.Id, product.Id, contract.Id, cost.Id, link.Id, support.Id);
    }
}
