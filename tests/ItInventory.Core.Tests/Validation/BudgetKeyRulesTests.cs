using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

public class BudgetKeyRulesTests
{
    private const string ProductFormat =
        "Das Haushaltsprodukt besteht aus Ziffern, durch Punkte gegliedert (z. B. 11.1.11 nach dem kommunalen Produktrahmen).";
    private const string AccountFormat = "Das Sachkonto besteht aus 4 bis 8 Ziffern (z. B. 543100).";

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("11", null)]
    [InlineData("11.1.11", null)]
    [InlineData(" 01.11.01.02 ", null)]
    [InlineData("11.1.11.", ProductFormat)]
    [InlineData("11..1", ProductFormat)]
    [InlineData("11-1-11", ProductFormat)]
    [InlineData("Bürgeramt", ProductFormat)]
    [InlineData("1.1.1.1.1.1", ProductFormat)]
    [InlineData("1234.1234.1234.1234.1", "Das Haushaltsprodukt darf höchstens 20 Zeichen lang sein.")]
    [InlineData("11\0", ProductFormat)]
    public void Budget_products_are_dotted_digits(string? product, string? problem) =>
        Assert.Equal(problem, BudgetKeyRules.ProductProblem(product));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("5431", null)]
    [InlineData(" 543100 ", null)]
    [InlineData("54310000", null)]
    [InlineData("543", AccountFormat)]
    [InlineData("543100000", AccountFormat)]
    [InlineData("5431a", AccountFormat)]
    [InlineData("54 31", AccountFormat)]
    public void Accounts_are_four_to_eight_digits(string? account, string? problem) =>
        Assert.Equal(problem, BudgetKeyRules.AccountProblem(account));

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData(" 11.1 ", "11.1")]
    public void Keys_are_trimmed_and_blank_is_unset(string? key, string? cleaned) =>
        Assert.Equal(cleaned, BudgetKeyRules.Clean(key));
}
