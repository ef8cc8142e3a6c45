namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>
/// The odd values the fuzz test sends, ordered from plain to extreme: FsCheck shrinks a failing case towards the
/// front of a list, so the report shows the simplest value that still fails. None of them holds an English word, so
/// an echoed value cannot make a German message look English (see <see cref="GermanProblem"/>).
/// </summary>
public static class FuzzValues
{
    /// <summary>Marks "leave the member out" instead of a value.</summary>
    public const string Missing = "(fehlt)";

    /// <summary>Raw JSON put in place of one member of a valid body.</summary>
    public static readonly IReadOnlyList<string> Json =
    [
        Missing, "null", "0", "-1", "1", "\"\"", "\" \"", "true", "[]", "{}", "[null]", "[1,2]", "{\"a\":1}",
        "0.001", "1.5", "-0.01", "1e-7", "\"12\"", "\"abc\"", "\"ÄÖÜß\"", "\"\\u200B\"", "\"\\u200B\\u2060\\uFEFF\"", "\"\\t\\n\"",
        "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"=1+1\"", "\"<b>x</b>\"", "\"0\"", "\"Unbekannt\"", "\"pflegeS\"",
        "\"0001-01-01\"", "\"9999-12-31\"", "\"1969-12-31\"", "\"2101-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"01.01.2026\"",
        "\"2026-01-01T00:00:00\"", "99999", "2147483647", "-2147483648", "2147483648", "-2147483649", "9223372036854775808",
        "1e17", "-1e17", "999999999999.99", "1000000000000", "79228162514264337593543950336", "1e308", "-1e308", "1E400",
        "\"" + new string('x', 300) + "\"", "\"" + new string('ü', 4001) + "\"", "\"" + new string('x', 10_000) + "\"",
        "[" + string.Join(",", Enumerable.Repeat("{\"departmentId\":1,\"costSharePercent\":1}", 200)) + "]",
    ];

    /// <summary>A whole request body in place of a valid one.</summary>
    public static readonly IReadOnlyList<string> Bodies =
    [
        "{}", "", "null", "[]", "0", "\"text\"", "{", "{\"a\":", "}{", "\u0000", "{\"name\":\"a\",\"name\":\"b\"}",
        new string('[', 100) + new string(']', 100), "{\"x\":" + new string('[', 70) + new string(']', 70) + "}",
    ];

    /// <summary>URL-encoded values of one query parameter.</summary>
    public static readonly IReadOnlyList<string> Query =
    [
        "", "0", "-1", "1", "abc", "%20", "1.5", "1e3", "-", "--", "%2B", "true", "null", "NaN", "Infinity",
        "%E2%80%8B", "%00", "a%00b", "%FF", "%C3%84%C3%96%C3%9C", "2147483647", "-2147483648", "2147483648", "99999999999",
        "10737420", "0001-01-01", "9999-12-31", "1969-12-31", "2101-01-01", "2026-02-30", "01.01.2026", "2026-1-1",
        "%3Cb%3E", "%3D1%2B1", new string('x', 300), new string('x', 10_000),
    ];

    /// <summary>
    /// Values of a route id: the route constraint or the service must answer each with a German 4xx. No "%00": the
    /// test server refuses a NUL in the path before the app sees it, as Kestrel does with a bare 400.
    /// </summary>
    public static readonly IReadOnlyList<string> Ids =
        ["0", "-1", "99999", "abc", "1.5", "%20", "2147483647", "2147483648", "99999999999", "1e3", new string('9', 400)];

    /// <summary>If-Match headers that name no current version.</summary>
    public static readonly IReadOnlyList<string> IfMatch =
        ["\"x\"", "*", "W/\"1\"", "abc", "\"00000000-0000-0000-0000-000000000000\"", "\"" + new string('x', 2000) + "\""];

    /// <summary>Content types other than JSON for a JSON body.</summary>
    public static readonly IReadOnlyList<string> ContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1"];
}
