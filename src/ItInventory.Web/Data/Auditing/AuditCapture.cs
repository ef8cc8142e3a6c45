using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ItInventory.Web.Data.Auditing;

/// <summary>
/// Reads what a SaveChanges is about to write, before it is written, and turns it into audit rows afterwards,
/// when generated keys are known.
/// </summary>
internal sealed class AuditCapture
{
    private readonly List<(EntityEntry Entry, AuditAction Action, List<AuditFieldChange> Changes)> _pending = [];

    public bool IsEmpty => _pending.Count == 0;

    public static AuditCapture From(ChangeTracker tracker)
    {
        var capture = new AuditCapture();
        foreach (var entry in tracker.Entries())
        {
            if (!IsAudited(entry))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    capture._pending.Add((entry, AuditAction.Create, entry.Properties
                        .Where(p => !p.Metadata.IsPrimaryKey() && !IsVersion(p) && p.CurrentValue is not null)
                        .Select(p => new AuditFieldChange { Field = p.Metadata.Name, NewValue = Format(p.CurrentValue) })
                        .ToList()));
                    break;
                case EntityState.Modified:
                    var changes = entry.Properties
                        .Where(p => p.IsModified && !IsVersion(p) && !Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => new AuditFieldChange { Field = p.Metadata.Name, OldValue = Format(p.OriginalValue), NewValue = Format(p.CurrentValue) })
                        .ToList();
                    if (changes.Count > 0)
                    {
                        capture._pending.Add((entry, AuditAction.Update, changes));
                    }

                    break;
                case EntityState.Deleted:
                    capture._pending.Add((entry, AuditAction.Delete, entry.Properties
                        .Where(p => !p.Metadata.IsPrimaryKey() && !IsVersion(p) && p.OriginalValue is not null)
                        .Select(p => new AuditFieldChange { Field = p.Metadata.Name, OldValue = Format(p.OriginalValue) })
                        .ToList()));
                    break;
            }
        }

        return capture;
    }

    public IEnumerable<AuditEntry> ToEntries(string userName, DateTime timestampUtc, int? tenantId) =>
        _pending.Select(p => new AuditEntry
        {
            TenantId = tenantId,
            TimestampUtc = timestampUtc,
            UserName = userName,
            Action = p.Action,
            EntityType = p.Entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? p.Entry.Metadata.Name : p.Entry.Metadata.ClrType.Name,
            EntityId = KeyOf(p.Entry),
            Summary = SummaryOf(p.Entry.Entity),
            Changes = p.Changes.Select(c => { c.TenantId = tenantId; return c; }).ToList(),
        });

    /// <summary>
    /// Inventory data is audited; the trail itself, account tables (account events are recorded explicitly) and the
    /// data-protection keys (secrets of the installation, not facts of the inventory) are not.
    /// </summary>
    private static bool IsAudited(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        return type != typeof(AuditEntry) && type != typeof(AuditFieldChange)
            && type != typeof(ApplicationUser) && type.Namespace != typeof(IdentityRole).Namespace
            && type != typeof(PersonalAccessToken) && type != typeof(OutgoingMail)
            && type != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)
            && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
    }

    // Neither is a fact a reader of the trail needs: the version changes on every save, the tenant never.
    private static bool IsVersion(PropertyEntry property) => property.Metadata.Name is nameof(Entity.Version) or nameof(ITenantOwned.TenantId);

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string? SummaryOf(object entity) => entity switch
    {
        Product p => p.Name,
        Vendor v => v.Name,
        Contract c => $"{c.ContractNumber} {c.Title}",
        Department d => $"{d.Number} {d.Name}",
        Standard s => s.Code,
        CostLine c => $"{c.FiscalYear} {c.CostType} {c.Kind}",
        PriceIndexValue p => $"VPI {p.Year}",
        Core.Domain.Market.MarketVendor v => $"Marktanbieter {v.Name}",
        Core.Domain.Market.MarketProduct p => $"Marktprodukt {p.Name}",
        DataInterface i => $"Produkt {i.SourceProductId} → {i.ExternalSystem ?? $"Produkt {i.TargetProductId}"}",
        _ => null,
    };

    /// <summary>
    /// A value as the trail stores it. A long text (a stored exchange file, an imported aggregate) is cut to what the
    /// column holds, saying so: the record itself keeps the whole value, and a save must never fail for its trail.
    /// </summary>
    internal static string? Format(object? value) => Storable(value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        // Without trailing zeros: PostgreSQL's numeric(…, 2) reads 124.1 back as 124.10, SQLite's cents as 124.1, and the
        // trail must read the same on both.
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    });

    private static string? Storable(string? text)
    {
        if (text is null || text.Length <= AuditFieldChange.ValueLength)
        {
            return text;
        }

        var note = $" … (gekürzt, {text.Length.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))} Zeichen)";
        return text[..(AuditFieldChange.ValueLength - note.Length)] + note;
    }
}
