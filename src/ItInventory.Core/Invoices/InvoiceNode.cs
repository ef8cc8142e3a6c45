using System.Globalization;
using System.Xml.Linq;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Invoices;

/// <summary>
/// An element of an invoice together with its XPath, so that every problem found below it can name where it is.
/// Reading helpers for text, amounts and dates that fail with a German message naming the BT number and the path.
/// </summary>
internal sealed class InvoiceNode(XElement element, string path)
{
    public XElement Element { get; } = element;
    public string Path { get; } = path;

    public static InvoiceNode Root(XElement root) => new(root, "/" + Step(root.Name));

    public InvoiceNode? Child(params XName[] names)
    {
        var current = this;
        foreach (var name in names)
        {
            var next = current.Element.Element(name);
            if (next is null) return null;
            current = new InvoiceNode(next, current.Path + "/" + Step(name));
        }
        return current;
    }

    /// <summary>Every child of this name, each with its position in the path (XPath counts from 1).</summary>
    public IEnumerable<InvoiceNode> Children(XName name) =>
        Element.Elements(name).Select((e, i) => new InvoiceNode(e, $"{Path}/{Step(name)}[{i + 1}]"));

    public string PathOf(params XName[] names) => names.Aggregate(Path, (p, n) => p + "/" + Step(n));

    public string? Text(params XName[] names)
    {
        var value = Child(names)?.Element.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredText(string bt, string label, params XName[] names) =>
        Text(names) ?? throw Missing(bt, label, PathOf(names));

    public decimal? Amount(string bt, string label, params XName[] names)
    {
        var text = Text(names);
        if (text is null) return null;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvoiceFormatException($"{bt} ({label}): {Quoted(text)} ist keine Zahl ({PathOf(names)}).");
    }

    public decimal RequiredAmount(string bt, string label, params XName[] names) =>
        Amount(bt, label, names) ?? throw Missing(bt, label, PathOf(names));

    /// <summary>A date as UBL writes it (ISO, yyyy-MM-dd) or as CII does (format 102, yyyyMMdd).</summary>
    public DateOnly? Date(string bt, string label, string format, params XName[] names)
    {
        var text = Text(names);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvoiceFormatException(
                $"{bt} ({label}): {Quoted(text)} ist kein Datum im Format {format} ({PathOf(names)}).");
    }

    public DateOnly RequiredDate(string bt, string label, string format, params XName[] names) =>
        Date(bt, label, format, names) ?? throw Missing(bt, label, PathOf(names));

    public static InvoiceFormatException Missing(string bt, string label, string path) =>
        new($"Pflichtangabe fehlt: {bt} ({label}) unter {path}.");

    private static string Step(XName name) =>
        InvoiceNamespaces.Prefixes.TryGetValue(name.Namespace, out var prefix)
            ? $"{prefix}:{name.LocalName}"
            : name.LocalName;
}
