namespace ItInventory.Core.Analysis;

public enum Severity { Info, Warning, Critical }
