using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Services;

/// <summary>The service findings, through the one shared analysis.</summary>
public class ServiceFindingsTests
{
    private static readonly FindingKind[] ServiceKinds =
        [FindingKind.ServiceNotOnline, FindingKind.ServiceMediaBreak, FindingKind.ServiceProcedureWithoutInterface, FindingKind.ServiceProcedurePhaseOut];

    private static List<Finding> Findings(IReadOnlyList<CityService> services, IReadOnlyList<Product>? products = null) =>
        [.. new FindingsEngine().Findings(new InventorySnapshot
        {
            Products = products ?? [SmallCity.Registry, SmallCity.Portal, SmallCity.TradeOffice, SmallCity.HousingBenefit],
            Vendors = [SmallCity.Meldewerk, SmallCity.PortalHaus, SmallCity.Gewerbesoft],
            Standards = [SmallCity.XMeld, SmallCity.FitConnect],
            CityServices = services,
            Interfaces = SmallCity.Interfaces,
        }, new DateOnly(2026, 11, 28)).Where(f => ServiceKinds.Contains(f.Kind))];

    [Fact]
    public void The_small_city_gets_one_finding_per_cause_filed_under_the_procedure()
    {
        var findings = Findings(SmallCity.Services());

        Assert.Equal(
            [
                (FindingKind.ServiceMediaBreak, "GewerbeAmt 5", "Online-Anträge der Leistung „Gewerbeanmeldung“ (5.000 Fälle im Jahr, Rang 2) erreichen das Fachverfahren „GewerbeAmt 5“ nur mit Medienbruch, obwohl der Online-Dienst über FIT-Connect sie elektronisch annehmen könnte."),
                (FindingKind.ServiceProcedureWithoutInterface, "GewerbeAmt 5", "Das Fachverfahren „GewerbeAmt 5“ von „Gewerbesoft KG“ der Leistung „Bewohnerparkausweis“ (1.000 Fälle im Jahr, Rang 5) hat keine dokumentierte Schnittstelle: Online-Anträge erreichen es nur mit Medienbruch, und ein Wechsel hängt am Anbieter."),
                (FindingKind.ServiceProcedureWithoutInterface, "GewerbeAmt 5", "Das Fachverfahren „GewerbeAmt 5“ von „Gewerbesoft KG“ der Leistung „Gewerbeanmeldung“ (5.000 Fälle im Jahr, Rang 2) hat keine dokumentierte Schnittstelle: Online-Anträge erreichen es nur mit Medienbruch, und ein Wechsel hängt am Anbieter."),
            ],
            findings.Select(f => (f.Kind, f.Subject.Name, f.Explanation)).OrderBy(f => f.Kind).ThenBy(f => f.Explanation, StringComparer.Ordinal));
    }

    [Fact]
    public void A_service_outside_the_top_25_or_without_products_raises_no_top_finding()
    {
        var services = SmallCity.Services();
        var dogTax = services.Single(s => s.Id == 4);
        dogTax.Products.Add(new CityServiceProduct { Product = SmallCity.Registry, ProductId = SmallCity.Registry.Id });
        var filler = Enumerable.Range(100, 25).Select(id => new CityService
        {
            Id = id, AnnualCases = 10_000 + id, OnlineServiceName = "Portal", MaturityLevel = 7,
            OzgService = new OzgService { Id = id, Name = $"Leistung {id}" },
        });

        Assert.Contains(Findings(services), f => f.Kind == FindingKind.ServiceNotOnline && f.Title == "Meistgefragte Leistung nicht online: Hundesteuer");
        Assert.DoesNotContain(Findings([.. services, .. filler]), f => f.Kind is FindingKind.ServiceNotOnline or FindingKind.ServiceProcedureWithoutInterface);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(LifecycleStatus.Planned, false)]
    [InlineData(LifecycleStatus.Introduction, false)]
    [InlineData(LifecycleStatus.Active, true)]
    public void A_procedure_phased_out_without_a_planned_successor_is_a_finding(LifecycleStatus? other, bool expected)
    {
        var old = new Product { Id = 10, Name = "WiJu Classic", CategoryId = 7, Lifecycle = LifecycleStatus.PhaseOut, HasDocumentedApi = true };
        var products = new List<Product> { old };
        if (other is { } lifecycle)
            products.Add(new Product { Id = 11, Name = "Jugendhilfe neu", CategoryId = 7, Lifecycle = lifecycle });
        var service = new CityService
        {
            Id = 1, AnnualCases = 1_500, OzgService = new OzgService { Name = "Hilfen zur Erziehung" },
            Products = [new CityServiceProduct { Product = old, ProductId = old.Id, IsSpecialisedProcedure = true }],
        };

        Assert.Equal(expected, Findings([service], products).Any(f => f.Kind == FindingKind.ServiceProcedurePhaseOut && f.Subject.Id == 10));
    }
}
