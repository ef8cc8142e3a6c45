using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Compliance;

/// <summary>
/// Checks products against the standards their category requires, and classifies their interfaces.
/// A standard counts as implemented only with status Supported: a vendor's "standard product" or a plan is not an
/// implementation. Partial support is reported as a partial gap, one severity level lower than a full gap, because
/// the exchange works for some cases and fails for others, which the department must know.
/// Recommended standards are not checked; they are not obligations.
/// </summary>
public sealed class ComplianceChecker
{
    private readonly Dictionary<int, Standard> standards;

    /// <param name="standards">All standards, so that products and categories need no navigation properties filled.</param>
    public ComplianceChecker(IEnumerable<Standard> standards)
    {
        this.standards = standards.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Last());
    }

    public IReadOnlyList<ComplianceGap> Gaps(Product product, ProductCategory? category = null)
    {
        category ??= product.Category;
        if (category is null)
            return [];

        var gaps = new List<ComplianceGap>();
        foreach (var requirement in category.Requirements.Where(r => r.Level is RequirementLevel.Mandatory or RequirementLevel.Binding))
        {
            var status = BestStatus(product, requirement.StandardId);
            if (status == SupportStatus.Supported)
                continue;
            var standard = Resolve(requirement.StandardId, requirement.Standard);
            var code = standard?.Code ?? $"Standard #{requirement.StandardId}";
            var subject = SubjectRef.Product(product.Id, product.Name);
            gaps.Add(new ComplianceGap(subject, requirement.StandardId, code, standard?.Kind, requirement.Level,
                standard?.BindingStatus, standard?.LegalBasis, status, status == SupportStatus.Partial,
                Explain(product, category, requirement.Level, code, standard, status)));
        }
        return gaps;
    }

    public InterfaceProfile Profile(Product product)
    {
        var used = product.StandardSupport
            .Where(s => s.Status is SupportStatus.Supported or SupportStatus.Partial)
            .ToList();
        if (used.Any(s => s.Status == SupportStatus.Supported && Resolve(s.StandardId, s.Standard)?.Kind == StandardKind.ServiceApi))
            return InterfaceProfile.ServiceApi;
        return used.Count > 0 ? InterfaceProfile.MessageFormatsOnly : InterfaceProfile.ProprietaryOnly;
    }

    public InterfaceShares Shares(IEnumerable<Product> products)
    {
        var profiles = products.Select(Profile).ToList();
        return new InterfaceShares(profiles.Count,
            profiles.Count(p => p == InterfaceProfile.ServiceApi),
            profiles.Count(p => p == InterfaceProfile.MessageFormatsOnly),
            profiles.Count(p => p == InterfaceProfile.ProprietaryOnly));
    }

    /// <summary>Severity: a missing mandatory standard is critical, a missing binding one a warning; partial one level lower.</summary>
    public static Severity SeverityOf(ComplianceGap gap) => (gap.Level, gap.IsPartial) switch
    {
        (RequirementLevel.Mandatory, false) => Severity.Critical,
        (RequirementLevel.Mandatory, true) => Severity.Warning,
        (_, false) => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>Several entries for one standard (e.g. two versions) count with the best status; SupportStatus is declared best first.</summary>
    private static SupportStatus? BestStatus(Product product, int standardId)
    {
        var statuses = product.StandardSupport.Where(s => s.StandardId == standardId).Select(s => s.Status).ToList();
        return statuses.Count == 0 ? null : statuses.Min();
    }

    private Standard? Resolve(int id, Standard? navigation) => standards.GetValueOrDefault(id) ?? navigation;

    private static string Explain(Product product, ProductCategory category, RequirementLevel level, string code, Standard? standard, SupportStatus? status)
    {
        var support = status switch
        {
            SupportStatus.Partial => "nur teilweise",
            SupportStatus.Planned => "noch nicht (nur geplant)",
            SupportStatus.NotSupported => "nicht",
            _ => "laut Inventar nicht (keine Angabe)",
        };
        var details = new List<string>();
        if (standard is not null)
            details.Add(BindingLabel(standard.BindingStatus));
        if (!string.IsNullOrWhiteSpace(standard?.LegalBasis))
            details.Add($"Rechtsgrundlage: {standard.LegalBasis}");
        var detailText = details.Count > 0 ? $" ({string.Join(", ", details)})" : "";
        var levelText = level == RequirementLevel.Mandatory ? "verpflichtend" : "verbindlich";
        return $"{Quoted(product.Name)} unterstützt {code} {support}, obwohl der Standard für die Kategorie "
               + $"{Quoted(category.Name)} {levelText} ist{detailText}.";
    }

    public static string BindingLabel(BindingStatus status) => status switch
    {
        BindingStatus.MandatoryByLaw => "gesetzlich vorgeschrieben",
        BindingStatus.BindingByItPlr => "verbindlich durch Beschluss des IT-Planungsrats",
        BindingStatus.Recommended => "empfohlen",
        BindingStatus.Voluntary => "freiwillig",
        _ => "in Entwicklung",
    };
}
