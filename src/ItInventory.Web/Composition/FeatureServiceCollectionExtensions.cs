using ItInventory.Web.Features.Api;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Features.PriceIndex;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Features.Standards;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Features.Operations;
using ItInventory.Web.Features.Actions;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Market;
using ItInventory.Web.Features.Notifications;

namespace ItInventory.Web.Composition;

/// <summary>One line per feature area; each feature keeps its own services.</summary>
public static class FeatureServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddInventoryFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDashboardFeature();
        builder.Services.AddProductsFeature();
        builder.Services.AddCostsFeature();
        builder.Services.AddCityServicesFeature();
        builder.Services.AddInvoicesFeature();
        builder.Services.AddPlanningFeature();
        builder.Services.AddFindingsFeature(builder.Configuration);
        builder.Services.AddExitFeature(builder.Configuration);
        builder.Services.AddActionsFeature();
        builder.Services.AddAuditFeature();
        builder.Services.AddImportFeature();
        builder.Services.AddVendorsFeature().AddContractsFeature().AddDepartmentsFeature().AddStandardsFeature();
        builder.Services.AddInterfacesFeature().AddPriceIndexFeature();
        builder.Services.AddReportsFeature();
        builder.Services.AddApiFeature(builder.Configuration);
        builder.Services.AddExportsFeature();
        builder.Services.AddOperationsFeature();
        builder.Services.AddComparisonFeature(builder.Configuration);
        builder.Services.AddMarketFeature();
        builder.Services.AddNotificationsFeature(builder.Configuration);
        return builder;
    }
}
