using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Planning;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Planning;

/// <summary>Applies a scenario's exit to a projection, with the exit date the exit assessment gives (its earliest exit).</summary>
internal static class ScenarioExits
{
    public static (Projection Projection, string? Note) Apply(Projection projection, PlanningScenario? scenario, InventorySnapshot snapshot, DateOnly today)
    {
        if (scenario?.ExitProductId is not { } productId)
            return (projection, null);
        if (snapshot.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
            return (projection, "Das Produkt des Szenarios gibt es nicht mehr; der Wechsel ist nicht eingerechnet.");

        var vendors = snapshot.Vendors.ToDictionary(v => v.Id);
        var exit = new ExitDateCalculator(new DeadlineCalculator(), new ExitOptions()).Calculate(product.Contracts, vendors, today);
        if (exit.EarliestExit is not { } exitDate)
            return (projection, $"Für {product.Name} ist kein Kündigungstermin bekannt; der Wechsel ist nicht eingerechnet.");

        var choice = new ExitChoice(productId, exitDate, scenario.AlternativeAnnualCost ?? 0m, scenario.SwitchingCost ?? 0m);
        return (ScenarioExit.Apply(projection, choice),
            $"{product.Name} gekündigt zum nächsten Termin ({Date(exitDate)}); Alternative {Euro(choice.AlternativeAnnualCost)} je Jahr, Wechselkosten {Euro(choice.SwitchingCost)}.");
    }
}
