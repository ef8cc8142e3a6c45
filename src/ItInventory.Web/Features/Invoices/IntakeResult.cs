namespace ItInventory.Web.Features.Invoices;

public enum IntakeOutcome { Booked, ToReview, Refused }

/// <summary>What happened to one file of an upload, in German, with the stored invoice where there is one.</summary>
public sealed record IntakeResult(string FileName, IntakeOutcome Outcome, string Message, int? InvoiceId = null)
{
    public string OutcomeLabel => Outcome switch
    {
        IntakeOutcome.Booked => "gebucht",
        IntakeOutcome.ToReview => "zu prüfen",
        _ => "abgelehnt",
    };
}
