using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

/// <summary>A finding with what the list needs to filter and link: the vendor and departments behind its subject.</summary>
public sealed record FindingRow(Finding Finding, int? VendorId, string? VendorName, IReadOnlyList<int> DepartmentIds, string Link);
