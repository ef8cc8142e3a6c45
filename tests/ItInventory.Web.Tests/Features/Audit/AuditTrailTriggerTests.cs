using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Audit;

/// <summary>The database itself refuses to rewrite history, on SQLite (triggers) and PostgreSQL (a plpgsql trigger function).</summary>
public class AuditTrailTriggerTests
{
    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"UserName\" = 'jemand'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("UPDATE \"AuditFieldChanges\" SET \"NewValue\" = 'x'")]
    [InlineData("DELETE FROM \"AuditFieldChanges\"")]
    public async Task Sql_that_rewrites_the_trail_is_refused(string sql)
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using (var context = db.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
            product.Notes = "geändert, damit das Protokoll Feldänderungen enthält";
            await context.SaveChangesAsync();
        }

        await using var raw = db.CreateContext();
        var before = await raw.AuditFieldChanges.CountAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => raw.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("unveränderlich", error.Message);
        Assert.Equal(before, await raw.AuditFieldChanges.CountAsync());
        Assert.True(await raw.AuditEntries.AnyAsync(e => e.Action == AuditAction.Update));
    }
}
