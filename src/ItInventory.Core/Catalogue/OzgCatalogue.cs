namespace ItInventory.Core.Catalogue;

/// <summary>An OZG service as the catalogue files describe it.</summary>
public sealed record OzgCatalogueEntry(string OzgId, string Name, string? LifeSituation, string? TopicArea);

/// <summary>A LeiKa service as the catalogue files describe it; <see cref="OzgId"/> is null for the few outside the OZG.</summary>
public sealed record LeikaCatalogueEntry(string Key, string Name, string? LeikaType, string? OzgId);

/// <summary>A row the loader could not use, with the file, its line and the reason in German.</summary>
public sealed record SkippedCatalogueRow(string FileName, int Line, string Reason)
{
    public override string ToString() => $"{FileName}, Zeile {Line}: {Reason}";
}

/// <summary>The service catalogue read from its four files: what can be used, and what was skipped and why.</summary>
public sealed record OzgCatalogue(
    IReadOnlyList<OzgCatalogueEntry> Services,
    IReadOnlyList<LeikaCatalogueEntry> LeikaServices,
    IReadOnlyList<SkippedCatalogueRow> Skipped);
