using ItInventory.Web.Data.Entities;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>A delivery's outcome as kept for the problem mail: its counts and, as far as they fit, its problems.</summary>
public static class InvoiceBatches
{
    /// <returns>The record to keep; null when every file was booked (nothing left to do, nothing to tell).</returns>
    public static InvoiceBatch? From(IReadOnlyList<IntakeResult> results, InvoiceBatchChannel channel, string receivedBy, DateTime receivedAtUtc)
    {
        var problems = results.Where(r => r.Outcome != IntakeOutcome.Booked).ToList();
        if (problems.Count == 0)
        {
            return null;
        }

        return new InvoiceBatch
        {
            Name = Clip(results[0].FileName, InvoiceBatch.NameLength),
            Channel = channel,
            ReceivedBy = Clip(receivedBy, InvoiceBatch.ByLength),
            ReceivedAtUtc = receivedAtUtc,
            Booked = results.Count(r => r.Outcome == IntakeOutcome.Booked),
            ToReview = problems.Count(r => r.Outcome == IntakeOutcome.ToReview),
            Refused = problems.Count(r => r.Outcome == IntakeOutcome.Refused),
            Problems = ProblemLines(problems),
        };
    }

    /// <summary>"3 gebucht, 2 zu prüfen, 1 abgelehnt": the parts that are not zero.</summary>
    public static string Counts(int booked, int toReview, int refused) => string.Join(", ", new[]
    {
        booked > 0 ? $"{Number(booked, 0)} gebucht" : null,
        toReview > 0 ? $"{Number(toReview, 0)} zu prüfen" : null,
        refused > 0 ? $"{Number(refused, 0)} abgelehnt" : null,
    }.OfType<string>());

    /// <summary>Refusals first (nothing was stored for them), one line per file, then how many did not fit.</summary>
    private static string ProblemLines(List<IntakeResult> problems)
    {
        var lines = new List<string>();
        var length = 0;
        // Room for the closing line ("… und 12.345 weitere").
        const int reserve = 40;
        foreach (var problem in problems.OrderBy(p => p.Outcome == IntakeOutcome.Refused ? 0 : 1))
        {
            var line = Clip($"{problem.FileName} ({problem.OutcomeLabel}): {problem.Message}", 500);
            if (length + line.Length + 1 > InvoiceBatch.ProblemsLength - reserve)
            {
                lines.Add($"… und {Number(problems.Count - lines.Count, 0)} weitere");
                break;
            }
            lines.Add(line);
            length += line.Length + 1;
        }
        return string.Join('\n', lines);
    }
}
