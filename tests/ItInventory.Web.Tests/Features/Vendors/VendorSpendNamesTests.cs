using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Vendors;

/// <summary>
/// The two answers to "what do we spend with this vendor" keep their names: the vendor page's "Kosten seiner Produkte"
/// is the dashboard's figure, and "Zahlungen an den Anbieter" differs from it where a data centre runs the products.
/// </summary>
public class VendorSpendNamesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.ItLeitung);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_vendor_page_shows_the_dashboards_product_costs_and_separately_the_payments_to_the_vendor()
    {
        var dashboard = await _services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>().GetAsync();
        var vendors = new VendorService(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung));
        var listing = await vendors.ListAsync(null);
        var differing = 0;

        foreach (var share in dashboard.Spend.ByVendor)
        {
            var page = await vendors.GetAsync(share.Id!.Value);
            Assert.Equal(share.Amount, page.ProductCosts);
            Assert.Equal(page.PaymentsToVendor, Assert.Single(listing.Rows, r => r.Id == share.Id).PaymentsToVendor);
            if (page.PaymentsToVendor != page.ProductCosts) differing++;
        }

        Assert.True(differing > 0, "In the sample city some vendor's products are run and billed by a data centre.");
        Assert.NotEqual(VendorSpendNames.Payments, VendorSpendNames.ProductCosts);
    }
}
