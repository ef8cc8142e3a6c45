using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>The rule alone: which tenant a claim names, and when there is none.</summary>
public class SingleSignOnTenantMappingTests
{
    private static readonly SingleSignOnTenant[] Two = [new(1, "Musterstadt", "05999000"), new(2, "Gemeinde Beispielfeld", null)];

    [Theory]
    [InlineData(null, "mandant=05999000", null)]
    [InlineData("mandant", "mandant=05999000", 1)]
    [InlineData("mandant", "mandant=gemeinde beispielfeld", 2)]
    [InlineData("mandant", "mandant=Musterstadt", 1)]
    [InlineData("mandant", "mandant=05999001", null)]
    [InlineData("mandant", "groups=Musterstadt", null)]
    [InlineData("mandant", "mandant=Musterstadt;mandant=Gemeinde Beispielfeld", null)]
    [InlineData(null, "", null)]
    public void A_claim_names_exactly_one_tenant_or_none(string? claimType, string claims, int? expected)
    {
        var given = claims.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c => new Claim(c.Split('=')[0], c.Split('=')[1]));

        var (tenantId, problem) = SingleSignOnTenantMapping.Resolve(Two, given, claimType);

        Assert.Equal(expected, tenantId);
        Assert.Equal(expected is null, problem is not null);
    }

    [Fact]
    public void With_one_tenant_no_claim_is_needed() =>
        Assert.Equal(7, SingleSignOnTenantMapping.Resolve([new(7, "Einzelstadt", null)], [], null).TenantId);
}

/// <summary>Single sign-on in an installation with two tenants, whose provider names the tenant in the claim "mandant".</summary>
public sealed class SingleSignOnTenantTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new()
    {
        Settings = new Dictionary<string, string?>(SingleSignOnTestSettings.For("http://127.0.0.1:9")) { ["Authentication:OpenIdConnect:TenantClaimType"] = "mandant" },
    };

    private SecondTenant _second = null!;

    public async Task InitializeAsync()
    {
        _ = _factory.Services;
        _second = await SecondTenant.AddAsync(_factory.Provider, _factory.ConnectionString);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_person_joins_the_tenant_the_claim_names_by_name_or_official_key()
    {
        Assert.Null((await ProvisionAsync(Person("kc-1", "frieda", SecondTenant.Name))).Failure);
        Assert.Null((await ProvisionAsync(Person("kc-2", "max", "05999000"))).Failure);

        Assert.Equal(_second.TenantId, (await FindByLoginAsync("kc-1"))!.TenantId);
        Assert.Equal(1, (await FindByLoginAsync("kc-2"))!.TenantId);
    }

    [Fact]
    public async Task A_person_without_a_known_tenant_gets_no_account_and_the_refusal_is_recorded()
    {
        var outcome = await ProvisionAsync(Person("kc-3", "otto", null));

        Assert.Equal(SingleSignOnFailure.NoTenant, outcome.Failure);
        Assert.Null(await FindByLoginAsync("kc-3"));
        await using var installation = DataServiceCollectionExtensions.CreateInventoryDbContext(_factory.Provider, _factory.ConnectionString, tenant: FixedTenant.None);
        var refusal = await installation.AuditEntries.SingleAsync(e => e.Action == AuditAction.LoginFailed && e.UserName == "otto");
        Assert.Contains("„mandant“", refusal.Summary);
        Assert.NotNull(SingleSignOnFailureCodes.MessageFor(SingleSignOnFailure.NoTenant.Code()));
    }

    [Fact]
    public async Task An_account_does_not_move_to_the_tenant_a_later_claim_names()
    {
        await ProvisionAsync(Person("kc-4", "ingrid", "Musterstadt"));

        var outcome = await ProvisionAsync(Person("kc-4", "ingrid", SecondTenant.Name));

        Assert.Equal(SingleSignOnFailure.NoTenant, outcome.Failure);
        Assert.Equal(1, (await FindByLoginAsync("kc-4"))!.TenantId);
    }

    private static ClaimsPrincipal Person(string subject, string userName, string? tenant)
    {
        var claims = new List<Claim> { new("sub", subject), new("preferred_username", userName), new("groups", "itinventory-it-leitung") };
        if (tenant is not null)
        {
            claims.Add(new Claim("mandant", tenant));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc", "preferred_username", "groups"));
    }

    // The sign-on callback has no signed-in user and so no tenant: the scope is left without one, as in the app.
    private async Task<SingleSignOnOutcome> ProvisionAsync(ClaimsPrincipal person)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SingleSignOnProvisioning>().ProvisionAsync(person);
    }

    private async Task<ApplicationUser?> FindByLoginAsync(string subject)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(SingleSignOnOptions.Scheme, subject);
    }
}
