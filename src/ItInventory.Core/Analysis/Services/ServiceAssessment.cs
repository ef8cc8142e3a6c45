using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Services;

/// <summary>One city service judged: its status, its specialised procedure, the blockers and contradictions.</summary>
public sealed record ServiceAssessment(
    CityService Service,
    DigitalStatus Status,
    Product? Procedure,
    bool ProcedureHasDocumentedInterface,
    IReadOnlyList<ServiceBlocker> Blockers,
    IReadOnlyList<string> Contradictions)
{
    public int Cases => Service.AnnualCases ?? 0;
    public string Name => Service.OzgService?.Name ?? "";
    public string? LifeSituation => Service.OzgService?.LifeSituation;
    public ServiceBlocker? WorstBlocker => Blockers.Count == 0 ? null : Blockers.MinBy(b => b.Kind);
    public IEnumerable<Product> Products => Service.Products.Select(p => p.Product).OfType<Product>();
}
