using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Data;

/// <summary>
/// Checks the SQLite file's place before SQLite touches it, so that a mistyped or unusable path ends the start with a
/// German message instead of an exception from deep inside the first query (or, worse, a new empty database).
/// </summary>
public static class SqliteFileCheck
{
    public static void EnsureUsable(string path, bool createMissingFolder)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            EnsureFolder(path, folder, createMissingFolder);
        }

        if (Directory.Exists(path))
        {
            throw Fault(path, "ist ein Ordner, keine Datei");
        }

        // Checked by the mode bits rather than by trying: an administrator (root) could write to a protected file anyway,
        // and an operator who protected the file meant it.
        if (File.Exists(path) && IsWriteProtected(path))
        {
            throw Fault(path, "ist schreibgeschützt; die App muss in die Datenbank schreiben können");
        }
    }

    private static void EnsureFolder(string path, string folder, bool createMissingFolder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (FirstExistingFileOnPath(folder) is { } file)
        {
            throw Fault(path, $"liegt unter „{file}“, und das ist eine Datei, kein Ordner");
        }

        if (!createMissingFolder)
        {
            throw Fault(path, $"liegt in einem Ordner, den es nicht gibt („{folder}“). Legen Sie ihn an oder korrigieren Sie den Pfad; "
                + "außerhalb der Entwicklungsumgebung wird er nicht selbst angelegt, damit ein Tippfehler keine leere Datenbank startet");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fault(path, $"liegt in einem Ordner, der sich nicht anlegen lässt ({ex.Message})", ex);
        }
    }

    private static string? FirstExistingFileOnPath(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsWriteProtected(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    private static StartupFaultException Fault(string path, string cause, Exception? inner = null) =>
        new($"Die Datenbankdatei „{path}“ aus der Einstellung {InventoryDatabase.Setting} {cause}.", inner);
}
