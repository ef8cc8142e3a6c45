using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Services;

/// <summary>
/// Findings about the city's services, filed under the product they concern (the specialised procedure, else the
/// first product named): most demanded services that are not online or whose procedure has no documented interface,
/// media breaks the procedure or a standard could avoid, and procedures phased out without a successor.
/// </summary>
public static class ServiceFindings
{
    /// <summary>"Most demanded": the top 25 by case number, the first of the choices the field asks for.</summary>
    public const int TopN = 25;

    public static IEnumerable<Finding> From(InventorySnapshot snapshot)
    {
        var ranked = ServiceCoverage.Rank(snapshot.CityServices);
        var vendors = snapshot.Vendors.ToDictionary(v => v.Id);
        for (var i = 0; i < ranked.Count; i++)
        {
            var assessment = ServiceAssessor.Assess(ranked[i], snapshot.Interfaces);
            var subjectProduct = assessment.Procedure ?? assessment.Products.FirstOrDefault();
            if (subjectProduct is null)
                continue;
            var subject = SubjectRef.Product(subjectProduct.Id, subjectProduct.Name);
            var name = Quoted(assessment.Name);
            var demand = assessment.Service.AnnualCases is { } cases ? $"{cases.ToString("N0", German)} Fälle im Jahr, Rang {i + 1}" : "ohne Fallzahl";
            var isTop = i < TopN && assessment.Service.AnnualCases is not null;

            if (isTop && assessment.Status == DigitalStatus.NotOnline)
                yield return new Finding(FindingKind.ServiceNotOnline, Severity.Warning, subject,
                    $"Meistgefragte Leistung nicht online: {assessment.Name}",
                    $"Die Leistung {name} ({demand}) gehört zu den {TopN} meistgefragten der Stadt, hat aber keinen Online-Dienst.");

            if (assessment.Procedure is { } procedure)
            {
                var vendor = vendors.GetValueOrDefault(procedure.VendorId)?.Name ?? procedure.Vendor?.Name;
                if (isTop && !assessment.ProcedureHasDocumentedInterface)
                    yield return new Finding(FindingKind.ServiceProcedureWithoutInterface, Severity.Warning, subject,
                        $"Fachverfahren ohne Schnittstelle: {assessment.Name}",
                        $"Das Fachverfahren {Quoted(procedure.Name)}{(vendor is null ? "" : $" von {Quoted(vendor)}")} der Leistung {name} ({demand}) "
                        + "hat keine dokumentierte Schnittstelle: Online-Anträge erreichen es nur mit Medienbruch, und ein Wechsel hängt am Anbieter.");

                if (MediaBreakAvoidable(assessment) is { } electronicWay)
                    yield return new Finding(FindingKind.ServiceMediaBreak, Severity.Warning, subject,
                        $"Medienbruch: {assessment.Name}",
                        $"Online-Anträge der Leistung {name} ({demand}) erreichen das Fachverfahren {Quoted(procedure.Name)} nur mit Medienbruch, "
                        + $"obwohl {electronicWay} sie elektronisch annehmen könnte.");

                if (procedure.Lifecycle == LifecycleStatus.PhaseOut && !HasSuccessor(procedure, snapshot.Products))
                    yield return new Finding(FindingKind.ServiceProcedurePhaseOut, Severity.Warning, subject,
                        $"Fachverfahren wird ohne Nachfolger abgelöst: {assessment.Name}",
                        $"Das Fachverfahren {Quoted(procedure.Name)} der Leistung {name} ({demand}) wird abgelöst, "
                        + "und in seiner Kategorie ist kein Nachfolger geplant oder in Einführung.");
            }
        }
    }

    /// <summary>What could take the applications electronically: the procedure's own interfaces, or FIT-Connect at the online service.</summary>
    private static string? MediaBreakAvoidable(ServiceAssessment assessment)
    {
        if (assessment.Status != DigitalStatus.OnlineWithMediaBreak)
            return null;
        var procedure = assessment.Procedure!;
        var standards = procedure.StandardSupport
            .Where(s => s.Status is SupportStatus.Supported or SupportStatus.Partial)
            .Select(s => s.Standard).OfType<Standard>()
            .Where(s => s.Kind is StandardKind.ServiceApi or StandardKind.MessageFormat)
            .Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        if (standards.Count > 0)
            return $"das Fachverfahren über {string.Join(", ", standards)}";
        if (assessment.ProcedureHasDocumentedInterface)
            return "das Fachverfahren über seine dokumentierte Schnittstelle";
        var fitConnect = assessment.Products.Any(p => p != procedure && p.StandardSupport.Any(s =>
            s.Status == SupportStatus.Supported && s.Standard?.Code == ServiceAssessor.FitConnectCode));
        return fitConnect ? "der Online-Dienst über FIT-Connect" : null;
    }

    private static bool HasSuccessor(Product procedure, IReadOnlyList<Product> products) => products.Any(p =>
        p.Id != procedure.Id && p.CategoryId == procedure.CategoryId && p.Lifecycle is LifecycleStatus.Planned or LifecycleStatus.Introduction);
}
