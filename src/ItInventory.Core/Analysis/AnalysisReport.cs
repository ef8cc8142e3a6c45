using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Analysis.Concentration;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.LockIn;
using ItInventory.Core.Analysis.Prices;

namespace ItInventory.Core.Analysis;

/// <summary>Everything the analysis computed for one snapshot and as-of date, and the findings drawn from it.</summary>
/// <param name="Findings">Most severe first, then by due date.</param>
public sealed record AnalysisReport(
    DateOnly AsOf,
    IReadOnlyList<ContractDeadlines> Deadlines,
    IReadOnlyList<PriceAnalysis> ProductPrices,
    IReadOnlyList<PriceAnalysis> VendorPrices,
    IReadOnlyList<LockInScore> LockIn,
    IReadOnlyList<ComplianceGap> ComplianceGaps,
    InterfaceShares Interfaces,
    ConcentrationReport Concentration,
    IReadOnlyList<Finding> Findings);
