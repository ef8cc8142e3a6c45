using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Api;

public class TokenServiceTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(TokenService Service, AsyncServiceScope Scope)> ServiceForAsync(string userName)
    {
        var scope = _factory.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        // The scope's contexts take the tenant from the request's user, which this scope has not got.
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(user.TenantId!.Value);
        return (ActivatorUtilities.CreateInstance<TokenService>(scope.ServiceProvider, (ICurrentUser)new FixedCurrentUser(principal)), scope);
    }

    [Fact]
    public async Task A_created_token_is_shown_once_and_stored_only_as_a_hash()
    {
        var (service, scope) = await ServiceForAsync("beschaffung");
        await using var _ = scope;

        var created = await service.CreateOwnAsync("Vertragsmanagement", TokenScope.Write, 30);

        Assert.StartsWith(TokenCodec.TokenPrefix, created.Token);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        var stored = await db.Set<PersonalAccessToken>().SingleAsync(t => t.Id == created.Id);
        Assert.Equal(TokenCodec.Hash(created.Token), stored.TokenHash);
        Assert.DoesNotContain(created.Token, stored.TokenHash + stored.Prefix + stored.Name);
        Assert.Single(await service.ListOwnAsync());
    }

    [Fact]
    public async Task A_council_member_may_create_a_read_token_but_not_a_write_token()
    {
        var (service, scope) = await ServiceForAsync("rat");
        await using var _ = scope;

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateOwnAsync("Kalender", TokenScope.Write, 30));
        var read = await service.CreateOwnAsync("Kalender", TokenScope.Read, 30);

        Assert.Contains("Lesen", error.Errors["Scope"][0]);
        Assert.NotNull(read.Token);
    }

    [Fact]
    public async Task The_command_line_keeps_the_same_rules_no_write_token_for_the_council_and_none_for_an_operator()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministrationService>()
            .CreateWithoutPermissionCheckAsync("betrieb.token", null, null, Roles.Operator, "Betrieb-Passwort-2026", "Test");
        var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();

        var council = await Assert.ThrowsAsync<ValidationFailedException>(() => tokens.CreateForUserNameAsync("rat", "Kalender", TokenScope.Write, 30));
        var operatorToken = await Assert.ThrowsAsync<ValidationFailedException>(() => tokens.CreateForUserNameAsync("betrieb.token", "Skript", TokenScope.Read, 30));

        Assert.Contains("darf nichts ändern", council.Errors["Scope"][0]);
        Assert.Contains("Betreiberkonten", operatorToken.Errors["Scope"][0]);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Set<PersonalAccessToken>().IgnoreQueryFilters().AnyAsync());
    }

    [Theory]
    [InlineData("", 30, "Name")]
    [InlineData("Test", 0, "LifetimeDays")]
    [InlineData("Test", 400, "LifetimeDays")]
    public async Task Bad_input_is_refused_per_field(string name, int days, string field)
    {
        var (service, scope) = await ServiceForAsync("it-leitung");
        await using var _ = scope;

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateOwnAsync(name, TokenScope.Read, days));

        Assert.True(error.Errors.ContainsKey(field));
        Assert.Empty(await service.ListOwnAsync());
    }

    [Fact]
    public async Task A_revoked_token_is_marked_and_a_foreign_token_cannot_be_revoked()
    {
        var (own, ownScope) = await ServiceForAsync("it-leitung");
        var (other, otherScope) = await ServiceForAsync("beschaffung");
        await using var _ = ownScope;
        await using var __ = otherScope;
        var created = await own.CreateOwnAsync("Test", TokenScope.Read, 10);

        await Assert.ThrowsAsync<NotFoundException>(() => other.RevokeOwnAsync(created.Id));
        await own.RevokeOwnAsync(created.Id);

        Assert.NotNull((await own.ListOwnAsync()).Single().RevokedUtc);
    }
}
