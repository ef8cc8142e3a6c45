using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>The product page with everything it shows: costs, findings and the change history.</summary>
public abstract class ProductPageTest : MudComponentTest
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddProductsFeature();
        services.AddCostsFeature();
        services.AddInterfacesFeature();
        services.AddFindingsFeature(new ConfigurationBuilder().Build());
        services.AddAuditFeature();
        services.AddExitFeature(new ConfigurationBuilder().Build());
    }
}
