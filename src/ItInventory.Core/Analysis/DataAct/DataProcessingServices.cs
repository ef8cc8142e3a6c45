using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.DataAct;

/// <summary>
/// Whether a contract is a data processing service in the sense of Art. 2(8) Data Act: the contract's own flag, else
/// its type. An EVB-IT Cloud contract is one; classic dedicated hosting at a data centre, licences and maintenance are
/// not, and a vendor-hosted SaaS bought under another type is marked on the contract.
/// </summary>
public static class DataProcessingServices
{
    public static bool DefaultFor(EvbItType type) => type == EvbItType.Cloud;

    public static bool IsCovered(Contract contract) => contract.IsDataProcessingService ?? DefaultFor(contract.EvbItType);
}
