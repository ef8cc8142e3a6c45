using System.Text;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>A delivery that left work behind is kept for the problem mail; a clean one leaves nothing.</summary>
public class InvoiceBatchTests : IAsyncLifetime
{
    private InvoiceTestData _data = null!;

    public async Task InitializeAsync() => _data = await InvoiceTestData.CreateAsync();

    public async Task DisposeAsync() => await _data.Db.DisposeAsync();

    [Fact]
    public async Task A_delivery_with_a_refused_file_is_kept_with_its_counts_and_problems_and_a_clean_one_is_not()
    {
        var intake = _data.Intake();
        var clean = await intake.ReceiveAsync("re.xml", Encoding.UTF8.GetBytes(_data.Invoice()));
        Assert.Equal(IntakeOutcome.Booked, Assert.Single(clean).Outcome);
        await intake.KeepBatchAsync(clean, InvoiceBatchChannel.Upload);
        Assert.Equal(0, await BatchCountAsync());

        var mixed = (await intake.ReceiveAsync("re2.xml", Encoding.UTF8.GetBytes(_data.Invoice("777"))))
            .Concat(await intake.ReceiveAsync("notiz.txt", "kein XML"u8.ToArray())).ToList();
        await intake.KeepBatchAsync(mixed, InvoiceBatchChannel.Upload);

        await using var db = _data.Db.CreateContext();
        var batch = await db.InvoiceBatches.SingleAsync();
        Assert.Equal(("re2.xml", InvoiceBatchChannel.Upload, "i.leitung", 1, 0, 1),
            (batch.Name, batch.Channel, batch.ReceivedBy, batch.Booked, batch.ToReview, batch.Refused));
        Assert.StartsWith("notiz.txt (abgelehnt): ", batch.Problems);
        Assert.InRange(batch.ReceivedAtUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);

        var council = new InvoiceIntakeService(_data.Db.Factory, FixedCurrentUser.WithRoles("rat", Roles.Rat),
            Options.Create(new InvoiceOptions()), _data.Db.Clock, TimeProvider.System);
        await Assert.ThrowsAsync<AccessDeniedException>(() => council.KeepBatchAsync(mixed, InvoiceBatchChannel.Api));
        Assert.Equal(1, await BatchCountAsync());
    }

    [Fact]
    public void Ten_thousand_problems_fit_the_column_refusals_first_and_the_rest_counted()
    {
        var results = Enumerable.Range(1, 10_000)
            .Select(i => new IntakeResult($"rechnung-{i}.xml", i % 2 == 0 ? IntakeOutcome.ToReview : IntakeOutcome.Refused, new string('x', 300)))
            .Prepend(new IntakeResult("lieferung.zip", IntakeOutcome.Booked, "gebucht"))
            .ToList();

        var batch = InvoiceBatches.From(results, InvoiceBatchChannel.Api, new string('n', 1000), DateTime.UtcNow)!;

        Assert.True(batch.Problems.Length <= InvoiceBatch.ProblemsLength, $"{batch.Problems.Length} characters");
        Assert.Equal(InvoiceBatch.ByLength, batch.ReceivedBy.Length);
        Assert.Equal((1, 5_000, 5_000), (batch.Booked, batch.ToReview, batch.Refused));
        var lines = batch.Problems.Split('\n');
        Assert.All(lines[..^1], line => Assert.Contains("(abgelehnt)", line));
        Assert.Equal($"… und {10_000 - (lines.Length - 1)} weitere", lines[^1].Replace(".", ""));
        Assert.Equal("1 gebucht, 5.000 zu prüfen, 5.000 abgelehnt", InvoiceBatches.Counts(batch.Booked, batch.ToReview, batch.Refused));
    }

    private async Task<int> BatchCountAsync()
    {
        await using var db = _data.Db.CreateContext();
        return await db.InvoiceBatches.CountAsync();
    }
}
