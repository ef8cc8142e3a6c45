using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// A contract's switching terms under the EU Data Act (Reg. (EU) 2023/2854, Chapter VI), as the form and the API
/// state them; empty terms stay "unbekannt" in the check. Errors are keyed "DataAct.&lt;term&gt;".
/// </summary>
public sealed class DataActTermsInput
{
    public const string ErrorPrefix = nameof(ContractInput.DataAct) + ".";

    /// <summary>Whether the contract is a data processing service (Art. 2(8)); null: as its contract type says (EVB-IT Cloud is one).</summary>
    public bool? IsDataProcessingService { get; set; }
    public int? SwitchingNoticeMonths { get; set; }
    public int? TransitionalPeriodDays { get; set; }
    public bool TransitionUnfeasibleDeclared { get; set; }
    public bool TransitionExtendedByCustomer { get; set; }
    public int? DataRetrievalDays { get; set; }
    public string? SwitchingDataCategories { get; set; }
    public string? ExportFormats { get; set; }
    public decimal? SwitchingFee { get; set; }
    public bool SwitchingFeeAtDirectCost { get; set; }
    public bool CustomBuiltExemption { get; set; }
    public bool EgressForParallelUse { get; set; }

    public static DataActTermsInput From(Contract contract) => new()
    {
        IsDataProcessingService = contract.IsDataProcessingService,
        SwitchingNoticeMonths = contract.SwitchingNoticeMonths,
        TransitionalPeriodDays = contract.TransitionalPeriodDays,
        TransitionUnfeasibleDeclared = contract.TransitionUnfeasibleDeclared,
        TransitionExtendedByCustomer = contract.TransitionExtendedByCustomer,
        DataRetrievalDays = contract.DataRetrievalDays,
        SwitchingDataCategories = contract.SwitchingDataCategories,
        ExportFormats = contract.ExportFormats,
        SwitchingFee = contract.SwitchingFee,
        SwitchingFeeAtDirectCost = contract.SwitchingFeeAtDirectCost,
        CustomBuiltExemption = contract.CustomBuiltExemption,
        EgressForParallelUse = contract.EgressForParallelUse,
    };

    public void Validate(ValidationErrors errors)
    {
        foreach (var problem in DataActRules.Problems(SwitchingNoticeMonths, TransitionalPeriodDays, DataRetrievalDays,
                     SwitchingDataCategories, ExportFormats, SwitchingFee))
        {
            errors.Add(ErrorPrefix + problem.Field, problem.Message);
        }
    }

    public void ApplyTo(Contract contract)
    {
        contract.IsDataProcessingService = IsDataProcessingService;
        contract.SwitchingNoticeMonths = SwitchingNoticeMonths;
        contract.TransitionalPeriodDays = TransitionalPeriodDays;
        contract.TransitionUnfeasibleDeclared = TransitionUnfeasibleDeclared;
        contract.TransitionExtendedByCustomer = TransitionExtendedByCustomer;
        contract.DataRetrievalDays = DataRetrievalDays;
        contract.SwitchingDataCategories = TextOrNull(SwitchingDataCategories);
        contract.ExportFormats = TextOrNull(ExportFormats);
        contract.SwitchingFee = SwitchingFee;
        contract.SwitchingFeeAtDirectCost = SwitchingFeeAtDirectCost;
        contract.CustomBuiltExemption = CustomBuiltExemption;
        contract.EgressForParallelUse = EgressForParallelUse;
    }

    private static string? TextOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
