using ItInventory.Core.Domain;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Vendors;

/// <summary>
/// The service the vendor form calls, by two people at once with case variants of one name: one vendor is created,
/// the other form gets the German "gibt es schon" under the name field (never an exception a page cannot show).
/// </summary>
public class ParallelVendorCreateTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Ten_pairs_of_case_variants_saved_at_once_create_one_vendor_each_and_tell_the_other_form_why()
    {
        var service = new VendorService(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung));
        var names = Enumerable.Range(0, 10).Select(i => $"Formular-Anbieter {i} GmbH").ToList();

        var attempts = names.SelectMany(n => new[] { n, n.ToUpperInvariant() })
            .Select(n => Record.ExceptionAsync(() => service.CreateAsync(new VendorInput { Name = n, Kind = VendorKind.PrivateVendor, Country = "DE" })))
            .ToList();
        var failures = await Task.WhenAll(attempts);

        Assert.Equal(10, failures.Count(f => f is null));
        Assert.All(failures.Where(f => f is not null), f =>
        {
            var refused = Assert.IsType<ValidationFailedException>(f);
            Assert.True(refused.IsConflict);
            Assert.EndsWith("gibt es schon.", Assert.Single(refused.Errors[nameof(VendorInput.Name)]));
        });
        await using var context = _db.CreateContext();
        var stored = await context.Vendors.Select(v => v.Name).ToListAsync();
        Assert.All(names, n => Assert.Single(stored, s => string.Equals(s, n, StringComparison.OrdinalIgnoreCase)));
    }
}
