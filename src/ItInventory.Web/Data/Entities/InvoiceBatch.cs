using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// A delivery of e-invoices (one upload on "Rechnungseingang", one call of the API) that left work behind: files refused,
/// or invoices stored but not booked. Kept so that who books invoices is told once by mail; a delivery that booked
/// everything leaves no record, as a clean Excel import leaves no <see cref="ImportRun"/>.
/// </summary>
public class InvoiceBatch : Entity, ITenantOwned
{
    public const int NameLength = 260;
    public const int ByLength = 256;
    /// <summary>Room for the first problems, one line each; the rest is counted, and the inbox lists every invoice.</summary>
    public const int ProblemsLength = 4000;

    public int TenantId { get; set; }
    /// <summary>The first file's name (an upload's zip, or the single invoice).</summary>
    public string Name { get; set; } = "";
    public InvoiceBatchChannel Channel { get; set; }
    public string ReceivedBy { get; set; } = "";
    /// <summary>UTC, as the received invoices' times.</summary>
    public DateTime ReceivedAtUtc { get; set; }
    public int Booked { get; set; }
    public int ToReview { get; set; }
    public int Refused { get; set; }
    /// <summary>"Datei: Grund" per file refused or left for review, as far as <see cref="ProblemsLength"/> allows.</summary>
    public string Problems { get; set; } = "";
}

/// <summary>How a delivery came in.</summary>
public enum InvoiceBatchChannel
{
    Upload,
    Api,
}
