namespace ItInventory.Core.Analysis.Concentration;

/// <summary>
/// Measures how the city's running spend is concentrated on vendors: the largest vendor's share and the
/// Herfindahl–Hirschman index per category and per department, and vendors many departments depend on.
/// </summary>
public sealed class ConcentrationAnalyzer(AnalysisOptions options)
{
    public ConcentrationAnalyzer() : this(new AnalysisOptions()) { }

    public ConcentrationReport Analyze(IEnumerable<SpendRecord> records)
    {
        var all = records.ToList();
        // Products without a known cost cannot carry a share of spend, but their users still depend on the vendor.
        var costed = all.Where(r => r.AnnualCost > 0m).ToList();

        var categories = costed
            .GroupBy(r => (r.CategoryId, r.CategoryName))
            .Select(g => Concentration(SubjectRef.Category(g.Key.CategoryId, g.Key.CategoryName),
                g.Select(r => (r.VendorId, r.VendorName, r.AnnualCost)), g.Count()))
            .OrderByDescending(c => c.Hhi).ThenBy(c => c.Subject.Name, StringComparer.Ordinal)
            .ToList();

        var departments = costed
            .SelectMany(r => SplitByDepartment(r).Select(d => (Record: r, d.Department, d.Spend)))
            .GroupBy(x => (x.Department.DepartmentId, x.Department.DepartmentName))
            .Select(g => Concentration(SubjectRef.Department(g.Key.DepartmentId, g.Key.DepartmentName),
                g.Select(x => (x.Record.VendorId, x.Record.VendorName, x.Spend)), g.Select(x => x.Record.ProductId).Distinct().Count()))
            .OrderByDescending(c => c.Hhi).ThenBy(c => c.Subject.Name, StringComparer.Ordinal)
            .ToList();

        var dependencies = all
            .GroupBy(r => (r.VendorId, r.VendorName))
            .Select(g => new VendorDependency(
                SubjectRef.Vendor(g.Key.VendorId, g.Key.VendorName),
                g.SelectMany(r => r.Departments)
                    .DistinctBy(d => d.DepartmentId)
                    .OrderBy(d => d.DepartmentName, StringComparer.Ordinal)
                    .Select(d => SubjectRef.Department(d.DepartmentId, d.DepartmentName))
                    .ToList(),
                g.Where(r => r.AnnualCost > 0m).Sum(r => r.AnnualCost)))
            .Where(d => d.DepartmentCount >= options.DependentDepartmentsThreshold)
            .OrderByDescending(d => d.DepartmentCount).ThenBy(d => d.Vendor.Name, StringComparer.Ordinal)
            .ToList();

        return new ConcentrationReport(categories, departments, dependencies);
    }

    private static SpendConcentration Concentration(SubjectRef subject, IEnumerable<(int VendorId, string VendorName, decimal Spend)> spend, int productCount)
    {
        var byVendor = spend
            .GroupBy(s => (s.VendorId, s.VendorName))
            .Select(g => (g.Key.VendorId, g.Key.VendorName, Spend: g.Sum(s => s.Spend)))
            .ToList();
        var total = byVendor.Sum(v => v.Spend);
        var shares = byVendor
            .Select(v => new VendorShare(v.VendorId, v.VendorName, v.Spend, v.Spend / total))
            .OrderByDescending(v => v.Spend).ThenBy(v => v.VendorName, StringComparer.Ordinal)
            .ToList();
        var hhi = shares.Sum(v => v.Share * 100m * (v.Share * 100m));
        return new SpendConcentration(subject, total, productCount, shares, Math.Round(hhi, 1, MidpointRounding.AwayFromZero));
    }

    private static IEnumerable<(DepartmentShare Department, decimal Spend)> SplitByDepartment(SpendRecord record)
    {
        if (record.Departments.Count == 0)
            yield break;
        var sum = record.Departments.Sum(d => Math.Max(0m, d.CostSharePercent));
        foreach (var department in record.Departments)
        {
            var weight = sum > 0m ? Math.Max(0m, department.CostSharePercent) / sum : 1m / record.Departments.Count;
            if (weight > 0m)
                yield return (department, record.AnnualCost * weight);
        }
    }
}
