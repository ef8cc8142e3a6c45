using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.CityServices;

/// <summary>The editable facts of a service the city provides, with the version the user loaded.</summary>
public sealed class CityServiceInput
{
    /// <summary>The OZG service (5 digits) from the shared catalogue; fixed once the service exists.</summary>
    public string OzgId { get; set; } = "";
    /// <summary>The more precise LeiKa service (14 digits), optional; it must belong to the OZG service.</summary>
    public string? LeikaKey { get; set; }
    public int? AnnualCases { get; set; }
    public int? CaseYear { get; set; }
    public string? OnlineServiceName { get; set; }
    public MaturityModel MaturityModel { get; set; } = MaturityModel.Version20;
    public int? MaturityLevel { get; set; }
    public string? MaturitySource { get; set; }
    public ApplicationConnection Connection { get; set; } = ApplicationConnection.Unknown;
    public string? Notes { get; set; }
    public List<CityServiceProductInput> Products { get; set; } = [];
    public Guid Version { get; set; }

    public static CityServiceInput From(CityService service) => new()
    {
        OzgId = service.OzgService?.OzgId ?? "",
        LeikaKey = service.LeikaService?.Key,
        AnnualCases = service.AnnualCases,
        CaseYear = service.CaseYear,
        OnlineServiceName = service.OnlineServiceName,
        MaturityModel = service.MaturityModel,
        MaturityLevel = service.MaturityLevel,
        MaturitySource = service.MaturitySource,
        Connection = service.Connection,
        Notes = service.Notes,
        Products = service.Products.OrderByDescending(p => p.IsSpecialisedProcedure).ThenBy(p => p.Product?.Name)
            .Select(p => new CityServiceProductInput(p.ProductId, p.Product?.Name ?? "", p.IsSpecialisedProcedure)).ToList(),
        Version = service.Version,
    };
}

/// <summary>A product that handles the service; <see cref="Name"/> is for display only, the id counts.</summary>
public sealed record CityServiceProductInput(int ProductId, string Name, bool IsSpecialisedProcedure);
