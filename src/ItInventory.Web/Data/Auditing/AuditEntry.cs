namespace ItInventory.Web.Data.Auditing;

/// <summary>
/// One recorded event: a create, update or delete of inventory data, or a login, failed login, role change or export.
/// Append-only: the app never updates or deletes these rows, and the database refuses it too.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The tenant whose data or user the event concerns; null for events of the installation (the operator's).</summary>
    public int? TenantId { get; set; }
    public DateTime TimestampUtc { get; set; }
    public string UserName { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>The entity type ("Product", "Contract"...) for data changes; empty for events.</summary>
    public string? EntityType { get; set; }
    /// <summary>The entity's key as text (composite keys joined with "/").</summary>
    public string? EntityId { get; set; }
    /// <summary>A readable German summary, e.g. the product's name or "Anmeldung fehlgeschlagen".</summary>
    public string? Summary { get; set; }
    public List<AuditFieldChange> Changes { get; set; } = [];
}

public class AuditFieldChange
{
    public long Id { get; set; }
    public long AuditEntryId { get; set; }

    /// <summary>The tenant of its entry, so that the table can be filtered and secured on its own.</summary>
    public int? TenantId { get; set; }
    public string Field { get; set; } = "";
    /// <summary>The longest value the trail stores; longer ones are cut with a note of their length.</summary>
    public const int ValueLength = 4000;

    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public enum AuditAction { Create, Update, Delete, Login, LoginFailed, Logout, RoleChange, UserChange, Export, Import, TenantChange, TenantAccess }
