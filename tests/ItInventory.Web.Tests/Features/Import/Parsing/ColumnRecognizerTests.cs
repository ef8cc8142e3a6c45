using ItInventory.Core.Domain;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Tests.Features.Import.Parsing;

public class ColumnRecognizerTests
{
    private const int CurrentYear = 2026;

    [Theory]
    [InlineData("Fachverfahren", ImportField.ProductName)]
    [InlineData("Produkt", ImportField.ProductName)]
    [InlineData("Software", ImportField.ProductName)]
    [InlineData("Name des Fachverfahrens", ImportField.ProductName)]
    [InlineData("Hersteller", ImportField.Vendor)]
    [InlineData("Anbieter", ImportField.Vendor)]
    [InlineData("Lieferant", ImportField.Vendor)]
    [InlineData("Hersteller / Anbieter", ImportField.Vendor)]
    [InlineData("Amt", ImportField.Department)]
    [InlineData("Fachbereich", ImportField.Department)]
    [InlineData("Organisationseinheit", ImportField.Department)]
    [InlineData("Zuständiges Amt", ImportField.Department)]
    [InlineData("Kategorie", ImportField.Category)]
    [InlineData("Lizenzen", ImportField.Licences)]
    [InlineData("Anzahl Lizenzen", ImportField.Licences)]
    [InlineData("Nutzer", ImportField.Users)]
    [InlineData("Vertragsende", ImportField.ContractEnd)]
    [InlineData("Kündigungsfrist", ImportField.NoticePeriod)]
    [InlineData("KUENDIGUNGS-FRIST", ImportField.NoticePeriod)]
    [InlineData("Inventarnummer", ImportField.InventoryNumber)]
    [InlineData("Inv.-Nr.", ImportField.InventoryNumber)]
    [InlineData("Lebenszyklus", ImportField.Lifecycle)]
    [InlineData("Betrieb", ImportField.Operator)]
    [InlineData("Beschreibung", ImportField.Description)]
    [InlineData("Bemerkung", ImportField.Notes)]
    [InlineData("Ansprechpartner", ImportField.Ignore)]
    [InlineData("Gesamtkosten", ImportField.Ignore)]
    [InlineData("", ImportField.Ignore)]
    public void Recognises_the_usual_german_headers(string header, ImportField expected)
    {
        Assert.Equal(expected, ColumnRecognizer.Recognize(header, CurrentYear).Field);
    }

    [Theory]
    [InlineData("Pflegekosten 2024", 2024, CostType.Maintenance, CostKind.Actual)]
    [InlineData("Wartung 2026", 2026, CostType.Maintenance, CostKind.Plan)]
    [InlineData("Kosten 2023", 2023, CostType.Other, CostKind.Actual)]
    [InlineData("Kosten 2027", 2027, CostType.Other, CostKind.Plan)]
    [InlineData("Lizenzkosten 2025", 2025, CostType.LicencePurchase, CostKind.Actual)]
    [InlineData("Hosting 2026", 2026, CostType.Hosting, CostKind.Plan)]
    [InlineData("RZ-Leistungen 2025", 2025, CostType.Hosting, CostKind.Actual)]
    [InlineData("RZ 2025", 2025, CostType.Hosting, CostKind.Actual)]
    [InlineData("Plan 2025 Pflege", 2025, CostType.Maintenance, CostKind.Plan)]
    [InlineData("Ist 2026", 2026, CostType.Other, CostKind.Actual)]
    [InlineData("2024", 2024, CostType.Other, CostKind.Actual)]
    public void A_year_in_the_header_makes_a_cost_column(string header, int year, CostType type, CostKind kind)
    {
        Assert.Equal(new RecognizedColumn(ImportField.Cost, year, type, kind), ColumnRecognizer.Recognize(header, CurrentYear));
    }

    [Theory]
    [InlineData("Vertragsende 2024", ImportField.ContractEnd)]
    [InlineData("Anzahl Nutzer 2024", ImportField.Users)]
    public void Headers_about_something_else_keep_their_meaning_despite_a_year(string header, ImportField expected)
    {
        Assert.Equal(expected, ColumnRecognizer.Recognize(header, CurrentYear).Field);
    }

    [Theory]
    [InlineData("Produkt", ImportField.ProductName)]
    [InlineData("Anbieter", ImportField.Vendor)]
    [InlineData("Amt", ImportField.Department)]
    [InlineData("Kategorie", ImportField.Category)]
    [InlineData("Inventarnummer", ImportField.InventoryNumber)]
    [InlineData("Lebenszyklus", ImportField.Lifecycle)]
    [InlineData("Lizenzen", ImportField.Licences)]
    [InlineData("Nutzer", ImportField.Users)]
    [InlineData("Kosten 2026", ImportField.Cost)]
    public void The_inventar_report_headers_are_recognised_for_the_round_trip(string header, ImportField expected)
    {
        Assert.Equal(expected, ColumnRecognizer.Recognize(header, CurrentYear).Field);
    }
}
