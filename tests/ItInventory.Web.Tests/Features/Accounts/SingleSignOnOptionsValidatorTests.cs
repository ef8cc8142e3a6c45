using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Accounts;

public class SingleSignOnOptionsValidatorTests
{
    private readonly SingleSignOnOptionsValidator _validator = new();

    [Fact]
    public void Switched_off_nothing_else_is_required()
    {
        Assert.True(_validator.Validate(null, new SingleSignOnOptions()).Succeeded);
    }

    [Fact]
    public void A_complete_configuration_is_accepted()
    {
        Assert.True(_validator.Validate(null, Complete()).Succeeded);
    }

    [Fact]
    public void Switched_on_but_empty_every_missing_setting_is_named_in_german()
    {
        var result = _validator.Validate(null, new SingleSignOnOptions { Enabled = true });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Authentication:OpenIdConnect:Authority fehlt"));
        Assert.Contains(failures, f => f.Contains("Authentication:OpenIdConnect:ClientId fehlt"));
        Assert.Contains(failures, f => f.Contains("Authentication:OpenIdConnect:ClientSecret fehlt"));
        Assert.Contains(failures, f => f.Contains("Authentication:OpenIdConnect:RoleMapping ist leer"));
    }

    [Fact]
    public void An_unknown_role_in_the_mapping_is_refused_with_the_allowed_roles()
    {
        var options = Complete();
        options.RoleMapping["itinventory-kaemmerei"] = "Kämmerei";

        var failure = Assert.Single(_validator.Validate(null, options).Failures!);

        Assert.Equal("Authentication:OpenIdConnect:RoleMapping ordnet „itinventory-kaemmerei“ der unbekannten Rolle „Kämmerei“ zu. Erlaubt: Administrator, IT-Leitung, Beschaffung, Rat.", failure);
    }

    [Fact]
    public void Plain_http_needs_RequireHttpsMetadata_switched_off()
    {
        var options = Complete();
        options.Authority = "http://127.0.0.1:8080/realms/verwaltung";

        Assert.Contains("muss mit https:// beginnen", Assert.Single(_validator.Validate(null, options).Failures!));

        options.RequireHttpsMetadata = false;
        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void An_authority_that_is_no_address_is_refused()
    {
        var options = Complete();
        options.Authority = "login.stadt.example";

        Assert.Contains("keine gültige http(s)-Adresse", Assert.Single(_validator.Validate(null, options).Failures!));
    }

    [Fact]
    public void Configured_scopes_replace_the_defaults_and_openid_is_always_requested()
    {
        Assert.Equal(["openid", "profile", "email"], new SingleSignOnOptions().EffectiveScopes);
        Assert.Equal(["openid", "profile", "groups"], new SingleSignOnOptions { Scopes = ["profile", "groups", "openid"] }.EffectiveScopes);
    }

    [Fact]
    public async Task The_app_does_not_start_with_single_sign_on_switched_on_but_incomplete()
    {
        await using var factory = new InventoryAppFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Authentication:OpenIdConnect:Enabled"] = "true",
                ["Authentication:OpenIdConnect:Authority"] = "https://login.stadt.example/realms/verwaltung",
            },
        };

        var error = Assert.Throws<OptionsValidationException>(() => factory.Server);

        Assert.Contains("Authentication:OpenIdConnect:ClientId fehlt", error.Message);
        Assert.Contains("Authentication:OpenIdConnect:ClientSecret fehlt", error.Message);
    }

    private static SingleSignOnOptions Complete() => new()
    {
        Enabled = true,
        Authority = "https://login.stadt.example/realms/verwaltung",
        ClientId = "itinventory",
        ClientSecret = "geheim",
        RoleMapping = new Dictionary<string, string> { ["itinventory-it-leitung"] = Roles.ItLeitung },
    };
}
