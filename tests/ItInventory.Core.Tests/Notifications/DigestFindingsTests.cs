using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;

namespace ItInventory.Core.Tests.Notifications;

public class DigestFindingsTests
{
    private static Finding Of(FindingKind kind, int contractId, string explanation = "x", DateOnly? due = null) =>
        new(kind, Severity.Warning, SubjectRef.Contract(contractId, "V"), "T", explanation, DueDate: due);

    [Fact]
    public void Only_findings_not_named_by_the_previous_digest_are_new()
    {
        var kept = Of(FindingKind.NoticeDeadline, 1, due: new DateOnly(2027, 3, 31));
        var previous = DigestFindings.Parse(DigestFindings.Format([kept, Of(FindingKind.ContractDataIncomplete, 2)]));
        var reworded = kept with { Explanation = "anders formuliert" };
        var nextTerm = kept with { DueDate = new DateOnly(2028, 3, 31) };
        var otherContract = Of(FindingKind.NoticeDeadline, 3);
        var otherTitle = kept with { Title = "Zweiter Befund derselben Art" };

        var fresh = DigestFindings.New([reworded, nextTerm, otherContract, otherTitle], f => f, previous);

        Assert.Equal([nextTerm, otherContract, otherTitle], fresh);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("a\nb\na", 2)]
    public void The_stored_set_reads_back(string? stored, int count) => Assert.Equal(count, DigestFindings.Parse(stored).Count);
}
