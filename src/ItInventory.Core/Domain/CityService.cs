using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>
/// A citizen service the city provides: how often it is demanded, which products handle it, whether it is online and
/// how an online application reaches the specialised procedure.
/// </summary>
public class CityService : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public int OzgServiceId { get; set; }
    public OzgService? OzgService { get; set; }
    /// <summary>The LeiKa service the city means, when it is more precise than the OZG service.</summary>
    public int? LeikaServiceId { get; set; }
    public LeikaService? LeikaService { get; set; }

    /// <summary>Cases per year (Fallzahl); ranks "most demanded".</summary>
    public int? AnnualCases { get; set; }
    public int? CaseYear { get; set; }

    /// <summary>The portal or online service used; null: no online offer.</summary>
    public string? OnlineServiceName { get; set; }
    public MaturityModel MaturityModel { get; set; } = MaturityModel.Version20;
    public int? MaturityLevel { get; set; }
    /// <summary>Where the level comes from (own rating, state portal, OZG dashboard ...).</summary>
    public string? MaturitySource { get; set; }
    public ApplicationConnection Connection { get; set; } = ApplicationConnection.Unknown;
    public string? Notes { get; set; }

    public List<CityServiceProduct> Products { get; set; } = [];

    public bool IsOnline => !string.IsNullOrWhiteSpace(OnlineServiceName);
}

/// <summary>A product that handles a city service; one of them may be the specialised procedure (Fachverfahren).</summary>
public class CityServiceProduct : ITenantOwned
{
    public int TenantId { get; set; }

    public int CityServiceId { get; set; }
    public CityService? CityService { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public bool IsSpecialisedProcedure { get; set; }
}
