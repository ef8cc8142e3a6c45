using ItInventory.Core.Analysis.Prices;
using NetArchTest.Rules;

namespace ItInventory.Core.Tests.Architecture;

/// <summary>
/// Core holds the domain and every rule and is tested without a database, so it may depend on the base library alone:
/// no EF Core, no ASP.NET Core, nothing of the web project. This fails when a Core type reaches outside System.
/// </summary>
public class CoreDependencyTests
{
    private static readonly string[] ForbiddenNamespaces =
    [
        "ItInventory.Web",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Microsoft.Extensions",
        "MudBlazor",
        "ClosedXML",
        "SpreadCheetah",
        "Npgsql",
    ];

    [Fact]
    public void Core_depends_on_nothing_outside_the_base_library()
    {
        var result = Types.InAssembly(typeof(YearCostRule).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny(ForbiddenNamespaces)
            .GetResult();

        Assert.True(result.IsSuccessful,
            "Core-Typen mit Abhängigkeit nach außen: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_rule_sees_a_forbidden_dependency_when_there_is_one()
    {
        // Guards the test itself: the same rule over this test assembly, which references xunit, must fail.
        var result = Types.InAssembly(typeof(CoreDependencyTests).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Xunit")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }
}
