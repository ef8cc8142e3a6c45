using ItInventory.Web.Features.Import;
using Microsoft.AspNetCore.Components;
using Mono.Cecil;
using NetArchTest.Rules;

namespace ItInventory.Web.Tests.Architecture;

/// <summary>
/// Dependencies run one way: Composition → Features → Components (shared UI), Data → Infrastructure → Core. Each rule
/// names a lower layer and the namespaces above it that it must not import; a type that does fails the test with its name.
/// (Core's own rule, "nothing outside the base library", lives in the Core tests.)
/// </summary>
public class LayerDependencyTests
{
    private const string Data = "ItInventory.Web.Data";
    private const string Infrastructure = "ItInventory.Web.Infrastructure";
    private const string Features = "ItInventory.Web.Features";
    private const string Components = "ItInventory.Web.Components";
    private const string Composition = "ItInventory.Web.Composition";

    public static TheoryData<string, string[]> Rules => new()
    {
        { Data, [Features, Components, Composition] },
        { Infrastructure, [Data, Features, Components, Composition] },
        { Features, [Composition] },
        { Components, [Features, Composition] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_layer_imports_nothing_above_it(string layer, string[] above)
    {
        var result = InWebAssembly().That().ResideInNamespaceStartingWith(layer)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        AssertNoFailures(result, $"{layer} importiert {string.Join(" / ", above)}");
    }

    /// <summary>
    /// Services, reports, the API and the import format with Core's <c>Formats</c>, not with UI code: only Razor
    /// components (and the code the compiler generates inside them) may use the Components namespace.
    /// </summary>
    [Fact]
    public void Non_ui_code_in_features_does_not_use_components()
    {
        var result = InWebAssembly().That().ResideInNamespaceStartingWith(Features).And().MeetCustomRule(new IsNotPartOfAComponent())
            .ShouldNot().HaveDependencyOn(Components)
            .GetResult();

        AssertNoFailures(result, "Nicht-UI-Code in Features importiert Components");
    }

    /// <summary>Guards the rules themselves: the composition root imports the features, so the same check must fail there.</summary>
    [Fact]
    public void The_rule_sees_an_import_against_the_direction()
    {
        var result = InWebAssembly().That().ResideInNamespaceStartingWith(Composition)
            .ShouldNot().HaveDependencyOn(Features)
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    /// <summary>Guards the component filter: pages in Features do use shared components, so selecting them must find some.</summary>
    [Fact]
    public void The_component_filter_tells_pages_from_services()
    {
        var pagesUsingComponents = InWebAssembly().That().ResideInNamespaceStartingWith(Features)
            .And().HaveDependencyOn(Components).GetTypes();

        var filter = new IsNotPartOfAComponent();

        Assert.NotEmpty(pagesUsingComponents);
        Assert.All(pagesUsingComponents, type => Assert.False(filter.MeetsRule(type.FullName!.Replace('+', '/'))));
        Assert.True(filter.MeetsRule(typeof(ImportService).FullName!));
    }

    private static Types InWebAssembly() => Types.InAssembly(typeof(Program).Assembly);

    private static void AssertNoFailures(TestResult result, string message) =>
        Assert.True(result.IsSuccessful, $"{message}: {string.Join(", ", result.FailingTypeNames ?? [])}");

    /// <summary>True for a type that is neither a Razor component nor nested in one (closures, render lambdas).</summary>
    private sealed class IsNotPartOfAComponent : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            while (type.DeclaringType is not null)
            {
                type = type.DeclaringType;
            }

            return MeetsRule(type.FullName);
        }

        public bool MeetsRule(string fullName)
        {
            var outermost = fullName.Split('/')[0];
            var runtimeType = typeof(Program).Assembly.GetType(outermost);
            return runtimeType is null || !typeof(IComponent).IsAssignableFrom(runtimeType);
        }
    }
}
