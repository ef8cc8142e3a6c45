using System.Globalization;
using ItInventory.Web.Components.Shared;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace ItInventory.Web.Composition;

public static class WebServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddInventoryWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InventoryOptions>()
            .Bind(builder.Configuration.GetSection(InventoryOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.CityName), "Die Einstellung Inventory:CityName darf nicht leer sein.")
            .Validate(o => !o.LoadSampleCity || !string.IsNullOrWhiteSpace(o.SeedDataPath), "Die Einstellung Inventory:SeedDataPath darf nicht leer sein, wenn die Beispielstadt geladen werden soll.")
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.AccessibilityContactEmail, out _), "Die Einstellung Inventory:AccessibilityContactEmail muss eine gültige E-Mail-Adresse sein.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InventoryOptions>, ForwardedHeadersSettings.Validator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<InventoryOptions>>((forwarded, inventory) => inventory.Value.ForwardedHeaders.ApplyTo(forwarded));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<InventoryClock>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, CurrentUser>();
        builder.Services.AddScoped<CurrentTenant>();
        builder.Services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<CurrentTenant>());

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // The framework never marks the antiforgery cookie Secure (its default policy is None); like the login cookie
        // it is Secure whenever the request came by https, directly or through a configured proxy.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddSecurityHeaders();
        builder.Services.AddMudServices(config =>
        {
            // Messages appear at once instead of fading in: a half-transparent message fails contrast checks and
            // motion helps no one reading a status.
            config.SnackbarConfiguration.ShowTransitionDuration = 0;
            config.SnackbarConfiguration.HideTransitionDuration = 0;
            config.SnackbarConfiguration.VisibleStateDuration = 8000;
        });
        builder.Services.AddTransient<MudLocalizer, GermanMudLocalizer>();
        builder.Services.AddHealthChecks().AddDbContextCheck<InventoryDbContext>("database");

        var german = new CultureInfo("de-DE");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(german);
            options.SupportedCultures = [german];
            options.SupportedUICultures = [german];
        });
        CultureInfo.DefaultThreadCurrentCulture = german;
        CultureInfo.DefaultThreadCurrentUICulture = german;
        return builder;
    }
}
