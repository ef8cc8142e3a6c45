using ItInventory.Core.Analysis.LockIn;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.LockIn;

/// <summary>A product and context that fulfil no indicator, to switch single indicators on against.</summary>
internal static class LockInTestData
{
    public static Product FreeProduct() => new()
    {
        Id = 11,
        Name = "Ratsinfo Offen",
        HasDocumentedApi = true,
        HasOpenDataExport = true,
        AlternativeProducts = 5,
        EstimatedMigrationCost = 0m,
        HasSourceCodeEscrow = true,
        StandardSupport = [new ProductStandardSupport { StandardId = 1, Status = SupportStatus.Supported }],
    };

    public static Contract ShortContract() => new()
    {
        Id = 21,
        ContractNumber = "V-21",
        Start = new DateOnly(2024, 1, 1),
        TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = 12,
        RenewalPeriodMonths = 12,
        TacitRenewal = false,
        NoticePeriodMonths = 3,
    };

    public static LockInContext FreeContext() => new()
    {
        Contracts = [ShortContract()],
        Vendor = new Vendor { Name = "Kommunalsoft GmbH", Country = "DE" },
        AnnualRunningCost = 20_000m,
        Prices = new PriceSignal(HasComparisons: true, AnyYearAboveIndex: false, CumulativeAboveIndex: false, UnilateralClause: false),
    };
}
