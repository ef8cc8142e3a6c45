namespace ItInventory.Web.Data.Auditing;

public sealed class AuditTrailIsAppendOnlyException()
    : InvalidOperationException("Das Änderungsprotokoll ist unveränderlich: Einträge können weder geändert noch gelöscht werden.");
