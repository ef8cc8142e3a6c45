using ItInventory.Web.Data.Seeding;

namespace ItInventory.Web.Tests.Data;

/// <summary>The seed files' CSV on CsvHelper: quoting as RFC 4180 has it, and the line each record starts on.</summary>
public class SeedCsvTests
{
    private static List<(int Line, string[] Fields)> Parse(string text) =>
        CsvParser.Parse(new StringReader(text), ';', "test.csv").ToList();

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks_and_lines_count_from_the_record_start()
    {
        var records = Parse("A;B\r\n\"x;y\";\"er sagte \"\"ja\"\"\"\n\n\"zwei\nZeilen\";2\nletzte;3");

        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal(["x;y", "er sagte \"ja\""], records[1].Fields);
        Assert.Equal(["zwei\nZeilen", "2"], records[2].Fields);
        Assert.Equal(["letzte", "3"], records[3].Fields);
    }

    [Theory]
    [InlineData("A;B\n1;ab\"c\n", 2, "mitten in einem Feld")]
    [InlineData("A;B\n1;2\n3;\"offen\n", 3, "nicht geschlossen")]
    public void A_broken_quote_names_its_line(string text, int line, string problem)
    {
        var error = Assert.Throws<SeedDataException>(() => Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
    }
}
