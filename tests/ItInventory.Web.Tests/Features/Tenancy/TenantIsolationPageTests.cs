using Bunit;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Features.Vendors.Negotiation;
using ItInventory.Web.Tests.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Tenancy;

/// <summary>
/// Every page with an id in its address, opened by a user of the sample city with the id of another tenant's record:
/// the page says the record does not exist and shows nothing of it.
/// </summary>
public sealed class TenantIsolationPageTests : ProductPageTest
{
    private SecondTenant _second = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _second = await SecondTenant.AddAsync(Database.Provider, Database.ConnectionString);
    }

    protected override void RegisterServices(IServiceCollection services)
    {
        base.RegisterServices(services);
        services.AddContractsFeature();
        services.AddVendorsFeature();
        services.AddComparisonFeature(new ConfigurationBuilder().Build());
        services.AddDepartmentsFeature();
        services.AddScoped<ItInventory.Web.Features.Notifications.ContractRemindersService>();
    }

    public static TheoryData<string> Pages => ["/produkte/{id}", "/produkte/{id}/bearbeiten", "/vertraege/{id}", "/vertraege/{id}/bearbeiten", "/anbieter/{id}", "/anbieter/{id}/bearbeiten", "/anbieter/{id}/verhandlungsmappe", "/aemter/{id}", "/aemter/{id}/bearbeiten"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Another_tenants_record_is_not_found_and_nothing_of_it_shows(string page)
    {
        var (id, name) = page.Split('/')[1] switch
        {
            "produkte" => (_second.ProductId, "Feldverfahren"),
            "vertraege" => (_second.ContractId, SecondTenant.ContractNumber),
            "anbieter" => (_second.VendorId, "Feldsoft GmbH"),
            _ => (_second.DepartmentId, "Hauptamt Beispielfeld"),
        };

        var rendered = Render(page, id);

        rendered.WaitForAssertion(() => Assert.Contains("gibt es nicht", rendered.Markup), Wait);
        Assert.DoesNotContain(name, rendered.Markup);
    }

    /// <summary>The same pages with the sample city's own records: they do show them, so the test above can fail.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_tenants_own_record_shows(string page)
    {
        await using var db = Database.CreateContext();
        var record = page.Split('/')[1] switch
        {
            "produkte" => await db.Products.OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync(),
            "vertraege" => await db.Contracts.OrderBy(c => c.Id).Select(c => new { c.Id, Name = c.ContractNumber }).FirstAsync(),
            "anbieter" => await db.Vendors.OrderBy(v => v.Id).Select(v => new { v.Id, v.Name }).FirstAsync(),
            _ => await db.Departments.OrderBy(d => d.Id).Select(d => new { d.Id, d.Name }).FirstAsync(),
        };
        var (id, name) = (record.Id, record.Name);

        var rendered = Render(page, id);

        rendered.WaitForAssertion(() => Assert.Contains(System.Net.WebUtility.HtmlEncode(name), rendered.Markup), Wait);
        Assert.DoesNotContain("gibt es nicht", rendered.Markup);
    }

    private IRenderedComponent<IComponent> Render(string page, int id)
    {
        var type = page switch
        {
            "/produkte/{id}" => typeof(ProductView),
            "/produkte/{id}/bearbeiten" => typeof(ProductEdit),
            "/vertraege/{id}" => typeof(ContractDetail),
            "/vertraege/{id}/bearbeiten" => typeof(ContractEdit),
            "/anbieter/{id}" => typeof(VendorDetail),
            "/anbieter/{id}/bearbeiten" => typeof(VendorEdit),
            "/anbieter/{id}/verhandlungsmappe" => typeof(NegotiationPage),
            "/aemter/{id}" => typeof(DepartmentDetail),
            _ => typeof(DepartmentEdit),
        };
        return Context.Render(builder =>
        {
            builder.OpenComponent(0, type);
            builder.AddAttribute(1, "Id", id);
            builder.CloseComponent();
        });
    }
}
