namespace ItInventory.Core.Comparison;

/// <summary>Inhabitants as a class: the only form in which another municipality's size is ever shown or exported.</summary>
public enum SizeClass
{
    Under20000,
    From20000To100000,
    From100000To500000,
    Over500000,
}

public static class SizeClasses
{
    /// <summary>The class of a number of inhabitants, or null when it is unknown.</summary>
    public static SizeClass? Of(int? inhabitants) => inhabitants switch
    {
        null or <= 0 => null,
        < 20_000 => SizeClass.Under20000,
        < 100_000 => SizeClass.From20000To100000,
        < 500_000 => SizeClass.From100000To500000,
        _ => SizeClass.Over500000,
    };

    public static string Label(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Under20000 => "unter 20.000 Einwohner",
        SizeClass.From20000To100000 => "20.000 bis 100.000 Einwohner",
        SizeClass.From100000To500000 => "100.000 bis 500.000 Einwohner",
        _ => "über 500.000 Einwohner",
    };
}
