using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.PriceIndex;

/// <summary>What the index form and the API edit: one year's VPI value, with the version the user loaded.</summary>
public sealed class PriceIndexInput
{
    public int? Year { get; set; }
    /// <summary>Annual average, 2020 = 100.</summary>
    public decimal? Value { get; set; }
    /// <summary>Destatis publishes a first value in January and revises it; marked until the final value is entered.</summary>
    public bool IsPreliminary { get; set; }
    public Guid Version { get; set; }

    public static PriceIndexInput From(PriceIndexValue value) => new()
    {
        Year = value.Year,
        Value = value.Value,
        IsPreliminary = value.IsPreliminary,
        Version = value.Version,
    };
}
