using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data;

/// <summary>
/// The database context's half of tenant isolation: every query is filtered by the operation's tenant, every insert
/// is stamped with it, and a write that names another tenant is refused before anything is saved.
/// </summary>
public sealed class TenantIsolationTests : TwoTenantsDatabase
{
    [Fact]
    public async Task Each_tenant_sees_exactly_its_own_rows_of_every_tenant_owned_table()
    {
        await using var first = ContextOf(1);
        await using var second = ContextOf(Second.TenantId);
        await using var unfiltered = ContextOf(1);

        foreach (var (name, count) in Counts(second))
        {
            Assert.True(await count() == 1, $"{name}: the second tenant sees {await count()} rows, expected its one");
        }

        // Without EF's filter, SQLite shows the second tenant's row too; PostgreSQL's policies still hide it.
        var hiddenWithoutFilter = Db.Provider == DatabaseProvider.PostgreSql ? 0 : 1;
        foreach (var ((name, mine), (_, all)) in Counts(first).Zip(AllCounts(unfiltered)))
        {
            Assert.True(await mine() > 1 && await mine() == await all() - hiddenWithoutFilter, $"{name}: the sample city sees {await mine()} rows, {await all()} without the filter");
        }

        Assert.DoesNotContain(await first.Products.Select(p => p.Id).ToListAsync(), id => id == Second.ProductId);
        Assert.Null(await first.Contracts.SingleOrDefaultAsync(c => c.Id == Second.ContractId));
    }

    [Fact]
    public async Task Without_a_tenant_no_tenant_owned_row_is_visible_and_nothing_can_be_written()
    {
        await using var none = ContextOf(null);
        foreach (var (name, count) in Counts(none))
        {
            Assert.True(await count() == 0, $"{name}: {await count()} rows visible without a tenant");
        }

        none.Departments.Add(new Department { Number = "99", Name = "Niemandsamt" });
        var refused = await Assert.ThrowsAsync<TenantMismatchException>(() => none.SaveChangesAsync());
        Assert.Equal("Ohne Mandant kann nichts gespeichert werden.", refused.Message);
    }

    [Fact]
    public async Task New_records_join_the_operations_tenant_and_its_audit_trail()
    {
        await using (var second = ContextOf(Second.TenantId))
        {
            second.Vendors.Add(new Vendor { Name = "Zweitanbieter AG" });
            await second.SaveChangesAsync();
        }

        await using var check = ContextOf(Second.TenantId);
        var vendor = await check.Vendors.SingleAsync(v => v.Name == "Zweitanbieter AG");
        Assert.Equal(Second.TenantId, vendor.TenantId);
        var audit = await check.AuditEntries.Include(a => a.Changes).SingleAsync(a => a.EntityType == nameof(Vendor) && a.EntityId == vendor.Id.ToString());
        Assert.Equal(Second.TenantId, audit.TenantId);
        Assert.All(audit.Changes, c => Assert.Equal(Second.TenantId, c.TenantId));
        Assert.DoesNotContain(audit.Changes, c => c.Field == "TenantId");
        await using var first = ContextOf(1);
        Assert.False(await first.AuditEntries.AnyAsync(a => a.EntityType == nameof(Vendor) && a.EntityId == vendor.Id.ToString()));
    }

    [Fact]
    public async Task A_record_naming_another_tenant_or_moved_to_one_is_refused_and_nothing_is_saved()
    {
        await using var first = ContextOf(1);
        first.Vendors.Add(new Vendor { Name = "Untergeschoben GmbH", TenantId = Second.TenantId });
        await Assert.ThrowsAsync<TenantMismatchException>(() => first.SaveChangesAsync());

        await using var mover = ContextOf(1);
        var department = await mover.Departments.OrderBy(d => d.Id).FirstAsync();
        department.TenantId = Second.TenantId;
        await Assert.ThrowsAsync<TenantMismatchException>(() => mover.SaveChangesAsync());

        await using var check = ContextOf(Second.TenantId);
        Assert.Equal(1, await check.Departments.CountAsync());
        Assert.False(await check.Vendors.AnyAsync(v => v.Name == "Untergeschoben GmbH"));
    }

    [Fact]
    public async Task Bulk_changes_reach_only_the_operations_tenant()
    {
        await using (var first = ContextOf(1))
        {
            await first.CostLines.Where(c => c.FiscalYear == 2026).ExecuteUpdateAsync(u => u.SetProperty(c => c.Note, "Sammeländerung"));
        }

        await using var second = ContextOf(Second.TenantId);
        Assert.Null((await second.CostLines.SingleAsync()).Note);
    }

    private static IEnumerable<(string Name, Func<Task<int>> Count)> Counts(InventoryDbContext db) =>
    [
        ("Departments", () => db.Departments.CountAsync()),
        ("Vendors", () => db.Vendors.CountAsync()),
        ("Products", () => db.Products.CountAsync()),
        ("ProductDepartments", () => db.ProductDepartments.CountAsync()),
        ("ProductStandards", () => db.ProductStandards.CountAsync()),
        ("Contracts", () => db.Contracts.CountAsync()),
        ("CostLines", () => db.CostLines.CountAsync()),
        ("Interfaces", () => db.Interfaces.CountAsync()),
    ];

    private static IEnumerable<(string Name, Func<Task<int>> Count)> AllCounts(InventoryDbContext db) =>
    [
        ("Departments", () => db.Departments.IgnoreQueryFilters().CountAsync()),
        ("Vendors", () => db.Vendors.IgnoreQueryFilters().CountAsync()),
        ("Products", () => db.Products.IgnoreQueryFilters().CountAsync()),
        ("ProductDepartments", () => db.ProductDepartments.IgnoreQueryFilters().CountAsync()),
        ("ProductStandards", () => db.ProductStandards.IgnoreQueryFilters().CountAsync()),
        ("Contracts", () => db.Contracts.IgnoreQueryFilters().CountAsync()),
        ("CostLines", () => db.CostLines.IgnoreQueryFilters().CountAsync()),
        ("Interfaces", () => db.Interfaces.IgnoreQueryFilters().CountAsync()),
    ];
}
