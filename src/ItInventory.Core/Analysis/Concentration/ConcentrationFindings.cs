using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Concentration;

/// <summary>
/// Findings from concentration: categories whose spend is highly concentrated (only with at least two products,
/// since one product is trivially 100 % and already covered by lock-in indicator L4), and vendor dependencies.
/// </summary>
public static class ConcentrationFindings
{
    public static IEnumerable<Finding> From(ConcentrationReport report, AnalysisOptions options)
    {
        foreach (var category in report.Categories.Where(c => c.ProductCount >= 2 && c.Hhi > options.HighConcentrationHhi))
        {
            var largest = category.Largest!;
            yield return new Finding(FindingKind.VendorConcentration, Severity.Info, category.Subject,
                $"Konzentration in {category.Subject.Name}: HHI {Number(category.Hhi, 0)}",
                $"In der Kategorie {Quoted(category.Subject.Name)} entfallen {Percent(largest.Share)} der laufenden Kosten "
                + $"von {Euro(category.TotalSpend)} auf {Quoted(largest.VendorName)} "
                + $"(HHI {Number(category.Hhi, 0)} von 10.000, {category.ProductCount} Produkte).");
        }

        foreach (var dependency in report.VendorDependencies)
        {
            yield return new Finding(FindingKind.VendorDependency, Severity.Warning, dependency.Vendor,
                $"Abhängigkeit: {dependency.DepartmentCount} Ämter nutzen {dependency.Vendor.Name}",
                $"Von {Quoted(dependency.Vendor.Name)} hängen {dependency.DepartmentCount} Ämter ab "
                + $"({string.Join(", ", dependency.Departments.Select(d => d.Name))}), "
                + $"mit laufenden Kosten von {Euro(dependency.AnnualSpend)} im Jahr.");
        }
    }
}
