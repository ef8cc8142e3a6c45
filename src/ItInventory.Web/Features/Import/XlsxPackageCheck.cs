using System.IO.Compression;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Checks an upload before any spreadsheet library sees it: it must be a ZIP package holding xl/workbook.xml,
/// and neither its total unpacked size nor any part's compression ratio may exceed the limits (zip bombs).
/// Sizes are counted while actually inflating, because a package can lie about them in its directory.
/// </summary>
public static class XlsxPackageCheck
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0];

    public static void Check(byte[] content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (content.Length > options.MaxFileBytes)
        {
            throw TooLarge(content.Length, options);
        }

        if (content.Length == 0)
        {
            throw new ImportFileException("Die Datei ist leer.");
        }

        if (!content.AsSpan().StartsWith(ZipMagic))
        {
            throw content.AsSpan().StartsWith(OleMagic)
                // Old .xls files and password-protected .xlsx files are both OLE compound files.
                ? new ImportFileException("Die Datei ist im alten Excel-Format (.xls) oder mit einem Kennwort geschützt. Bitte öffnen Sie sie in Excel, entfernen Sie gegebenenfalls das Kennwort und speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“.")
                : new ImportFileException("Die Datei ist keine Excel-Arbeitsmappe (.xlsx). Bitte speichern Sie die Tabelle in Excel als „Excel-Arbeitsmappe (*.xlsx)“; CSV-, PDF- oder umbenannte Dateien können nicht importiert werden.");
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.GetEntry("xl/workbook.xml") is null)
            {
                throw new ImportFileException("Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (xl/workbook.xml fehlt). Word-, OpenDocument- oder andere gepackte Dateien können nicht importiert werden.");
            }

            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (declared > options.MaxUncompressedBytes)
                {
                    throw Bomb(declared, options);
                }

                CheckRatio(entry.FullName, entry.Length, entry.CompressedLength, options);
            }

            long inflated = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var stream = entry.Open();
                long entryBytes = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    inflated += read;
                    if (inflated > options.MaxUncompressedBytes)
                    {
                        throw Bomb(inflated, options);
                    }

                    CheckRatio(entry.FullName, entryBytes, entry.CompressedLength, options);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex);
        }
        catch (IOException ex)
        {
            throw Corrupt(ex);
        }
    }

    public static ImportFileException TooLarge(long bytes, ImportOptions options, bool atLeast = false, Exception? inner = null) =>
        new($"Die Datei ist {(atLeast ? "größer als " + Megabytes(options.MaxFileBytes) : Megabytes(bytes) + " groß")}; erlaubt sind höchstens {Megabytes(options.MaxFileBytes)}. Bitte teilen Sie die Tabelle auf oder entfernen Sie Bilder und nicht benötigte Tabellenblätter.", inner);

    private static void CheckRatio(string name, long uncompressed, long compressed, ImportOptions options)
    {
        if (uncompressed > options.RatioCheckMinimumBytes && uncompressed > (long)options.MaxCompressionRatio * Math.Max(compressed, 1))
        {
            throw new ImportFileException($"Die Datei ist ungewöhnlich stark gepackt (Teil „{name}“ wächst beim Entpacken auf mehr als das {options.MaxCompressionRatio}-Fache). Sie wird aus Sicherheitsgründen nicht geöffnet; möglicherweise ist sie beschädigt oder manipuliert.");
        }
    }

    private static ImportFileException Bomb(long bytes, ImportOptions options) =>
        new($"Die Datei wäre entpackt größer als {Megabytes(options.MaxUncompressedBytes)} (mindestens {Megabytes(bytes)}). Sie wird aus Sicherheitsgründen nicht geöffnet; möglicherweise ist sie beschädigt oder manipuliert.");

    private static ImportFileException Corrupt(Exception inner) =>
        new("Die Datei ist beschädigt und lässt sich nicht entpacken. Bitte öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und laden Sie sie noch einmal hoch.", inner);

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024m / 1024m).ToString("0.#", Formats.German) + " MB"
        : (bytes / 1024m).ToString("0", Formats.German) + " KB";
}
