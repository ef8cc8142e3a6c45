using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

public class ExitRulesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(0, null)]
    [InlineData(3650, null)]
    [InlineData(-1, "Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (-1 ist außerhalb).")]
    [InlineData(3651, "Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (3651 ist außerhalb).")]
    [InlineData(int.MaxValue, "Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (2147483647 ist außerhalb).")]
    public void Periods_in_days_lie_within_ten_years(int? days, string? problem) =>
        Assert.Equal(problem, ExitRules.DaysProblem(days, "Der Übergangszeitraum"));

    [Theory]
    [InlineData("migration", true)]
    [InlineData("interface:12", true)]
    [InlineData("exitfees", true)]
    [InlineData("interface:0", false)]
    [InlineData("interface:-3", false)]
    [InlineData("interface:", false)]
    [InlineData("interface:99999999999", false)]
    [InlineData("Migration", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Cost_item_keys_name_an_item(string? key, bool valid) =>
        Assert.Equal(valid, ExitRules.ItemKeyProblem(key) is null);

    [Theory]
    [InlineData("OpenMeld", 200, null)]
    [InlineData("a\0b", 200, "Der Text enthält ein Nullzeichen (U+0000), das nicht gespeichert werden kann. Bitte entfernen Sie es.")]
    [InlineData("abc", 2, "Die Alternative darf höchstens 2 Zeichen lang sein.")]
    public void Texts_are_bounded_and_storable(string text, int max, string? problem) =>
        Assert.Equal(problem, ExitRules.TextProblem(text, max, "Die Alternative"));

    [Theory]
    [InlineData("migration", "0", null, null)]
    [InlineData("interface:12", "15000.50", null, null)]
    [InlineData("interface:x", "1", "CostItems.interface:x", "Unbekannter Kostenpunkt „interface:x“; erlaubt sind migration, interface:<Nummer>, parallel, training, procurement, exitfees.")]
    [InlineData("training", "-1", "CostItems.training", "Der Betrag darf nicht negativ sein.")]
    [InlineData("parallel", "0.001", "CostItems.parallel", "Der Betrag darf höchstens zwei Nachkommastellen (Cent) haben.")]
    public void Hand_set_cost_items_need_a_known_key_and_a_valid_amount(string key, string amount, string? field, string? message)
    {
        var problems = ExitRules.CostItemProblems(new Dictionary<string, decimal> { [key] = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }).ToList();

        Assert.Equal(field is null ? [] : [(field, message!)], problems);
    }

    [Fact]
    public void More_cost_items_than_any_product_has_are_refused_at_once()
    {
        var items = Enumerable.Range(1, ExitRules.MaxCostItems + 1).ToDictionary(i => $"interface:{i}", _ => 1m);

        Assert.Equal([("CostItems", "Es können höchstens 200 Kostenpunkte gesetzt werden (201 angegeben).")], ExitRules.CostItemProblems(items));
        Assert.Empty(ExitRules.CostItemProblems(null));
    }
}
