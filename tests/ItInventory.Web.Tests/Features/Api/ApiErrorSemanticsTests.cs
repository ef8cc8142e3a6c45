using System.Net;
using System.Text;
using System.Text.Json;
using ItInventory.Web.Features.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// A client with a valid token learns what is wrong with its request (404, 405, 415) instead of 401 "Nicht
/// angemeldet"; every error body is a German problem document with the type of its status.
/// </summary>
public class ApiErrorSemanticsTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("GET", "/api/v1/gibtsnicht", null, 404)]
    [InlineData("GET", "/api/v1/products/abc", null, 404)]
    [InlineData("DELETE", "/api/v1/products", null, 405)]
    [InlineData("PATCH", "/api/v1/vendors/1", null, 405)]
    [InlineData("POST", "/api/v1/vendors", "text/plain", 415)]
    public async Task A_token_client_gets_the_status_of_what_is_wrong_with_a_German_problem(string method, string url, string? contentType, int status)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (contentType is not null)
        {
            request.Content = new StringContent("""{"name":"X"}""", Encoding.UTF8, contentType);
        }

        var response = await app.Writer.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        await AssertGermanProblemAsync(response, status);
    }

    [Fact]
    public async Task Without_a_token_an_unknown_route_stays_401_and_reveals_nothing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync("/api/v1/gibtsnicht")).StatusCode);
        var forged = app.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "itinv_gibtsnicht");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/gibtsnicht")).StatusCode);
    }

    [Fact]
    public async Task An_unexpected_fault_is_a_German_500_problem_without_internals()
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/products";
        context.Response.Body = new MemoryStream();

        var handled = await new ApiExceptionHandler().TryHandleAsync(context, new InvalidOperationException("geheime Einzelheit"), default);

        Assert.True(handled);
        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Interner Fehler.", problem.GetProperty("title").GetString());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error", problem.GetProperty("type").GetString());
        Assert.DoesNotContain("geheime", body);
        Assert.DoesNotContain("error occurred", body);
    }

    private static async Task AssertGermanProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith($"https://www.rfc-editor.org/rfc/rfc9110#name-{status}-", problem.GetProperty("type").GetString());
        Assert.DoesNotContain("Nicht angemeldet", problem.GetProperty("title").GetString());
    }
}
