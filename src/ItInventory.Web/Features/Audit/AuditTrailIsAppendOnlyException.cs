namespace ItInventory.Web.Features.Audit;

public sealed class AuditTrailIsAppendOnlyException()
    : InvalidOperationException("Das Änderungsprotokoll ist unveränderlich: Einträge können weder geändert noch gelöscht werden.");
