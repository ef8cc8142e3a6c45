using ItInventory.Web.Data.Entities;
using System.Net;
using System.Security.Claims;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Accounts;

public class DisabledUserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_disabled_user_loses_access_at_the_next_request_of_an_open_session()
    {
        var client = await _factory.CreateClientAsync("beschaffung");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/produkte")).StatusCode);

        await DisableAsync("beschaffung");

        var response = await client.GetAsync("/produkte");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", response.Headers.Location!.PathAndQuery);
        var relogin = await HttpLogin.LoginAsync(await _factory.CreateClientAsync(null), "beschaffung", AccountSeeder.DemoPassword);
        Assert.Contains("gesperrt", await relogin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_open_circuit_fails_revalidation_once_its_user_is_disabled()
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var user = (await userManager.FindByNameAsync("rat"))!;
        var principal = await factory.CreateAsync(user);
        Assert.True(await IdentityRevalidatingAuthenticationStateProvider.IsStillValidAsync(userManager, principal, options));

        await DisableAsync("rat");

        await using var fresh = _factory.Services.CreateFirstTenantScope();
        var freshManager = fresh.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False(await IdentityRevalidatingAuthenticationStateProvider.IsStillValidAsync(freshManager, principal, options));
    }

    [Fact]
    public async Task Only_an_administrator_may_disable_users()
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var target = (await userManager.FindByNameAsync("rat"))!;
        var service = ActivatorUtilities.CreateInstance<UserAdministrationService>(scope.ServiceProvider,
            (ICurrentUser)FixedCurrentUser.WithRoles("it-leitung", Roles.ItLeitung), (ITenantContext)FixedTenant.First);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.SetDisabledAsync(target.Id, true));
    }

    private async Task DisableAsync(string userName)
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var target = (await userManager.FindByNameAsync(userName))!;
        var service = ActivatorUtilities.CreateInstance<UserAdministrationService>(scope.ServiceProvider,
            (ICurrentUser)FixedCurrentUser.WithRoles("admin", Roles.Administrator), (ITenantContext)FixedTenant.First);
        await service.SetDisabledAsync(target.Id, true);
    }
}
