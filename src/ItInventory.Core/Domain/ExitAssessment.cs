using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>
/// A product's exit assessment ("Ausstiegsbewertung"): the alternative, the facts only a person can state, and the
/// switching-cost figures someone corrected; kept with its date and author. Everything else is derived.
/// </summary>
public class ExitAssessment : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public int ProductId { get; set; }
    public Product? Product { get; set; }

    public DateOnly AssessedOn { get; set; }
    public string Author { get; set; } = "";

    /// <summary>The named successor product; null means "Marktrecherche nötig".</summary>
    public string? AlternativeName { get; set; }
    /// <summary>The successor's expected running cost per year.</summary>
    public decimal? AlternativeAnnualCost { get; set; }

    /// <summary>When a full export was last tested; null when never or not known.</summary>
    public DateOnly? ExportTestedOn { get; set; }

    public string? Notes { get; set; }

    public List<ExitCostItem> CostItems { get; set; } = [];
}

/// <summary>A switching-cost item whose figure was set by hand instead of the default.</summary>
public class ExitCostItem : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }

    public int ExitAssessmentId { get; set; }
    public ExitAssessment? ExitAssessment { get; set; }

    /// <summary>Which item: see <c>SwitchingCostKeys</c> ("migration", "interface:12", "parallel", ...).</summary>
    public string ItemKey { get; set; } = "";
    public decimal Amount { get; set; }
    public string? Note { get; set; }
}
