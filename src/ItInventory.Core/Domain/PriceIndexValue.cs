namespace ItInventory.Core.Domain;

/// <summary>Annual average of the consumer price index (Destatis VPI, 2020 = 100). Data, because it gets revised.</summary>
public class PriceIndexValue : IVersioned
{
    public int Year { get; set; }
    public decimal Value { get; set; }
    public bool IsPreliminary { get; set; }
    public Guid Version { get; set; } = RecordVersion.New();
}
