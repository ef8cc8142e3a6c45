using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;

namespace ItInventory.Web.Infrastructure;

/// <summary>One line per feature area; each feature keeps its own services.</summary>
public static class FeatureServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddInventoryFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OverviewService>();
        builder.Services.AddScoped<ProductListService>();
        builder.Services.AddFindingsFeature(builder.Configuration);
        builder.Services.AddAuditFeature();
        builder.Services.AddExportsFeature();
        return builder;
    }
}
