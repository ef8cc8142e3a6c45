using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Infrastructure;

/// <summary>One line per feature area; each feature keeps its own services.</summary>
public static class FeatureServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddInventoryFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDashboardFeature();
        builder.Services.AddScoped<ProductListService>();
        builder.Services.AddFindingsFeature(builder.Configuration);
        builder.Services.AddReportsFeature();
        return builder;
    }
}
