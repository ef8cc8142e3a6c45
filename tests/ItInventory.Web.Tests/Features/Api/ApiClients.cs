using ItInventory.Web.Data.Entities;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>HttpClients that call the API with a real personal access token, created the way the command line does.</summary>
public static class ApiClients
{
    public static async Task<string> CreateTokenAsync(this InventoryAppFactory factory, string userName, TokenScope scope)
    {
        await using var scope_ = factory.Services.CreateAsyncScope();
        var tokens = scope_.ServiceProvider.GetRequiredService<TokenService>();
        return (await tokens.CreateForUserNameAsync(userName, "Test " + scope, scope, 30)).Token;
    }

    public static async Task<HttpClient> CreateTokenClientAsync(this InventoryAppFactory factory, string userName, TokenScope scope)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.CreateTokenAsync(userName, scope));
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    public static HttpRequestMessage Put(string url, object body, string? etag) =>
        new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) }.WithIfMatch(etag);

    public static HttpRequestMessage Delete(string url, string? etag) => new HttpRequestMessage(HttpMethod.Delete, url).WithIfMatch(etag);
}
