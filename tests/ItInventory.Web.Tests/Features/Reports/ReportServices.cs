using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>The app's real report, dashboard, analysis and import registrations over a test database, for one user.</summary>
internal static class ReportServices
{
    /// <param name="reports">Report settings beyond the defaults, e.g. a low streaming threshold.</param>
    public static ServiceProvider For(TestDatabase database, string role, string userName = "test.user", Action<ReportOptions>? reports = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(database.Factory);
        services.AddSingleton(Options.Create(new InventoryOptions { AsOfDate = TestDatabase.AsOf }));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InventoryClock>();
        services.AddSingleton<ICurrentUser>(FixedCurrentUser.WithRoles(userName, role));
        services.AddScoped<AuditLog>();
        services.AddFindingsFeature(new ConfigurationBuilder().Build());
        services.AddDashboardFeature();
        services.AddReportsFeature();
        services.AddPlanningFeature();
        services.AddExitFeature(new ConfigurationBuilder().Build());
        services.AddImportFeature();
        services.AddCityServicesFeature();
        if (reports is not null)
            services.Configure(reports);
        return services.BuildServiceProvider();
    }
}
