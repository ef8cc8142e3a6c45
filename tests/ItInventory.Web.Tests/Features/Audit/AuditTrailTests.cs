using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Audit;

public class AuditTrailTests : IAsyncLifetime
{
    private static readonly ICurrentUser Leitung = FixedCurrentUser.WithRoles("i.leitner", Roles.ItLeitung);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<int> CountAsync()
    {
        await using var db = _db.CreateContext();
        return await db.AuditEntries.CountAsync() + await db.AuditFieldChanges.CountAsync();
    }

    [Fact]
    public async Task One_change_records_exactly_one_entry_with_the_changed_fields_old_and_new_values()
    {
        int productId;
        string oldName;
        await using (var db = _db.CreateContext())
        {
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            (productId, oldName) = (product.Id, product.Name);
        }

        var before = DateTime.UtcNow;
        var lastId = await LastAuditIdAsync();
        await using (var db = _db.CreateContextAs(Leitung))
        {
            var product = await db.Products.SingleAsync(p => p.Id == productId);
            product.Name = "Neuer Name";
            product.UserCount = 4711;
            await db.SaveChangesAsync();
        }

        await using var check = _db.CreateContext();
        var entry = await check.AuditEntries.Include(e => e.Changes).SingleAsync(e => e.Id > lastId);
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Equal("Product", entry.EntityType);
        Assert.Equal(productId.ToString(), entry.EntityId);
        Assert.Equal("i.leitner", entry.UserName);
        Assert.InRange(entry.TimestampUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(["Name", "UserCount"], entry.Changes.Select(c => c.Field).Order().ToArray());
        var name = entry.Changes.Single(c => c.Field == "Name");
        Assert.Equal(oldName, name.OldValue);
        Assert.Equal("Neuer Name", name.NewValue);
        Assert.Equal("4711", entry.Changes.Single(c => c.Field == "UserCount").NewValue);
    }

    [Fact]
    public async Task A_created_record_is_audited_with_its_generated_id_and_a_deleted_one_with_its_old_values()
    {
        int productId;
        await using (var db = _db.CreateContext())
        {
            productId = await db.Products.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        var lastId = await LastAuditIdAsync();
        int lineId;
        await using (var db = _db.CreateContextAs(Leitung))
        {
            var line = new CostLine { ProductId = productId, FiscalYear = 2027, CostType = CostType.Training, Kind = CostKind.Plan, Amount = 1234.56m };
            db.CostLines.Add(line);
            await db.SaveChangesAsync();
            lineId = line.Id;
            db.CostLines.Remove(line);
            await db.SaveChangesAsync();
        }

        await using var check = _db.CreateContext();
        var entries = await check.AuditEntries.Include(e => e.Changes).Where(e => e.Id > lastId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(lineId.ToString(), e.EntityId));
        Assert.Equal("1234.56", entries[0].Changes.Single(c => c.Field == "Amount").NewValue);
        Assert.Equal("1234.56", entries[1].Changes.Single(c => c.Field == "Amount").OldValue);
    }

    [Fact]
    public async Task A_conflicting_save_records_nothing()
    {
        var before = await CountAsync();
        await using var first = _db.CreateContextAs(Leitung);
        await using var second = _db.CreateContextAs(Leitung);
        var a = await first.Vendors.OrderBy(v => v.Id).FirstAsync();
        var b = await second.Vendors.OrderBy(v => v.Id).FirstAsync();
        a.City = "Erstestadt";
        await first.SaveChangesAsync();
        var afterFirst = await CountAsync();

        b.City = "Zweitestadt";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveOrConflictAsync<Vendor>("Der Anbieter"));

        Assert.True(afterFirst > before);
        Assert.Equal(afterFirst, await CountAsync());
    }

    [Fact]
    public async Task A_failed_save_records_nothing()
    {
        var before = await CountAsync();
        await using var db = _db.CreateContextAs(Leitung);
        var taken = await db.Products.OrderBy(p => p.Id).Select(p => p.InventoryNumber).FirstAsync();
        var product = await db.Products.OrderBy(p => p.Id).Skip(1).FirstAsync();
        product.InventoryNumber = taken;

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_trail_cannot_be_changed_through_the_app_or_with_sql()
    {
        await using (var db = _db.CreateContextAs(Leitung))
        {
            var product = await db.Products.FirstAsync();
            product.Notes = "Prüfung";
            await db.SaveChangesAsync();
        }

        await using (var db = _db.CreateContext())
        {
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            entry.UserName = "jemand anderes";
            await Assert.ThrowsAsync<AuditTrailIsAppendOnlyException>(() => db.SaveChangesAsync());
        }

        await using (var db = _db.CreateContext())
        {
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            db.AuditEntries.Remove(entry);
            await Assert.ThrowsAsync<AuditTrailIsAppendOnlyException>(() => db.SaveChangesAsync());
        }

        await using (var db = _db.CreateContext())
        {
            var update = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'x'"));
            var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditFieldChanges\""));
            Assert.Contains("unveränderlich", update.Message);
            Assert.Contains("unveränderlich", delete.Message);
        }

        Assert.DoesNotContain(typeof(AuditTrailService).GetMethods(), m => m.Name.Contains("Delete") || m.Name.Contains("Update") || m.Name.Contains("Save"));
    }

    [Fact]
    public async Task The_history_of_a_product_lists_its_changes_newest_first()
    {
        int productId;
        await using (var db = _db.CreateContextAs(Leitung))
        {
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            productId = product.Id;
            product.UserCount = 1;
            await db.SaveChangesAsync();
            product.UserCount = 2;
            await db.SaveChangesAsync();
        }

        var history = await new AuditTrailService(_db.Factory, FixedCurrentUser.WithRoles("rb", Roles.Beschaffung)).HistoryAsync("Product", productId);

        Assert.Equal(2, history.Count);
        Assert.Equal("2", history[0].Changes.Single().NewValue);
        Assert.Equal("1", history[1].Changes.Single().NewValue);
        await Assert.ThrowsAsync<AccessDeniedException>(() => new AuditTrailService(_db.Factory, FixedCurrentUser.WithRoles("rb", Roles.Beschaffung)).QueryAsync(new AuditQuery()));
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = _db.CreateContext();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }
}
