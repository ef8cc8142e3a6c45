namespace ItInventory.Core.Domain;

/// <summary>
/// A record with an optimistic concurrency token that changes on every save. Most records get it from
/// <see cref="Entity"/>; records keyed by something else (the price index by year) implement it directly.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
