using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Exit;

/// <summary>What the exit assessment of one product is made from; the caller gathers it from the inventory.</summary>
/// <param name="AnnualRunningCost">The product's running cost per year from the one year-cost rule; null without data.</param>
/// <param name="LastPlanYear">The last year of the financial plan, up to which the break-even is counted.</param>
public sealed record ExitFacts(
    Product Product,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyDictionary<int, Vendor> Vendors,
    IReadOnlyList<ExitInterface> Interfaces,
    decimal? AnnualRunningCost,
    bool SupportsAStandard,
    bool StandardsRecorded,
    ExitAssessment? Assessment,
    DateOnly AsOf,
    int LastPlanYear);

/// <summary>The product's exit assessment: dates, switching cost, alternative, break-even and readiness.</summary>
public sealed record ExitResult(
    int ProductId,
    string ProductName,
    ExitDate Dates,
    SwitchingCost SwitchingCost,
    string Alternative,
    decimal? AlternativeAnnualCost,
    decimal? CurrentAnnualCost,
    BreakEven BreakEven,
    ExitReadiness Readiness)
{
    public const string MarketResearchNeeded = "Marktrecherche nötig";

    /// <summary>Could be left at its next termination and pays back within the plan horizon (the council's count).</summary>
    public bool WorthLeavingAtNextTermination => Dates.EarliestExit is not null && BreakEven.PaysBack
        && Readiness.Level != ReadinessLevel.NotWithoutGroundwork;
}

/// <summary>Puts the exit assessment of a product together from the rules of this folder.</summary>
public sealed class ExitAssessor(AnalysisOptions analysisOptions, ExitOptions options)
{
    private readonly ExitDateCalculator dates = new(new DeadlineCalculator(analysisOptions), options);
    private readonly SwitchingCostEstimator costs = new(options);

    public ExitResult Assess(ExitFacts facts)
    {
        var exit = dates.Calculate(facts.Contracts, facts.Vendors, facts.AsOf);
        var edited = (facts.Assessment?.CostItems ?? [])
            .GroupBy(i => i.ItemKey).ToDictionary(g => g.Key, g => g.Last().Amount);
        var switching = costs.Estimate(facts.Product, facts.AnnualRunningCost, facts.Interfaces, facts.Contracts, edited);
        var alternativeCost = facts.Assessment?.AlternativeAnnualCost;
        var breakEven = BreakEvenCalculator.Calculate(facts.AnnualRunningCost, alternativeCost, switching.Total,
            exit.RealisticExit, facts.LastPlanYear);
        var readiness = ExitReadinessCheck.Evaluate(facts.Product, facts.Contracts, facts.Assessment,
            facts.SupportsAStandard, facts.StandardsRecorded, facts.AsOf, options);
        var alternative = string.IsNullOrWhiteSpace(facts.Assessment?.AlternativeName)
            ? ExitResult.MarketResearchNeeded : facts.Assessment!.AlternativeName!;
        return new ExitResult(facts.Product.Id, facts.Product.Name, exit, switching, alternative, alternativeCost,
            facts.AnnualRunningCost, breakEven, readiness);
    }
}
