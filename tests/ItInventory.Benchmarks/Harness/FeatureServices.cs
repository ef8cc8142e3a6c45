using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Benchmarks.Harness;

/// <summary>The app's feature services over a benchmark database, registered as the app registers them.</summary>
public static class FeatureServices
{
    /// <param name="reports">Report settings beyond the defaults, e.g. a threshold that keeps every report in memory.</param>
    public static ServiceProvider For(BenchmarkDatabase database, Action<ReportOptions>? reports = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(database.Factory);
        services.AddSingleton(Options.Create(new InventoryOptions { AsOfDate = BenchmarkDatabase.AsOf }));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InventoryClock>();
        services.AddSingleton(BenchmarkDatabase.User);
        services.AddScoped<AuditLog>();
        services.AddFindingsFeature(configuration);
        services.AddExitFeature(configuration);
        services.AddDashboardFeature();
        services.AddReportsFeature();
        services.AddPlanningFeature();
        services.AddCityServicesFeature();
        services.AddComparisonFeature(configuration);
        if (reports is not null)
        {
            services.Configure(reports);
        }

        return services.BuildServiceProvider();
    }
}
