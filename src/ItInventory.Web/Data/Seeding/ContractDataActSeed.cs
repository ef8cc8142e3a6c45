using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// The optional contract-data-act.csv: the EU Data Act switching terms of some sample contracts, so the check on the
/// contract page shows terms that pass and terms that break the Act. A folder without the file leaves every term "unbekannt".
/// </summary>
internal static class ContractDataActSeed
{
    public const string FileName = "contract-data-act.csv";

    public static void Read(string folder, IReadOnlyDictionary<string, Contract> contracts)
    {
        if (!File.Exists(Path.Combine(folder, FileName)))
            return;

        foreach (var row in CsvTable.Load(folder, FileName, "ContractNumber").Rows)
        {
            var contract = row.Lookup("ContractNumber", contracts, "Der Vertrag");
            contract.IsDataProcessingService = row.Optional("IsDataProcessingService") is null ? null : row.Bool("IsDataProcessingService");
            contract.SwitchingNoticeMonths = row.OptionalInt("SwitchingNoticeMonths");
            contract.TransitionalPeriodDays = row.OptionalInt("TransitionalPeriodDays");
            contract.TransitionUnfeasibleDeclared = row.Bool("TransitionUnfeasibleDeclared");
            contract.TransitionExtendedByCustomer = row.Bool("TransitionExtendedByCustomer");
            contract.DataRetrievalDays = row.OptionalInt("DataRetrievalDays");
            contract.SwitchingDataCategories = row.Optional("SwitchingDataCategories");
            contract.ExportFormats = row.Optional("ExportFormats");
            contract.SwitchingFee = row.OptionalDecimal("SwitchingFee");
            contract.SwitchingFeeAtDirectCost = row.Bool("SwitchingFeeAtDirectCost");
            contract.CustomBuiltExemption = row.Bool("CustomBuiltExemption");
            contract.EgressForParallelUse = row.Bool("EgressForParallelUse");

            // The same bounds as the contract form and the API.
            if (DataActRules.Problems(contract.SwitchingNoticeMonths, contract.TransitionalPeriodDays, contract.DataRetrievalDays,
                    contract.SwitchingDataCategories, contract.ExportFormats, contract.SwitchingFee).FirstOrDefault() is { } problem)
                throw row.Error(problem.Message);
        }
    }
}
