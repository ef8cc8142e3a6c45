using System.IO.Compression;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>One file as uploaded or found in a zip: its name and bytes, or why it could not be taken out.</summary>
public sealed record InvoiceFile(string Name, byte[] Content, string? Problem = null);

/// <summary>
/// Turns an upload into invoice files: a zip is unpacked entry by entry, with its total unpacked size and each entry's
/// compression ratio counted while inflating (a zip can lie about sizes in its directory); anything else is one file.
/// </summary>
public static class InvoiceUpload
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static IReadOnlyList<InvoiceFile> Expand(string name, byte[] content, InvoiceOptions options)
    {
        if (content.Length > options.MaxFileBytes)
            return [new InvoiceFile(name, [], $"Die Datei ist zu groß ({Number(content.Length / 1024m / 1024m, 1)} MB); erlaubt sind höchstens {Number(options.MaxFileBytes / 1024m / 1024m, 1)} MB.")];
        if (!content.AsSpan().StartsWith(ZipMagic)) return [new InvoiceFile(name, content)];
        try
        {
            return Unzip(content, options);
        }
        catch (InvalidDataException)
        {
            return [new InvoiceFile(name, [], "Das ZIP-Archiv ist beschädigt und kann nicht gelesen werden.")];
        }
        catch (ZipBombException bomb)
        {
            return [new InvoiceFile(name, [], bomb.Message)];
        }
    }

    private static List<InvoiceFile> Unzip(byte[] content, InvoiceOptions options)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var files = new List<InvoiceFile>();
        long total = 0;
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            if (files.Count >= options.MaxFilesPerBatch)
                throw new ZipBombException($"Das ZIP-Archiv enthält mehr als {options.MaxFilesPerBatch} Dateien; bitte teilen Sie es auf.");
            var bytes = Inflate(entry, options, ref total);
            files.Add(new InvoiceFile(entry.FullName, bytes));
        }
        return files;
    }

    private static byte[] Inflate(ZipArchiveEntry entry, InvoiceOptions options, ref long total)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            total += read;
            if (total > options.MaxUncompressedBytes)
                throw new ZipBombException($"Das ZIP-Archiv ist entpackt größer als {Number(options.MaxUncompressedBytes / 1024m / 1024m, 0)} MB (Schutz vor ZIP-Bomben); es wurde nichts eingelesen.");
            if (copy.Length > options.RatioCheckMinimumBytes && copy.Length > Math.Max(1, entry.CompressedLength) * options.MaxCompressionRatio)
                throw new ZipBombException($"{Quoted(entry.FullName)} ist mehr als {options.MaxCompressionRatio}-fach gepackt (Schutz vor ZIP-Bomben); es wurde nichts eingelesen.");
        }
        return copy.ToArray();
    }

    private sealed class ZipBombException(string message) : Exception(message);
}
