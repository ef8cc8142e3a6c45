namespace ItInventory.Web.Data.Seeding;

/// <summary>A seed file that cannot be loaded, with the file, the line and the problem in German.</summary>
public sealed class SeedDataException(string file, int line, string problem)
    : Exception($"Beispieldaten fehlerhaft: {file}, Zeile {line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
