using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

/// <summary>Catalogue keys, case numbers and maturity levels: one rule each for forms, API, import and catalogue loader.</summary>
public class ServiceRulesTests
{
    [Theory]
    [InlineData("99001001000000", null)]
    [InlineData(" 99001001000000 ", null)]
    [InlineData("9900100100000", "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („9900100100000“).")]
    [InlineData("990010010000000", "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („990010010000000“).")]
    [InlineData("9900100100000A", "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („9900100100000A“).")]
    [InlineData("nicht im LeiKa", "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („nicht im LeiKa“).")]
    [InlineData("٩٩٠٠١٠٠١٠٠٠٠٠٠", "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („٩٩٠٠١٠٠١٠٠٠٠٠٠“).")]
    [InlineData(null, "Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („“).")]
    public void LeiKa_keys_have_14_digits(string? key, string? problem) =>
        Assert.Equal(problem, ServiceRules.LeikaKeyProblem(key));

    [Theory]
    [InlineData("10000", null)]
    [InlineData("1000", "Die OZG-ID muss aus 5 Ziffern bestehen („1000“).")]
    [InlineData("100000", "Die OZG-ID muss aus 5 Ziffern bestehen („100000“).")]
    [InlineData("1000x", "Die OZG-ID muss aus 5 Ziffern bestehen („1000x“).")]
    [InlineData("", "Die OZG-ID muss aus 5 Ziffern bestehen („“).")]
    public void OZG_ids_have_5_digits(string? ozgId, string? problem) =>
        Assert.Equal(problem, ServiceRules.OzgIdProblem(ozgId));

    [Theory]
    [InlineData(0, null)]
    [InlineData(30_000, null)]
    [InlineData(null, null)]
    [InlineData(-1, "Die Fallzahl darf nicht negativ sein.")]
    [InlineData(int.MaxValue, "Die Fallzahl darf höchstens 1.000.000.000 betragen.")]
    public void Case_numbers_are_not_negative(int? cases, string? problem) =>
        Assert.Equal(problem, ServiceRules.CaseNumberProblem(cases));

    [Theory]
    [InlineData(2025, null)]
    [InlineData(1989, "Das Jahr der Fallzahl muss zwischen 1990 und 2100 liegen (1989 ist außerhalb).")]
    [InlineData(2101, "Das Jahr der Fallzahl muss zwischen 1990 und 2100 liegen (2101 ist außerhalb).")]
    public void Case_years_are_plausible(int year, string? problem) =>
        Assert.Equal(problem, ServiceRules.CaseYearProblem(year));

    [Theory]
    [InlineData(MaturityModel.Version11, 0, null)]
    [InlineData(MaturityModel.Version11, 4, null)]
    [InlineData(MaturityModel.Version11, 5, "Der Reifegrad muss im Reifegradmodell 1.1 zwischen 0 und 4 liegen (5 ist außerhalb).")]
    [InlineData(MaturityModel.Version11, -1, "Der Reifegrad muss im Reifegradmodell 1.1 zwischen 0 und 4 liegen (-1 ist außerhalb).")]
    [InlineData(MaturityModel.Version20, 7, null)]
    [InlineData(MaturityModel.Version20, 8, "Der Reifegrad muss im Reifegradmodell 2.0 zwischen 0 und 7 liegen (8 ist außerhalb).")]
    [InlineData(MaturityModel.Version20, int.MinValue, "Der Reifegrad muss im Reifegradmodell 2.0 zwischen 0 und 7 liegen (-2147483648 ist außerhalb).")]
    [InlineData(MaturityModel.Version20, null, null)]
    public void A_maturity_level_lies_within_its_model(MaturityModel model, int? level, string? problem) =>
        Assert.Equal(problem, ServiceRules.MaturityLevelProblem(model, level));

    [Theory]
    [InlineData(30_000, 2025, null)]
    [InlineData(null, 2025, null)]
    [InlineData(null, null, null)]
    [InlineData(0, null, "Bitte das Jahr angeben, für das die Fallzahl gilt.")]
    public void A_case_number_names_its_year(int? cases, int? year, string? problem) =>
        Assert.Equal(problem, ServiceRules.CaseYearMissingProblem(cases, year));

    [Theory]
    [InlineData(true, ApplicationConnection.FitConnect, false)]
    [InlineData(true, ApplicationConnection.Unknown, false)]
    [InlineData(false, ApplicationConnection.Unknown, false)]
    [InlineData(false, ApplicationConnection.EmailOrPdf, true)]
    [InlineData(false, ApplicationConnection.FitConnect, true)]
    public void Only_an_online_service_has_a_connection(bool online, ApplicationConnection connection, bool refused) =>
        Assert.Equal(refused, ServiceRules.ConnectionProblem(online, connection) is not null);

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, "Nur ein Produkt kann das Fachverfahren der Leistung sein (2 sind markiert).")]
    public void A_service_has_one_specialised_procedure_at_most(int marked, string? problem) =>
        Assert.Equal(problem, ServiceRules.SpecialisedProcedureProblem(marked));
}
