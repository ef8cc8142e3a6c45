using System.Security.Claims;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>A demo user of the app's database as the signed-in user of a service: id, name and role, as the login puts them.</summary>
internal static class SignedIn
{
    /// <param name="host">The host to start (which seeds the demo users) when the test runs a variant of <paramref name="app"/>.</param>
    public static async Task<(ICurrentUser User, string Id)> AsAsync(InventoryAppFactory app, string userName, string role, WebApplicationFactory<Program>? host = null)
    {
        _ = (host ?? app).Services;
        await using var db = app.CreateContext();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return (As(id, userName, role), id);
    }

    public static ICurrentUser As(string id, string userName, string role) => new FixedCurrentUser(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], "test")));
}
