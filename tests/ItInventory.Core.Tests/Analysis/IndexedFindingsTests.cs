using ItInventory.Core.Analysis;

namespace ItInventory.Core.Tests.Analysis;

public class IndexedFindingsTests
{
    // In report order (most severe first); the title names the finding.
    private static readonly Finding[] Findings =
    [
        new(FindingKind.NoticeDeadline, Severity.Critical, SubjectRef.Contract(7, "Pflege"), "C7-deadline", ""),
        new(FindingKind.PriceIncrease, Severity.Critical, SubjectRef.Product(1, "Meldewesen"), "P1-price", ""),
        new(FindingKind.LockInHard, Severity.Critical, SubjectRef.Product(2, "Standesamt"), "P2-lockin", ""),
        new(FindingKind.ClauseBreach, Severity.Warning, SubjectRef.Contract(8, "Betrieb"), "C8-clause", ""),
        new(FindingKind.VendorDependency, Severity.Warning, SubjectRef.Vendor(1, "Kommunalsoft"), "V1-dependency", ""),
        new(FindingKind.VendorConcentration, Severity.Warning, SubjectRef.Category(4, "Fachverfahren"), "K4-concentration", ""),
        new(FindingKind.PriceIncrease, Severity.Info, SubjectRef.Product(1, "Meldewesen"), "P1-price-2023", ""),
        new(FindingKind.ComplianceGap, Severity.Info, SubjectRef.Product(2, "Standesamt"), "P2-gap", ""),
        new(FindingKind.VendorDependency, Severity.Info, SubjectRef.Department(33, "Bürgeramt"), "D33-dependency", ""),
    ];

    // Contract 7 covers products 1 and 2, contract 8 only product 1 (listed twice: links may repeat).
    private static readonly (int, int)[] ContractProducts = [(7, 1), (7, 2), (8, 1), (8, 1)];

    private static IndexedFindings Index()
    {
        var empty = new FindingsEngine().Run(new InventorySnapshot(), new DateOnly(2026, 1, 1));
        return IndexedFindings.From(empty with { Findings = Findings }, ContractProducts);
    }

    public static TheoryData<SubjectKind, int, string[]> BySubject => new()
    {
        { SubjectKind.Product, 1, ["P1-price", "P1-price-2023"] },
        { SubjectKind.Product, 2, ["P2-lockin", "P2-gap"] },
        { SubjectKind.Product, 3, [] },
        { SubjectKind.Contract, 7, ["C7-deadline"] },
        { SubjectKind.Contract, 8, ["C8-clause"] },
        { SubjectKind.Vendor, 1, ["V1-dependency"] },
        { SubjectKind.Vendor, 7, [] },
        { SubjectKind.Category, 4, ["K4-concentration"] },
        { SubjectKind.Department, 33, ["D33-dependency"] },
        // Same id, other kind: product 1 is not department 1.
        { SubjectKind.Department, 1, [] },
    };

    [Theory]
    [MemberData(nameof(BySubject))]
    public void Findings_of_one_subject_in_report_order(SubjectKind kind, int id, string[] expected) =>
        Assert.Equal(expected, Index().Of(kind, id).Select(f => f.Title));

    public static TheoryData<int, string[], int[]> ByProductWithContracts => new()
    {
        // Own findings and both contracts', interleaved by the report's order.
        { 1, ["C7-deadline", "P1-price", "C8-clause", "P1-price-2023"], [7, 8] },
        { 2, ["C7-deadline", "P2-lockin", "P2-gap"], [7] },
        // No findings and no contracts.
        { 3, [], [] },
    };

    [Theory]
    [MemberData(nameof(ByProductWithContracts))]
    public void A_products_page_gets_its_findings_and_its_contracts(int productId, string[] expected, int[] contracts)
    {
        var index = Index();
        Assert.Equal(expected, index.OfProductWithContracts(productId).Select(f => f.Title));
        Assert.Equal(contracts, index.ContractsOf(productId));
    }

    public static TheoryData<SubjectKind, FindingKind, int[]> ByFindingKind => new()
    {
        { SubjectKind.Product, FindingKind.PriceIncrease, [1] },
        { SubjectKind.Product, FindingKind.ComplianceGap, [2] },
        { SubjectKind.Product, FindingKind.NoticeDeadline, [] },
        { SubjectKind.Contract, FindingKind.NoticeDeadline, [7] },
        { SubjectKind.Vendor, FindingKind.VendorDependency, [1] },
    };

    [Theory]
    [MemberData(nameof(ByFindingKind))]
    public void Subjects_with_a_kind_of_finding(SubjectKind subject, FindingKind kind, int[] expected) =>
        Assert.Equal(expected, Index().SubjectsWith(subject, kind));

    [Fact]
    public void The_index_keeps_the_whole_report() =>
        Assert.Equal(Findings.Select(f => f.Title), Index().Report.Findings.Select(f => f.Title));
}
