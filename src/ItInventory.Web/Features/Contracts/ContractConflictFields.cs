using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// The terms where the user's form differs from the contract as someone else saved it. The covered products are not
/// part of the stored row the conflict carries, so they are not compared here.
/// </summary>
public static class ContractConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(ContractInput mine, Contract theirs, IReadOnlyList<VendorChoice> vendors)
    {
        var saved = ContractInput.From(theirs);
        var fields = new List<ConflictField>();
        void Check(string label, string theirValue, string myValue)
        {
            if (theirValue != myValue) fields.Add(new ConflictField(label, theirValue, myValue));
        }

        string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
        string Vendor(int? id) => vendors.FirstOrDefault(v => v.Id == id)?.Name ?? "–";
        string YesNo(bool value) => value ? "ja" : "nein";

        Check("Vertragsnummer", Text(saved.ContractNumber), Text(mine.ContractNumber));
        Check("Titel", Text(saved.Title), Text(mine.Title));
        Check("Anbieter", Vendor(saved.VendorId), Vendor(mine.VendorId));
        Check("Vertragstyp", Labels.Of(saved.EvbItType), Labels.Of(mine.EvbItType));
        Check("Beginn", Formats.Date(saved.Start), Formats.Date(mine.Start));
        Check("Laufzeit", ContractTexts.Term(saved), ContractTexts.Term(mine));
        Check("Kündigungsfrist", ContractTexts.Notice(saved.NoticePeriodMonths ?? 0, saved.NoticeReference), ContractTexts.Notice(mine.NoticePeriodMonths ?? 0, mine.NoticeReference));
        Check("Gekündigt / beendet zum", Formats.Date(saved.EndedOn), Formats.Date(mine.EndedOn));
        Check("Preisanpassung", ContractTexts.PriceClause(saved.PriceAdjustment, saved.PriceAdjustmentPercent), ContractTexts.PriceClause(mine.PriceAdjustment, mine.PriceAdjustmentPercent));
        Check("Ausstiegsunterstützung", YesNo(saved.ExitSupport), YesNo(mine.ExitSupport));
        Check("Datenrückgabe geregelt", YesNo(saved.DataReturnClause), YesNo(mine.DataReturnClause));
        Check("Quellcode-Hinterlegung", YesNo(saved.SourceCodeEscrow), YesNo(mine.SourceCodeEscrow));
        Check(PricesConfidentialField.Label, YesNo(saved.PricesConfidential), YesNo(mine.PricesConfidential));
        Check("Jahreswert", Formats.EuroCents(saved.AnnualValue), Formats.EuroCents(mine.AnnualValue));
        Check("Notizen", Text(saved.Notes), Text(mine.Notes));
        Check("EU Data Act (Wechselbedingungen)", DataAct(saved.DataAct), DataAct(mine.DataAct));
        return fields;
    }

    /// <summary>The switching terms in one line: they are edited together and rarely both sides change them.</summary>
    private static string DataAct(DataActTermsInput? terms)
    {
        terms ??= new DataActTermsInput();
        string Value(object? value) => value switch { null => "–", bool b => b ? "ja" : "nein", string t => string.IsNullOrWhiteSpace(t) ? "–" : t.Trim(), _ => value.ToString()! };
        return string.Join(" · ", new object?[]
        {
            terms.IsDataProcessingService, terms.SwitchingNoticeMonths, terms.TransitionalPeriodDays, terms.TransitionUnfeasibleDeclared,
            terms.TransitionExtendedByCustomer, terms.DataRetrievalDays, terms.SwitchingDataCategories, terms.ExportFormats,
            terms.SwitchingFee is { } fee ? Formats.EuroCents(fee) : null, terms.SwitchingFeeAtDirectCost, terms.CustomBuiltExemption, terms.EgressForParallelUse,
        }.Select(Value));
    }
}
