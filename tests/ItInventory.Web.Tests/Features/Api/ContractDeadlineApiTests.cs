using System.Net;
using System.Text.Json;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// The reference case: start 2022-01-01, 36 months minimum, renewing yearly by itself, 3 months' notice to the end of
/// the term. Created through the API, read at two days.
/// </summary>
public class ContractDeadlineApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string Contract = """
        {"contractNumber":"V-API-FRIST","title":"Fachverfahren Fristen","vendorId":1,"evbItType":"PflegeS","start":"2022-01-01",
         "termKind":"Renewing","minimumTermMonths":36,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm"}
        """;

    private async Task<string> CreateAsync()
    {
        var created = await app.Writer.PostAsync("/api/v1/contracts", Json(Contract.Replace("V-API-FRIST", "V-API-" + Guid.NewGuid().ToString("N")[..8])));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    [Theory]
    [InlineData("2024-06-30", "2024-12-31", "2024-09-30")]
    [InlineData("2024-10-15", "2025-12-31", "2025-09-30")]
    public async Task The_deadlines_follow_the_renewals_as_of_the_given_day(string asOf, string nextTermination, string noticeDeadline)
    {
        var location = await CreateAsync();

        var deadlines = (await (await app.ReadOnlyItLeitung.GetAsync($"{location}?asOf={asOf}")).JsonAsync()).GetProperty("deadlines");

        Assert.Equal(asOf, deadlines.GetProperty("asOf").GetString());
        Assert.Equal(nextTermination, deadlines.GetProperty("nextTerminationDate").GetString());
        Assert.Equal(noticeDeadline, deadlines.GetProperty("noticeDeadline").GetString());
        Assert.Equal("2024-12-31", deadlines.GetProperty("currentTermEnd").GetString());
    }

    [Theory]
    [InlineData("2024-06-30", "2024-12-31", "2024-09-30")]
    [InlineData("2024-10-15", "2025-12-31", "2025-09-30")]
    public async Task The_list_computes_the_same_deadlines_for_the_given_day(string asOf, string nextTermination, string noticeDeadline)
    {
        var location = await CreateAsync();
        var number = (await (await app.ReadOnlyItLeitung.GetAsync(location)).JsonAsync()).GetProperty("terms").GetProperty("contractNumber").GetString();

        var list = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/contracts?search={number}&asOf={asOf}")).JsonAsync();

        var deadlines = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("deadlines");
        Assert.Equal(asOf, deadlines.GetProperty("asOf").GetString());
        Assert.Equal(nextTermination, deadlines.GetProperty("nextTerminationDate").GetString());
        Assert.Equal(noticeDeadline, deadlines.GetProperty("noticeDeadline").GetString());
        // "Decision within 100 days" counts from the given day, not from today, by the decision date (90 days' lead).
        var due = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/contracts?search={number}&asOf={asOf}&decisionWithinDays=100")).JsonAsync();
        Assert.Equal(DateOnly.Parse(noticeDeadline).AddDays(-90).DayNumber - DateOnly.Parse(asOf).DayNumber <= 100 ? 1 : 0, due.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_calendar_feed_holds_the_notice_deadline_and_decision_date_as_all_day_events()
    {
        var location = await CreateAsync();
        var id = location[(location.LastIndexOf('/') + 1)..];
        var contract = await (await app.ReadOnlyItLeitung.GetAsync(location)).JsonAsync();
        var number = contract.GetProperty("terms").GetProperty("contractNumber").GetString();
        var decision = DateOnly.Parse(contract.GetProperty("deadlines").GetProperty("decisionDate").GetString()!);

        var response = await app.ReadOnlyItLeitung.GetAsync("/api/v1/deadlines.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(text.Split("\r\n")[..^1], line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var events = Ical.Net.Calendar.Load(text)!.Events;

        // As of the sample city's today (2026-11-28) the 2026 notice deadline has passed: the next is 2027-09-30.
        var notice = Assert.Single(events, e => e.Uid == $"mandant-1-vertrag-{id}-kuendigungsfrist-20270930@itinventory");
        Assert.Equal(new DateOnly(2027, 9, 30), DateOnly.FromDateTime(notice.DtStart!.Value));
        Assert.Equal(new DateOnly(2027, 10, 1), DateOnly.FromDateTime(notice.DtEnd!.Value));
        Assert.False(notice.DtStart.HasTime);
        Assert.StartsWith($"Kündigungsfrist: {number} Fachverfahren Fristen", notice.Summary);
        Assert.Contains("Nächster Kündigungstermin: 31.12.2027", notice.Description);
        Assert.Matches(@"\r\nDTSTAMP:\d{8}T\d{6}Z\r\n", text);
        var decisionEvent = Assert.Single(events, e => e.Uid == $"mandant-1-vertrag-{id}-entscheidung-{decision:yyyyMMdd}@itinventory");
        Assert.Equal(decision, DateOnly.FromDateTime(decisionEvent.DtStart!.Value));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }
}
