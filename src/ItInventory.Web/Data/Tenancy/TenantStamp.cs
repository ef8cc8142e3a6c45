using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ItInventory.Web.Data.Tenancy;

/// <summary>
/// Gives every new record the tenant of the operation and refuses a write that names another tenant or moves a record
/// between tenants, whatever the caller filled in.
/// </summary>
internal static class TenantStamp
{
    public static void Apply(ChangeTracker tracker, int? tenantId)
    {
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case ITenantOwned owned when entry.State == EntityState.Added:
                    Stamp(owned, tenantId);
                    break;
                case ITenantOwned when entry.State is EntityState.Modified && entry.Property(nameof(ITenantOwned.TenantId)).IsModified:
                    throw new TenantMismatchException("Ein Datensatz kann nicht zu einem anderen Mandanten verschoben werden.");
                case AuditEntry audit when entry.State == EntityState.Added:
                    audit.TenantId = Checked(audit.TenantId, tenantId);
                    foreach (var change in audit.Changes)
                    {
                        change.TenantId = audit.TenantId;
                    }

                    break;
                case AuditFieldChange change when entry.State == EntityState.Added:
                    change.TenantId = Checked(change.TenantId, tenantId);
                    break;
            }
        }
    }

    /// <summary>For a new record: the operation's tenant, which the record may name but not contradict.</summary>
    public static void Stamp(ITenantOwned record, int? tenantId) =>
        record.TenantId = record.TenantId == 0 || record.TenantId == tenantId
            ? tenantId ?? throw new TenantMismatchException("Ohne Mandant kann nichts gespeichert werden.")
            : throw new TenantMismatchException("Ein Datensatz eines anderen Mandanten kann nicht angelegt werden.");

    // An event may name its tenant (a login, before anyone is signed in); within a tenant's operation only that one.
    private static int? Checked(int? named, int? current) =>
        named is null || current is null || named == current
            ? named ?? current
            : throw new TenantMismatchException("Ein Protokolleintrag kann nicht für einen anderen Mandanten geschrieben werden.");
}

/// <summary>A write named a tenant other than the operation's; nothing was saved.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
