using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;

namespace ItInventory.Core.Tests.Planning;

public class BudgetKeysTests
{
    private static readonly Department Buergeramt = new() { Id = 33, BudgetProduct = "02.1.22", BudgetAccount = "543100" };
    private static readonly Dictionary<CostType, string> Accounts = new() { [CostType.Hosting] = "543150" };

    /// <summary>Each case: the product's own keys, the cost type, and the key that must result.</summary>
    public static TheoryData<string, string?, string?, CostType, Department?, string?, string?> Cases => new()
    {
        { "department's keys", null, null, CostType.Maintenance, Buergeramt, "02.1.22", "543100" },
        { "the cost type's Sachkonto beats the department's", null, null, CostType.Hosting, Buergeramt, "02.1.22", "543150" },
        { "the product's Sachkonto beats the cost type's", null, "543900", CostType.Hosting, Buergeramt, "02.1.22", "543900" },
        { "the product's budget product beats the department's", "01.1.11", null, CostType.Maintenance, Buergeramt, "01.1.11", "543100" },
        { "nothing set: unset, not guessed", null, null, CostType.Maintenance, new Department { Id = 1 }, null, null },
        { "no department loaded", null, null, CostType.Hosting, null, null, "543150" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_most_specific_key_wins(string because, string? productKey, string? productAccount, CostType costType,
        Department? owner, string? expectedProduct, string? expectedAccount)
    {
        var product = new Product { Id = 1, BudgetProduct = productKey, BudgetAccount = productAccount };

        var key = BudgetKeys.For(product, owner, costType, Accounts);

        Assert.True(new BudgetKey(expectedProduct, expectedAccount) == key, $"{because}: {key}");
    }

    [Fact]
    public void The_projection_adds_up_by_key_and_its_totals_equal_the_projection()
    {
        var products = new[]
        {
            new Product { Id = 1, VendorId = 1, OwnerDepartmentId = 33 },
            new Product { Id = 2, VendorId = 1, OwnerDepartmentId = 33, BudgetProduct = "01.1.11" },
            new Product { Id = 3, VendorId = 1, OwnerDepartmentId = 99 },
        };
        var lines = new[]
        {
            Actual(2026, 1000m), Actual(2026, 200m, CostType.Hosting), Actual(2026, 500m, product: 2), Actual(2026, 70m, product: 3),
        };
        var projection = CostProjector.Project(new ProjectionInput(new ProjectionHorizon(2027), products, lines,
            Analysis.Prices.Vpi.Index, new ProjectionAssumptions(2m), new HashSet<int>()));
        var byId = products.ToDictionary(p => p.Id);

        var totals = BudgetKeys.Sum(projection, row =>
            BudgetKeys.For(byId[row.ProductId], byId[row.ProductId].OwnerDepartmentId == 33 ? Buergeramt : null, row.CostType, Accounts));

        Assert.Equal(
            ["01.1.11 543100 500", "02.1.22 543100 1000", "02.1.22 543150 200", "ohne Haushaltsprodukt ohne Sachkonto 70"],
            totals.Select(t => $"{t.Key.ProductLabel} {t.Key.AccountLabel} {t.Amounts[0]:0.##}"));
        foreach (var (year, i) in projection.Horizon.Years.Select((y, i) => (y, i)))
            Assert.Equal(projection.TotalIn(year).Amount, totals.Sum(t => t.Amounts[i]));
    }
}
