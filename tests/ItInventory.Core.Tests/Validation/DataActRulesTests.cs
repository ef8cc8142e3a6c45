using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

public class DataActRulesTests
{
    public static TheoryData<int?, int?, int?, string?, string?, decimal?, string?, string?> Cases => new()
    {
        // Unknown terms and terms that break the Act (3 months, 45 days, 10 days, a 2027 fee) are valid entries.
        { null, null, null, null, null, null, null, null },
        { 3, 45, 10, "Stammdaten, Vorgänge", "CSV, XML", 2500m, null, null },
        { 0, 0, 0, "", "", 0m, null, null },
        { 120, 3650, 3650, null, null, 999_999_999_999.99m, null, null },
        { -1, null, null, null, null, null, "SwitchingNoticeMonths", "Die Kündigungsfrist für den Wechsel muss zwischen 0 und 120 Monaten liegen (-1 ist außerhalb)." },
        { 121, null, null, null, null, null, "SwitchingNoticeMonths", "Die Kündigungsfrist für den Wechsel muss zwischen 0 und 120 Monaten liegen (121 ist außerhalb)." },
        { null, 3651, null, null, null, null, "TransitionalPeriodDays", "Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (3651 ist außerhalb)." },
        { null, null, int.MinValue, null, null, null, "DataRetrievalDays", "Der Zeitraum zum Abruf der Daten muss zwischen 0 und 3650 Tagen liegen (-2147483648 ist außerhalb)." },
        { null, null, null, new string('x', 1001), null, null, "SwitchingDataCategories", "Die Angabe der Datenkategorien darf höchstens 1000 Zeichen lang sein." },
        { null, null, null, null, "CSV\0", null, "ExportFormats", "Der Text enthält ein Nullzeichen (U+0000), das nicht gespeichert werden kann. Bitte entfernen Sie es." },
        { null, null, null, null, null, -1m, "SwitchingFee", "Das Wechselentgelt darf nicht negativ sein." },
        { null, null, null, null, null, 0.001m, "SwitchingFee", "Das Wechselentgelt darf höchstens zwei Nachkommastellen (Cent) haben." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_impossible_terms_are_refused_each_at_its_field(int? notice, int? transition, int? retrieval, string? categories, string? formats,
        decimal? fee, string? field, string? message)
    {
        var problems = DataActRules.Problems(notice, transition, retrieval, categories, formats, fee);

        if (field is null)
            Assert.Empty(problems);
        else
            Assert.Equal(new DataActProblem(field, message!), Assert.Single(problems));
    }

    [Fact]
    public void Every_broken_term_is_named()
    {
        var problems = DataActRules.Problems(-1, -1, -1, new string('x', 1001), new string('x', 1001), -1m);

        Assert.Equal(["SwitchingNoticeMonths", "TransitionalPeriodDays", "DataRetrievalDays", "SwitchingDataCategories", "ExportFormats", "SwitchingFee"],
            problems.Select(p => p.Field));
    }
}
