using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Compliance;

public class ComplianceCheckerTests
{
    private static readonly Standard XMeld = new()
    {
        Id = 1, Code = "XMeld", Kind = StandardKind.MessageFormat, BindingStatus = BindingStatus.MandatoryByLaw, LegalBasis = "BMeldDÜV",
    };
    private static readonly Standard Xta = new() { Id = 2, Code = "XTA 2", Kind = StandardKind.Transport, BindingStatus = BindingStatus.Recommended };
    private static readonly Standard XBau = new()
    {
        Id = 3, Code = "XBau", Kind = StandardKind.MessageFormat, BindingStatus = BindingStatus.BindingByItPlr, LegalBasis = "IT-Planungsrat 2017/37",
    };
    private static readonly Standard FitConnect = new() { Id = 4, Code = "FIT-Connect", Kind = StandardKind.ServiceApi, BindingStatus = BindingStatus.Recommended };

    private static readonly ComplianceChecker Checker = new([XMeld, Xta, XBau, FitConnect]);

    private static readonly ProductCategory Category = new()
    {
        Id = 5,
        Name = "Einwohnermeldewesen",
        Requirements =
        [
            new CategoryStandard { StandardId = 1, Level = RequirementLevel.Mandatory },
            new CategoryStandard { StandardId = 3, Level = RequirementLevel.Binding },
            new CategoryStandard { StandardId = 2, Level = RequirementLevel.Recommended },
        ],
    };

    private static Product ProductWith(params (int StandardId, SupportStatus Status)[] support) => new()
    {
        Id = 9,
        Name = "Meldewesen Pro",
        StandardSupport = support.Select(s => new ProductStandardSupport { StandardId = s.StandardId, Status = s.Status }).ToList(),
    };

    [Theory]
    // Everything supported: no gap; the recommended XTA 2 is never a gap.
    [InlineData(SupportStatus.Supported, SupportStatus.Supported, "")]
    // Not supported / planned / no entry are full gaps, partial is a partial gap.
    [InlineData(SupportStatus.NotSupported, SupportStatus.Supported, "XMeld:Critical")]
    [InlineData(SupportStatus.Planned, SupportStatus.Supported, "XMeld:Critical")]
    [InlineData(null, SupportStatus.Supported, "XMeld:Critical")]
    [InlineData(SupportStatus.Partial, SupportStatus.Supported, "XMeld:Warning")]
    // Binding (IT-Planungsrat) is one level below mandatory.
    [InlineData(SupportStatus.Supported, SupportStatus.NotSupported, "XBau:Warning")]
    [InlineData(SupportStatus.Supported, SupportStatus.Partial, "XBau:Info")]
    [InlineData(SupportStatus.Partial, null, "XMeld:Warning,XBau:Warning")]
    public void Gaps_are_mandatory_and_binding_standards_not_fully_supported(SupportStatus? xmeld, SupportStatus? xbau, string expected)
    {
        var support = new List<(int, SupportStatus)>();
        if (xmeld is { } m) support.Add((1, m));
        if (xbau is { } b) support.Add((3, b));

        var gaps = Checker.Gaps(ProductWith([.. support]), Category);

        Assert.Equal(expected, string.Join(",", gaps.Select(g => $"{g.StandardCode}:{ComplianceChecker.SeverityOf(g)}")));
    }

    [Fact]
    public void The_best_of_several_entries_for_a_standard_counts()
    {
        Assert.Empty(Checker.Gaps(ProductWith((1, SupportStatus.NotSupported), (1, SupportStatus.Supported), (3, SupportStatus.Supported)), Category));
    }

    [Theory]
    [InlineData(SupportStatus.NotSupported,
        "„Meldewesen Pro“ unterstützt XMeld nicht, obwohl der Standard für die Kategorie „Einwohnermeldewesen“ verpflichtend ist (gesetzlich vorgeschrieben, Rechtsgrundlage: BMeldDÜV).")]
    [InlineData(SupportStatus.Planned,
        "„Meldewesen Pro“ unterstützt XMeld noch nicht (nur geplant), obwohl der Standard für die Kategorie „Einwohnermeldewesen“ verpflichtend ist (gesetzlich vorgeschrieben, Rechtsgrundlage: BMeldDÜV).")]
    [InlineData(SupportStatus.Partial,
        "„Meldewesen Pro“ unterstützt XMeld nur teilweise, obwohl der Standard für die Kategorie „Einwohnermeldewesen“ verpflichtend ist (gesetzlich vorgeschrieben, Rechtsgrundlage: BMeldDÜV).")]
    [InlineData(null,
        "„Meldewesen Pro“ unterstützt XMeld laut Inventar nicht (keine Angabe), obwohl der Standard für die Kategorie „Einwohnermeldewesen“ verpflichtend ist (gesetzlich vorgeschrieben, Rechtsgrundlage: BMeldDÜV).")]
    public void Each_gap_explains_itself_with_binding_status_and_legal_basis(SupportStatus? status, string expected)
    {
        var product = status is { } s ? ProductWith((1, s), (3, SupportStatus.Supported)) : ProductWith((3, SupportStatus.Supported));

        var gap = Assert.Single(Checker.Gaps(product, Category));

        Assert.Equal((expected, BindingStatus.MandatoryByLaw, "BMeldDÜV"), (gap.Explanation, gap.BindingStatus!.Value, gap.LegalBasis));
        Assert.Equal(gap.Explanation, Assert.Single(ComplianceFindings.From([gap])).Explanation);
    }

    [Theory]
    [InlineData("4:Supported", InterfaceProfile.ServiceApi)]
    [InlineData("4:Supported,1:Supported", InterfaceProfile.ServiceApi)]
    // A service API that is only partial or planned is not a real service API.
    [InlineData("4:Partial,1:Supported", InterfaceProfile.MessageFormatsOnly)]
    [InlineData("1:Supported,2:Supported", InterfaceProfile.MessageFormatsOnly)]
    [InlineData("1:Partial", InterfaceProfile.MessageFormatsOnly)]
    [InlineData("1:Planned,4:NotSupported", InterfaceProfile.ProprietaryOnly)]
    [InlineData("", InterfaceProfile.ProprietaryOnly)]
    public void Interface_profile_separates_service_APIs_from_message_formats_and_proprietary(string support, InterfaceProfile expected)
    {
        var entries = support.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split(':'))
            .Select(p => (int.Parse(p[0]), Enum.Parse<SupportStatus>(p[1])))
            .ToArray();

        Assert.Equal(expected, Checker.Profile(ProductWith(entries)));
    }

    [Fact]
    public void Shares_count_each_profile_over_the_inventory()
    {
        var shares = Checker.Shares([
            ProductWith((4, SupportStatus.Supported)),
            ProductWith((1, SupportStatus.Supported)),
            ProductWith((1, SupportStatus.Supported)),
            ProductWith(),
        ]);

        Assert.Equal((4, 1, 2, 1, 0.25m), (shares.ProductCount, shares.ServiceApi, shares.MessageFormatsOnly, shares.ProprietaryOnly, shares.ServiceApiShare));
        Assert.Equal("Von 4 Produkten bieten 1 (25,0 %) eine echte Service-API, 2 (50,0 %) nur Austauschformate und 1 (25,0 %) nur proprietäre Schnittstellen.",
            shares.Describe());
    }

    [Fact]
    public void Navigation_properties_are_used_when_the_checker_does_not_know_a_standard()
    {
        var checker = new ComplianceChecker([]);
        var product = ProductWith();
        product.StandardSupport.Add(new ProductStandardSupport { StandardId = 4, Standard = FitConnect, Status = SupportStatus.Supported });
        var category = new ProductCategory { Name = "Wohngeld", Requirements = [new CategoryStandard { StandardId = 3, Standard = XBau, Level = RequirementLevel.Binding }] };

        Assert.Equal(InterfaceProfile.ServiceApi, checker.Profile(product));
        Assert.Equal("XBau", Assert.Single(checker.Gaps(product, category)).StandardCode);
    }
}
