namespace ItInventory.Core.Domain;

/// <summary>A kind of Fachverfahren (e.g. Einwohnermeldewesen) and the standards it must implement.</summary>
public class ProductCategory : Entity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<CategoryStandard> Requirements { get; set; } = [];
}

public class CategoryStandard
{
    public int CategoryId { get; set; }
    public ProductCategory? Category { get; set; }
    public int StandardId { get; set; }
    public Standard? Standard { get; set; }
    public RequirementLevel Level { get; set; }
}
