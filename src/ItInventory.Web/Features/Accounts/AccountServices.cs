using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

public static class AccountServices
{
    public static IHostApplicationBuilder AddInventoryAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.Section))
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero, "Die Einstellung Accounts:RevalidationInterval muss größer als 0 sein.")
            .Validate(o => o.MaxFailedLogins is >= 10 and <= 1000, "Die Einstellung Accounts:MaxFailedLogins muss zwischen 10 und 1000 liegen.")
            .Validate(o => o.LoginThrottleFreeFailures is >= 1 and <= 20, "Die Einstellung Accounts:LoginThrottleFreeFailures muss zwischen 1 und 20 liegen.")
            .Validate(o => o.LoginThrottleMaxDelay >= TimeSpan.FromSeconds(1) && o.LoginThrottleMaxDelay <= TimeSpan.FromDays(1),
                "Die Einstellung Accounts:LoginThrottleMaxDelay muss zwischen 00:00:01 und 1.00:00:00 liegen.")
            .ValidateOnStart();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        AddSingleSignOn(builder, authentication);

        var accountOptions = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Length beats composition rules (NIST SP 800-63B): at least 12 characters, no forced symbols.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = accountOptions.MaxFailedLogins;
                options.Lockout.DefaultLockoutTimeSpan = accountOptions.LockoutDuration;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<InventoryDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrorDescriber>();

        // Every request checks the security stamp, so a disabled user is out at the next request, not the next login.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal is { } current && context.NewPrincipal is { } rebuilt)
                {
                    OperatorLook.CarryOver(current, rebuilt);
                }

                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/anmelden";
            options.LogoutPath = "/abmelden";
            options.AccessDeniedPath = "/fehler/403";
            options.Cookie.Name = "ItInventory.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                // The same answer as the services' checks: one rule, ICurrentUser.PermissionsOf.
                options.AddPolicy(permission.ToString(), policy => policy.RequireAuthenticatedUser()
                    .RequireAssertion(context => ICurrentUser.PermissionsOf(context.User).Contains(permission)));
            }

            // Anonymous visitors see only what is explicitly marked [AllowAnonymous]: the login page.
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddPersonalAccessTokens();
        services.AddScoped<AuditLog>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<UserAdministrationService>();
        services.AddTransient<AccountSeeder>();
        return builder;
    }

    /// <summary>OpenID Connect, only when switched on: the handler would refuse to start without an authority.</summary>
    private static void AddSingleSignOn(IHostApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var section = builder.Configuration.GetSection(SingleSignOnOptions.Section);
        builder.Services.AddOptions<SingleSignOnOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SingleSignOnOptions>, SingleSignOnOptionsValidator>();
        if (!(section.Get<SingleSignOnOptions>()?.Enabled ?? false))
        {
            return;
        }

        authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, _ => { });
        builder.Services.AddOptions<OpenIdConnectOptions>(SingleSignOnOptions.Scheme)
            .Configure<IOptions<SingleSignOnOptions>>((oidc, sso) => ConfigureOpenIdConnect(oidc, sso.Value));
        builder.Services.AddScoped<SingleSignOnEvents>();
        builder.Services.AddScoped<SingleSignOnProvisioning>();
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions oidc, SingleSignOnOptions sso)
    {
        oidc.Authority = sso.Authority;
        oidc.ClientId = sso.ClientId;
        oidc.ClientSecret = sso.ClientSecret;
        oidc.RequireHttpsMetadata = sso.RequireHttpsMetadata;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.Scope.Clear();
        foreach (var scope in sso.EffectiveScopes)
        {
            oidc.Scope.Add(scope);
        }

        // Claim names as the provider sends them ("groups", "roles", "preferred_username"), not WS-* URIs.
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = sso.UserNameClaimType;
        oidc.TokenValidationParameters.RoleClaimType = sso.RoleClaimType;
        // Keycloak and node-oidc-provider often put groups only into the userinfo answer.
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.ClaimActions.MapUniqueJsonKey(sso.UserNameClaimType, sso.UserNameClaimType);
        oidc.ClaimActions.MapJsonKey(sso.RoleClaimType, sso.RoleClaimType);
        oidc.SaveTokens = false;
        // SingleSignOnEvents signs in with the application cookie itself; the external cookie is never written.
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.EventsType = typeof(SingleSignOnEvents);
    }
}
