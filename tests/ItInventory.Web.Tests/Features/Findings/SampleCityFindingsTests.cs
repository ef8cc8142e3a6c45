using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>The stories told by the sample city's data come out of the analysis as findings.</summary>
public class SampleCityFindingsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private IReadOnlyList<FindingRow> _rows = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        var user = FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung);
        var analysis = TestServices.Analysis(_db, user);
        _rows = await new FindingsService(analysis, _db.Factory, user).ListAsync(new FindingFilter());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private IEnumerable<Finding> About(string subjectName) =>
        _rows.Select(r => r.Finding).Where(f => f.Subject.Name.Contains(subjectName, StringComparison.Ordinal));

    [Theory]
    [InlineData("Standesbuch", 2024, "13,0 %")]
    [InlineData("Standesbuch", 2025, "18,0 %")]
    [InlineData("Terminfix", 2025, "50,0 %")]
    public void The_big_price_steps_are_flagged_above_the_index(string product, int year, string expectedChange)
    {
        var finding = Assert.Single(About(product), f => f.Kind == FindingKind.PriceIncrease && f.Year == year && f.Explanation.Contains(expectedChange));

        Assert.True(finding.ImpactEuro > 0);
        Assert.Contains("VPI", finding.Explanation);
    }

    [Fact]
    public void The_data_centre_tariff_harmonisation_is_flagged_for_its_hosted_products()
    {
        var hosting = _rows.Select(r => r.Finding)
            .Where(f => f.Kind == FindingKind.PriceIncrease && f.Year == 2024 && f.Explanation.Contains("10,0 %"))
            .ToList();

        Assert.True(hosting.Count >= 3, $"Nur {hosting.Count} Befunde zur RZ-Tarifangleichung gefunden.");
    }

    [Fact]
    public void Buying_more_licences_is_not_called_a_price_increase()
    {
        Assert.DoesNotContain(About("Aktenwerk"), f => f.Kind == FindingKind.PriceIncrease && f.Year == 2024 && f.Explanation.Contains("30,0 %"));
    }

    [Fact]
    public void The_monopolists_unilateral_clause_and_the_clause_breaches_are_findings()
    {
        Assert.Contains(_rows, r => r.Finding.Kind == FindingKind.UnilateralClause && r.Finding.Subject.Name.Contains("Standesbuch"));
        Assert.Contains(About("KassePro"), f => f.Kind == FindingKind.ClauseBreach && f.Year == 2025);
        Assert.Contains(About("Jugendhilfe Digital"), f => f.Kind == FindingKind.ClauseBreach && f.Year == 2023);
    }

    [Theory]
    [InlineData("Gewerbe-Manager", "XGEWERBEANZEIGE", "GewAnzV", Severity.Critical)]
    [InlineData("BauAkte Baugenehmigung", "XBAU", "2017/37", Severity.Warning)]
    public void Missing_mandatory_and_binding_standards_are_compliance_gaps_with_their_legal_basis(string product, string standard, string legalBasis, Severity severity)
    {
        var gap = Assert.Single(_rows.Select(r => r.Finding), f => f.Kind == FindingKind.ComplianceGap && f.Subject.Name == product);

        Assert.Contains(standard, gap.Explanation);
        Assert.Contains(legalBasis, gap.Explanation);
        Assert.Equal(severity, gap.Severity);
    }

    [Fact]
    public void Hard_lock_in_and_near_notice_deadlines_are_found()
    {
        Assert.Contains(_rows, r => r.Finding.Kind == FindingKind.LockInHard);
        Assert.Contains(_rows, r => r.Finding.Kind == FindingKind.NoticeDeadline && r.Link.StartsWith("/vertraege/"));
    }

    [Fact]
    public async Task Filters_by_department_and_vendor_keep_only_matching_findings()
    {
        var user = FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung);
        var analysis = TestServices.Analysis(_db, user);
        var service = new FindingsService(analysis, _db.Factory, user);
        var anyProductFinding = _rows.First(r => r.Finding.Subject.Kind == SubjectKind.Product && r.VendorId is not null);

        var byVendor = await service.ListAsync(new FindingFilter { VendorId = anyProductFinding.VendorId });
        var byDepartment = await service.ListAsync(new FindingFilter { DepartmentId = anyProductFinding.DepartmentIds[0], Sort = FindingSort.Impact });

        Assert.NotEmpty(byVendor);
        Assert.All(byVendor, r => Assert.Equal(anyProductFinding.VendorId, r.VendorId));
        Assert.All(byDepartment, r => Assert.Contains(anyProductFinding.DepartmentIds[0], r.DepartmentIds));
        Assert.Equal(byDepartment.OrderByDescending(r => r.Finding.ImpactEuro ?? 0m).Select(r => r.Finding.ImpactEuro ?? 0m), byDepartment.Select(r => r.Finding.ImpactEuro ?? 0m));
    }
}
