using System.Text;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// A small RFC 4180 reader (configurable separator, quoted fields with doubled quotes and line breaks) that reports
/// the line on which each record starts, so seed errors can point at the line a person sees in an editor.
/// </summary>
internal static class CsvParser
{
    public static IEnumerable<(int Line, string[] Fields)> Parse(TextReader reader, char separator, string fileName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (inQuotes)
                {
                    throw new SeedDataException(fileName, recordLine, "Ein Anführungszeichen wird nicht geschlossen.");
                }

                if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
                {
                    fields.Add(field.ToString());
                    yield return (recordLine, fields.ToArray());
                }

                yield break;
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = true;
                fieldWasQuoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c == '\r')
            {
                // Line ends are handled at '\n'; a lone '\r' is dropped.
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return (recordLine, fields.ToArray());
                }

                fields.Clear();
                line++;
                recordLine = line;
            }
            else if (c == '"')
            {
                throw new SeedDataException(fileName, recordLine, "Ein Anführungszeichen steht mitten in einem Feld; Felder mit \" müssen ganz in Anführungszeichen stehen und \" verdoppeln.");
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
