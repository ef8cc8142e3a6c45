namespace ItInventory.Core.Domain;

/// <summary>
/// Base for everything users edit. <see cref="Version"/> is the optimistic concurrency token:
/// it changes on every save, so two people editing the same record cannot silently overwrite each other.
/// </summary>
public abstract class Entity : IVersioned
{
    public int Id { get; set; }
    public Guid Version { get; set; } = RecordVersion.New();
}
