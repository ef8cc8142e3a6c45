using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Contracts;

/// <summary>Everything the contract page shows; deadlines are computed for <see cref="ContractDeadlines.AsOf"/>.</summary>
public sealed record ContractDetails(
    int Id,
    ContractInput Terms,
    string Vendor,
    DateOnly Today,
    ContractDeadlines Deadlines,
    IReadOnlyList<CoveredProductRow> Products,
    int CostLineCount)
{
    /// <summary>Whether it runs, in the same words as on every other page and in the API.</summary>
    public ContractRunState RunState => ContractRunState.Of(Deadlines, Terms.Start ?? DateOnly.MinValue);

    public ContractDecision? Decision => ContractDecision.Of(Deadlines);
}

/// <summary>A product a contract covers or could cover; <see cref="MadeByVendor"/> is false when the vendor only runs it.</summary>
public sealed record CoveredProductRow(int Id, string InventoryNumber, string Name, string Maker, bool MadeByVendor);

public sealed record VendorChoice(int Id, string Name);
