using ItInventory.Core.Analysis;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Contracts;

/// <summary>
/// The sample city as of its fixed day: the dashboard, the contract list and the findings name the same contracts
/// as "needing a decision within N days", and every page names a contract's run state in the same words.
/// </summary>
public class ContractRuleAgreementTests : IAsyncLifetime
{
    private const int Days = DashboardService.DeadlineHorizonDays;
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        // The findings warn DecisionWarningDays ahead; set to the dashboard's horizon, all three ask the same question.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{AnalysisOptions.SectionName}:DecisionWarningDays"] = Days.ToString() })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(_db.Factory);
        services.AddSingleton(Options.Create(new InventoryOptions { AsOfDate = TestDatabase.AsOf }));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InventoryClock>();
        services.AddSingleton<ICurrentUser>(FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung));
        services.AddFindingsFeature(configuration);
        services.AddDashboardFeature();
        services.AddContractsFeature();
        services.AddScoped<VendorService>();
        services.AddScoped<ProductDetailsService>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private T Service<T>() where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Dashboard_contract_list_and_findings_agree_on_the_decisions_due_overdue_included()
    {
        var dashboard = (await Service<DashboardService>().GetAsync()).Deadlines.Select(d => d.ContractId).Order().ToList();
        var list = await Service<ContractService>().ListAsync(new ContractQuery(DecisionWithinDays: Days));
        var findings = (await Service<FindingsService>().ListAsync(new FindingFilter { AsOf = TestDatabase.AsOf }))
            .Where(f => f.Finding.Kind is FindingKind.NoticeDeadline or FindingKind.ContractExpiry)
            .Select(f => f.Finding.Subject.Id).Order().ToList();
        await using var context = _db.CreateContext();

        Assert.InRange(dashboard.Count, 1, await context.Contracts.CountAsync() - 1);
        Assert.Equal(dashboard, list.Rows.Select(r => r.Id).Order());
        Assert.Equal(dashboard, findings);
        // Overdue decisions are part of all three, not dropped by any.
        Assert.Contains(list.Rows, r => r.Decision!.IsOverdue);
        Assert.All(list.Rows, r => Assert.True(r.Deadlines.DecisionDate <= TestDatabase.AsOf.AddDays(Days)));
    }

    [Fact]
    public async Task A_contract_reads_the_same_on_the_list_its_page_its_vendors_page_and_its_products_pages()
    {
        var contracts = Service<ContractService>();
        var rows = (await contracts.ListAsync(new ContractQuery())).Rows;
        await using var context = _db.CreateContext();
        var products = await context.Contracts.AsNoTracking()
            .Select(c => new { c.Id, Products = c.Products.Select(p => p.Id).ToList() })
            .ToDictionaryAsync(c => c.Id, c => c.Products);

        foreach (var row in rows)
        {
            var label = row.RunState.Label;
            Assert.Equal(label, (await contracts.GetAsync(row.Id)).RunState.Label);
            var vendor = await Service<VendorService>().GetAsync(row.VendorId);
            Assert.Equal(label, Assert.Single(vendor.Contracts, c => c.Id == row.Id).RunState.Label);
            foreach (var productId in products[row.Id])
            {
                var product = await Service<ProductDetailsService>().GetAsync(productId);
                Assert.Equal(label, Assert.Single(product.Contracts, c => c.Id == row.Id).RunState.Label);
            }
        }

        // The case from the issue: a purchase with a fixed end in 2009 and no "ended on" date.
        Assert.Equal("beendet 31.01.2009", Assert.Single(rows, r => r.ContractNumber == "V-2008-002").RunState.Label);
    }

    [Fact]
    public async Task The_dashboards_running_contracts_are_those_the_contract_list_calls_running()
    {
        var figures = await Service<DashboardService>().GetAsync();
        var rows = (await Service<ContractService>().ListAsync(new ContractQuery())).Rows;
        await using var context = _db.CreateContext();

        Assert.Equal(rows.Count(r => r.RunState.IsRunning), figures.Counts.RunningContracts);
        // Not merely "no ended-on date": V-2008-002 ran out in 2009 without one.
        Assert.True(figures.Counts.RunningContracts < await context.Contracts.CountAsync(c => c.EndedOn == null));
    }
}
