using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Standards;

/// <summary>Why a product that should implement a standard falls short.</summary>
public enum StandardGap
{
    /// <summary>The inventory holds no statement about the standard for the product.</summary>
    NotRecorded,
    NotSupported,
    Planned,
    /// <summary>Implemented in part: listed, but apart from the products that lack it entirely.</summary>
    Partial,
}

public static class StandardGaps
{
    /// <summary>The gap a support status means; null when the standard is supported.</summary>
    public static StandardGap? Of(SupportStatus? status) => status switch
    {
        null => StandardGap.NotRecorded,
        SupportStatus.NotSupported => StandardGap.NotSupported,
        SupportStatus.Planned => StandardGap.Planned,
        SupportStatus.Partial => StandardGap.Partial,
        _ => null,
    };

    public static string Label(StandardGap gap) => gap switch
    {
        StandardGap.NotRecorded => "keine Angabe",
        StandardGap.NotSupported => "nicht unterstützt",
        StandardGap.Planned => "geplant",
        StandardGap.Partial => "teilweise",
        _ => gap.ToString(),
    };
}
