using Bunit;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

public class ProductExportButtonsTests : MudComponentTest
{
    protected override string[] UserRoles => [Roles.Beschaffung];

    [Fact]
    public void The_export_passes_the_product_lists_current_filters_and_follows_changes()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/produkte?suche=Meld&amt=3&seite=2&sortierung=kosten&status=Active");

        var buttons = Context.Render<ProductExportButtons>();

        Assert.Equal("/berichte/inventar.xlsx?suche=Meld&amt=3&status=Active", buttons.Find("[data-testid=export-inventory]").GetAttribute("href"));
        Assert.Equal("/berichte/kosten.xlsx?suche=Meld&amt=3&status=Active", buttons.Find("[data-testid=export-costs]").GetAttribute("href"));

        navigation.NavigateTo("/produkte?anbieter=7");

        buttons.WaitForAssertion(() => Assert.Equal("/berichte/inventar.xlsx?anbieter=7", buttons.Find("[data-testid=export-inventory]").GetAttribute("href")));
    }
}

public class ProductExportButtonsForCouncilTests : MudComponentTest
{
    protected override string[] UserRoles => [Roles.Rat];

    [Fact]
    public void Users_without_the_export_permission_see_no_export()
    {
        var buttons = Context.Render<ProductExportButtons>();

        Assert.Empty(buttons.FindAll("a[href^='/berichte/']"));
    }
}
