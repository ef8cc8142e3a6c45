using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;
using static ItInventory.Core.Tests.Planning.ProjectionCase;

namespace ItInventory.Core.Tests.Planning;

public class CommitmentAuthorisationsTests
{
    private static readonly DateOnly Jan2022 = new(2022, 1, 1);

    /// <summary>A contract from 2026 that cannot be ended before 31.12.2030 (five-year minimum term, then yearly).</summary>
    private static Contract FiveYearTerm() => new()
    {
        Id = 1, ContractNumber = "V-5", VendorId = 1, Start = new DateOnly(2026, 1, 1), TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = 60, RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3, PriceAdjustment = PriceAdjustmentKind.None,
    };

    /// <summary>Each case: budget year 2027 (or 2027/2028), the authorisations needed in the planning years after it.</summary>
    public static TheoryData<string, ProjectionCase, int[], decimal[]> Cases => new()
    {
        { "yearly tacit renewal, 3 months' notice: can end 31.12.2027, binds no planning year",
            new([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)]), [2028, 2029, 2030], [0m, 0m, 0m] },
        { "minimum term to 31.12.2030: every planning year is bound",
            new([FiveYearTerm()], [Actual(2026, 1000m)]), [2028, 2029, 2030], [1000m, 1000m, 1000m] },
        { "fixed end 30.06.2029: 2028 whole, 2029 its covered half (181 days, already cut), 2030 nothing",
            new([FixedEnd(Jan2022, new(2029, 6, 30), PriceAdjustmentKind.None)], [Actual(2026, 1000m)]), [2028, 2029, 2030], [1000m, 495.89m, 0m] },
        { "notice given to 31.03.2028 (leap year: 91 of 366 days)",
            new([Renewing(PriceAdjustmentKind.None, endedOn: new(2028, 3, 31))], [Actual(2026, 1000m)]), [2028, 2029, 2030], [248.63m, 0m, 0m] },
        { "Doppelhaushalt 2027/2028: the planning years are 2029-2031",
            new([FiveYearTerm()], [Actual(2026, 1000m)], BudgetYears: 2), [2029, 2030, 2031], [1000m, 1000m, 0m] },
        { "no contract: nothing is committed",
            new([], [Actual(2026, 1000m)]), [2028, 2029, 2030], [0m, 0m, 0m] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contracts_binding_the_planning_years_need_authorisations(string because, ProjectionCase @case, int[] years, decimal[] expected)
    {
        var projection = @case.Project();

        var perYear = CommitmentAuthorisations.PerYear(projection, CommitmentAuthorisations.For(projection));

        Assert.True(years.SequenceEqual(perYear.Select(p => p.Year)), because);
        Assert.True(expected.SequenceEqual(perYear.Select(p => p.Amount)), $"{because}: {string.Join(" | ", perYear)}");
    }

    [Fact]
    public void A_commitment_names_its_contract_and_earliest_end()
    {
        var projection = new ProjectionCase([FiveYearTerm()], [Actual(2026, 1000m)]).Project();

        var commitment = Assert.Single(CommitmentAuthorisations.For(projection));

        Assert.Equal("V-5", commitment.Contract.ContractNumber);
        Assert.Equal(new DateOnly(2030, 12, 31), commitment.EarliestEnd);
        Assert.Equal(CostType.Maintenance, commitment.CostType);
    }
}
