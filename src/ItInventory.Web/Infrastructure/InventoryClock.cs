using Microsoft.Extensions.Options;

namespace ItInventory.Web.Infrastructure;

/// <summary>"Today" for every deadline and current-year figure; a fixed date can be set for audits and demos.</summary>
public sealed class InventoryClock(TimeProvider timeProvider, IOptions<InventoryOptions> options)
{
    public DateOnly Today => options.Value.AsOfDate ?? DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);

    public int CurrentYear => Today.Year;
}
