using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using ItInventory.Core.Tests.Analysis.Prices;

namespace ItInventory.Core.Tests.Planning;

/// <summary>One product, its contracts and cost lines, projected for budget year 2027 (running year 2026).</summary>
public sealed record ProjectionCase(
    Contract[] Contracts,
    CostLine[] CostLines,
    LifecycleStatus Lifecycle = LifecycleStatus.Active,
    decimal VpiPercent = 2m,
    decimal? DataCentrePercent = null,
    int BudgetYears = 1,
    DateOnly? PlannedEnd = null)
{
    public const int DataCentreVendor = 9;

    public Projection Project()
    {
        var product = new Product { Id = 1, Name = "Meldewesen", VendorId = 1, Lifecycle = Lifecycle, PlannedEnd = PlannedEnd, Contracts = [.. Contracts] };
        return CostProjector.Project(new ProjectionInput(
            new ProjectionHorizon(2027, BudgetYears), [product], CostLines, Vpi.Index,
            new ProjectionAssumptions(VpiPercent, DataCentrePercent: DataCentrePercent), new HashSet<int> { DataCentreVendor }));
    }

    public static Contract Renewing(PriceAdjustmentKind clause, decimal? percent = null, int id = 1, DateOnly? endedOn = null, int vendorId = 1) => new()
    {
        Id = id, ContractNumber = $"V-{id}", VendorId = vendorId, Start = new DateOnly(2022, 1, 1), TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = 36, RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3,
        PriceAdjustment = clause, PriceAdjustmentPercent = percent, EndedOn = endedOn,
    };

    public static Contract FixedEnd(DateOnly start, DateOnly end, PriceAdjustmentKind clause, decimal? percent = null, int id = 1) => new()
    {
        Id = id, ContractNumber = $"V-{id}", VendorId = 1, Start = start, TermKind = ContractTermKind.FixedEnd, FixedEnd = end,
        PriceAdjustment = clause, PriceAdjustmentPercent = percent,
    };
}
