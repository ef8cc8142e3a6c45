using System.Net;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Operations;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Operations;

/// <summary>
/// The operator creates a tenant with its first administrator, who can sign in at once and sees an empty inventory;
/// bad input is refused in German before anything is written; nobody but an operator may create one.
/// </summary>
public sealed class TenantCreationTests(OperatorTests.Fixture app) : IClassFixture<OperatorTests.Fixture>
{
    private TenantAdministrationService ServiceFor(IServiceScope scope, params string[] roles) => new(
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>(),
        FixedCurrentUser.WithRoles(OperatorTests.OperatorName, roles),
        scope.ServiceProvider.GetRequiredService<UserAdministrationService>(),
        scope.ServiceProvider.GetRequiredService<AuditLog>());

    private static NewTenant Draft(string name, string admin, Action<NewTenant>? change = null)
    {
        var draft = new NewTenant
        {
            Name = name, Kind = TenantKind.KreisangehoerigeGemeinde, FederalState = FederalState.NordrheinWestfalen,
            OfficialKey = "05999012", RegionalKey = "059990012012", Inhabitants = 12_500,
            AdminUserName = admin, AdminDisplayName = "Erste Administration", AdminPassword = "Ein-langes-Passwort-2026",
        };
        change?.Invoke(draft);
        return draft;
    }

    [Fact]
    public async Task A_new_tenants_administrator_signs_in_and_sees_only_the_empty_inventory_of_the_new_tenant()
    {
        using var scope = app.Factory.Services.CreateScope();
        var id = await ServiceFor(scope, Roles.Operator).CreateAsync(Draft("Gemeinde Nebelhausen", "admin.nebelhausen"));

        var admin = await app.Factory.CreateClientAsync("admin.nebelhausen", "Ein-langes-Passwort-2026");
        var products = await admin.GetAsync("/produkte");
        Assert.Equal(HttpStatusCode.OK, products.StatusCode);
        var page = await products.Content.ReadAsStringAsync();
        Assert.Contains("Gemeinde Nebelhausen", page);
        Assert.DoesNotContain("Feldverfahren", page);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/verwaltung/benutzer")).StatusCode);

        await using var db = app.Factory.Database.CreateContext(id);
        var tenant = await db.Tenants.SingleAsync(t => t.Id == id);
        Assert.Equal(("05999012", "059990012012", 12_500), (tenant.OfficialKey, tenant.RegionalKey, tenant.Inhabitants));
        Assert.Equal(0, await db.Products.CountAsync());
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == AuditAction.TenantChange && a.Summary.Contains("admin.nebelhausen"));
        Assert.Equal(id, (await db.Users.SingleAsync(u => u.UserName == "admin.nebelhausen")).TenantId);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_german_and_leaves_no_tenant_behind()
    {
        using var scope = app.Factory.Services.CreateScope();
        var service = ServiceFor(scope, Roles.Operator);
        await service.CreateAsync(Draft("Gemeinde Tannweiler", "admin.tannweiler"));

        var cases = new (NewTenant Draft, string Field, string Message)[]
        {
            (Draft("gemeinde TANNWEILER", "admin.x1"), nameof(NewTenant.Name), "gibt es bereits"),
            (Draft("\u200B ", "admin.x2"), nameof(NewTenant.Name), "Pflicht"),
            (Draft("Gemeinde X3", "admin.x3", d => d.OfficialKey = "06999012"), nameof(NewTenant.OfficialKey), "anderen Land"),
            (Draft("Gemeinde X4", "admin.tannweiler"), "AdminUserName", "bereits"),
            (Draft("Gemeinde X5", "admin.x5", d => d.AdminPassword = "kurz"), "AdminPassword", "12"),
            (Draft("Gemeinde X6", "admin.x6", d => d.Inhabitants = -1), nameof(NewTenant.Inhabitants), "negativ"),
        };
        foreach (var (draft, field, message) in cases)
        {
            var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(draft));
            Assert.True(refused.Errors.ContainsKey(field), $"{draft.Name}: {string.Join(" | ", refused.Errors.Keys)}");
            Assert.Contains(message, string.Join(" ", refused.Errors[field]));
        }

        await using var db = app.Factory.CreateContext();
        var names = await db.Tenants.Select(t => t.Name).ToListAsync();
        Assert.DoesNotContain(names, n => n.StartsWith("Gemeinde X", StringComparison.Ordinal));
        Assert.False(await db.Users.AnyAsync(u => u.UserName!.StartsWith("admin.x")));
    }

    [Fact]
    public async Task Only_an_operator_may_list_or_create_tenants()
    {
        using var scope = app.Factory.Services.CreateScope();
        foreach (var role in Roles.All.Append(Roles.OperatorLooking))
        {
            var service = ServiceFor(scope, role);
            await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListAsync());
            await Assert.ThrowsAsync<AccessDeniedException>(() => service.CreateAsync(Draft("Gemeinde Unbefugt", "admin.unbefugt")));
        }

        await using var db = app.Factory.CreateContext();
        Assert.False(await db.Tenants.AnyAsync(t => t.Name == "Gemeinde Unbefugt"));
    }
}
