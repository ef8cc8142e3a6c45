using System.Net;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Operations;

/// <summary>The operator's own accounts: created by an operator only, outside every tenant, and able to sign in at once.</summary>
public sealed class OperatorAccountsTests(OperatorTests.Fixture app) : IClassFixture<OperatorTests.Fixture>
{
    private UserAdministrationService ServiceFor(IServiceScope scope, string role) =>
        ActivatorUtilities.CreateInstance<UserAdministrationService>(scope.ServiceProvider, (ICurrentUser)FixedCurrentUser.WithRoles("betrieb.krz", role));

    [Fact]
    public async Task An_operator_creates_another_who_signs_in_and_belongs_to_no_tenant()
    {
        using var scope = app.Factory.Services.CreateScope();
        var service = ServiceFor(scope, Roles.Operator);

        await service.CreateOperatorAsync("betrieb.zweite", "Zweite Schicht", null, "Zweite-Schicht-2026");

        var accounts = await service.ListOperatorsAsync();
        Assert.Contains(accounts, a => a.UserName == "betrieb.zweite" && a.Role == Roles.Operator);
        Assert.DoesNotContain(accounts, a => a.UserName == "admin");
        var client = await app.Factory.CreateClientAsync("betrieb.zweite", "Zweite-Schicht-2026");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/betrieb/mandanten")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/produkte")).StatusCode);
        await using var db = app.Factory.CreateContext();
        Assert.Null(db.Users.Single(u => u.UserName == "betrieb.zweite").TenantId);
    }

    [Fact]
    public async Task A_tenants_administrator_can_neither_list_nor_create_operator_accounts()
    {
        using var scope = app.Factory.Services.CreateScope();
        var service = ServiceFor(scope, Roles.Administrator);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListOperatorsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.CreateOperatorAsync("betrieb.heimlich", null, null, "Heimliches-Passwort-2026"));
        // Nor by the back door of the tenant's own user administration, which offers the tenant's roles only.
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(1);
        var tenantAdmin = ServiceFor(scope, Roles.Administrator);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => tenantAdmin.CreateAsync("betrieb.hintertuer", null, null, Roles.Operator, "Hintertuer-Passwort-2026"));
        Assert.True(refused.Errors.ContainsKey("Role"));
        await using var db = app.Factory.CreateContext();
        Assert.False(db.Users.Any(u => u.UserName!.StartsWith("betrieb.h")));
    }
}
