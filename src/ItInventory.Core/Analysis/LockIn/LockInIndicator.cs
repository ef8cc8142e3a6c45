namespace ItInventory.Core.Analysis.LockIn;

/// <summary>
/// One lock-in indicator of the domain brief with its default weight and the reason for that weight,
/// so the UI can show why an indicator counts as much as it does.
/// </summary>
public sealed record LockInIndicator(string Code, string Label, decimal DefaultWeight, string Justification);
