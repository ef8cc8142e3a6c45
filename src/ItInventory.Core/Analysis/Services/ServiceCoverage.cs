using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Services;

/// <summary>How many of a group of services are end to end digital, online with a media break, or not online, by services and by cases.</summary>
public sealed record CoverageFigures(int Services, int EndToEnd, int OnlineWithMediaBreak, int OnlineNotYetEndToEnd, int NotOnline, long Cases, long EndToEndCases)
{
    /// <summary>Share of the group's cases that end-to-end services carry; null without cases.</summary>
    public decimal? EndToEndCaseShare => Cases == 0 ? null : (decimal)EndToEndCases / Cases;

    public static CoverageFigures Of(IReadOnlyCollection<ServiceAssessment> group) => new(
        group.Count,
        group.Count(a => a.Status == DigitalStatus.EndToEnd),
        group.Count(a => a.Status == DigitalStatus.OnlineWithMediaBreak),
        group.Count(a => a.Status == DigitalStatus.OnlineNotYetEndToEnd),
        group.Count(a => a.Status == DigitalStatus.NotOnline),
        group.Sum(a => (long)a.Cases),
        group.Where(a => a.Status == DigitalStatus.EndToEnd).Sum(a => (long)a.Cases));
}

/// <summary>A vendor the top services depend on, and how many of them reach its procedure only with a media break or through no documented interface.</summary>
public sealed record VendorDependency(Vendor Vendor, int Services, int ProblemServices, IReadOnlyList<ServiceAssessment> Problems);

/// <summary>The figures of one life situation (Lebenslage).</summary>
public sealed record LifeSituationCoverage(string LifeSituation, CoverageFigures Figures);

/// <summary>The coverage view of the top N services by case number.</summary>
public sealed record ServiceCoverageReport(
    IReadOnlyList<ServiceAssessment> Top,
    CoverageFigures Figures,
    long AllCases,
    IReadOnlyList<VendorDependency> Vendors,
    IReadOnlyList<LifeSituationCoverage> LifeSituations)
{
    /// <summary>Share of all the city's cases that the top N carry; null without cases.</summary>
    public decimal? TopCaseShare => AllCases == 0 ? null : (decimal)Figures.Cases / AllCases;
}

/// <summary>Ranks a city's services by case number and sums up how far the most demanded ones are digital.</summary>
public static class ServiceCoverage
{
    /// <summary>The choices of N the page and the API offer; null means all.</summary>
    public static readonly IReadOnlyList<int> TopChoices = [25, 50, 100];

    public const string WithoutLifeSituation = "ohne Lebenslage";

    /// <summary>Most cases first; services without a case number last, then by name.</summary>
    public static IReadOnlyList<CityService> Rank(IEnumerable<CityService> services) => services
        .OrderByDescending(s => s.AnnualCases ?? -1)
        .ThenBy(s => s.OzgService?.Name, StringComparer.Ordinal)
        .ThenBy(s => s.Id)
        .ToList();

    public static ServiceCoverageReport Of(IEnumerable<CityService> services, IReadOnlyList<DataInterface> interfaces, int? topN)
    {
        var ranked = Rank(services);
        var top = ranked.Take(topN ?? int.MaxValue).Select(s => ServiceAssessor.Assess(s, interfaces)).ToList();
        var lifeSituations = top
            .GroupBy(a => a.LifeSituation ?? WithoutLifeSituation)
            .Select(g => new LifeSituationCoverage(g.Key, CoverageFigures.Of(g.ToList())))
            .OrderByDescending(l => l.Figures.Cases).ThenBy(l => l.LifeSituation, StringComparer.Ordinal)
            .ToList();
        return new ServiceCoverageReport(top, CoverageFigures.Of(top), ranked.Sum(s => (long)(s.AnnualCases ?? 0)), Vendors(top), lifeSituations);
    }

    /// <summary>Per vendor of any product a top service needs; the problem count looks at the vendor's specialised procedures.</summary>
    private static List<VendorDependency> Vendors(IReadOnlyList<ServiceAssessment> top) => top
        .SelectMany(a => a.Products.Where(p => p.Vendor is not null).Select(p => (Vendor: p.Vendor!, Assessment: a)))
        .GroupBy(x => x.Vendor.Id)
        .Select(g =>
        {
            var assessments = g.Select(x => x.Assessment).Distinct().ToList();
            var problems = assessments.Where(a => a.Procedure?.VendorId == g.Key && IsVendorProblem(a)).ToList();
            return new VendorDependency(g.First().Vendor, assessments.Count, problems.Count, problems);
        })
        .OrderByDescending(v => v.ProblemServices).ThenByDescending(v => v.Services).ThenBy(v => v.Vendor.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>What a city brings to the vendor meeting: applications arrive with a media break, or the procedure has no documented interface.</summary>
    public static bool IsVendorProblem(ServiceAssessment assessment) =>
        assessment.Status == DigitalStatus.OnlineWithMediaBreak || (assessment.Procedure is not null && !assessment.ProcedureHasDocumentedInterface);
}
