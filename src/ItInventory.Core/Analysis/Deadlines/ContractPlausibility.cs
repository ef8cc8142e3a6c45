using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// Whether a contract's terms lie within what the forms, the API and the import accept. A contract outside them got
/// into the database some other way (an old import, a hand-edited row); its deadlines would be nonsense, so the
/// calculation reports it instead of computing (see <see cref="ContractStatus.DataImplausible"/>).
/// </summary>
public static class ContractPlausibility
{
    /// <summary>The German sentences naming each implausible term; null when every term is plausible.</summary>
    public static string? Problem(Contract contract)
    {
        var problems = new[]
        {
            DateRules.Problem(contract.Start, "Der Vertragsbeginn"),
            DateRules.Problem(contract.FixedEnd, "Das Vertragsende"),
            DateRules.Problem(contract.EndedOn, "Das Datum „beendet am“"),
            ContractTermRules.Problem(contract.MinimumTermMonths, ContractTermRules.MaxTermMonths, "Die Mindestlaufzeit"),
            ContractTermRules.Problem(contract.RenewalPeriodMonths, ContractTermRules.MaxTermMonths, "Der Verlängerungszeitraum"),
            ContractTermRules.Problem(contract.NoticePeriodMonths, ContractTermRules.MaxNoticeMonths, "Die Kündigungsfrist"),
        }.OfType<string>().ToList();
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }
}
