using Microsoft.AspNetCore.Authentication;

namespace ItInventory.Web.Features.Api.Tokens;

public static class TokenServices
{
    public static IServiceCollection AddPersonalAccessTokens(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null);
        services.AddAuthorization(ItInventory.Web.Features.Api.ApiPolicies.Add);
        services.AddScoped<TokenService>();
        return services;
    }
}
