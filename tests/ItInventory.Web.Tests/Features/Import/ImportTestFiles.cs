using System.IO.Compression;
using ClosedXML.Excel;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>Workbooks and broken files built in the tests, so every case is visible where it is used.</summary>
internal static class ImportTestFiles
{
    /// <summary>A workbook with the given sheets; each row is an array of cells (null = blank), an empty array a blank row.</summary>
    public static byte[] Workbook(params (string Name, object?[][] Rows)[] sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows) in sheets)
        {
            var sheet = workbook.AddWorksheet(name);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    Put(sheet.Cell(r + 1, c + 1), rows[r][c]);
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Sheet(string name, params object?[][] rows) => Workbook((name, rows));

    public static object?[] Row(params object?[] cells) => cells;

    /// <summary>Text stays text (ClosedXML's Value setter would turn "31.12.2024" into a date).</summary>
    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                break;
            case DateTime date:
                cell.SetValue(date);
                cell.Style.DateFormat.Format = "dd.MM.yyyy";
                break;
            case int number:
                cell.SetValue(number);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case decimal number:
                cell.SetValue((double)number);
                break;
            case bool flag:
                cell.SetValue(flag);
                break;
            default:
                throw new ArgumentException($"Unsupported cell value {value.GetType()}");
        }
    }

    /// <summary>A zip package with the given entries; a stream writer fills each entry.</summary>
    public static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                write(stream);
            }
        }

        return buffer.ToArray();
    }

    public static Action<Stream> Text(string text) => stream =>
    {
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    };

    public static Action<Stream> Zeros(long bytes) => stream =>
    {
        var chunk = new byte[1024 * 1024];
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
    };

    public static Action<Stream> Random(long bytes, int seed = 7) => stream =>
    {
        var random = new System.Random(seed);
        var chunk = new byte[64 * 1024];
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            random.NextBytes(chunk);
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
    };
}
