using System.CommandLine;
using System.Globalization;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using Microsoft.Extensions.Options;
using static ItInventory.Web.Composition.Cli.VerbOptions;

namespace ItInventory.Web.Composition.Cli;

/// <summary>
/// <c>reminders run [--as-of YYYY-MM-DD]</c>: one pass of the reminder service (record what is due, send what is
/// recorded), then exit; for cron-style operation, demos and tests. The same records as the background service, so a
/// pass run twice, or beside a running app, sends nothing twice.
/// </summary>
internal static class RemindersVerb
{
    public static Command Create(VerbHost host)
    {
        var asOf = Text("--as-of", "JJJJ-MM-TT", "Der Tag, für den fällige Erinnerungen gesucht werden; ohne die Angabe heute (oder Inventory:AsOfDate).");
        asOf.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var text }] && !string.IsNullOrWhiteSpace(text) && Parse(text) is null)
            {
                result.AddError($"Die Option „--as-of“ erwartet ein Datum wie 2026-12-31, nicht „{text}“.");
            }
            else if (result.Tokens is [{ Value: var valid }] && Parse(valid) is { } date && DateRules.Problem(date, "Das Datum von „--as-of“") is { } problem)
            {
                result.AddError(problem);
            }
        });
        var run = new Command("run", "Sucht einmal fällige Erinnerungen, merkt sie vor und sendet sie; danach endet der Befehl.") { asOf };
        run.SetAction(async parsed =>
        {
            // Told before the database is touched: without a mail server a pass would only migrate and seed it.
            if (!host.DatabaseAsIs.GetRequiredService<IOptions<MailOptions>>().Value.IsConfigured)
            {
                Console.Error.WriteLine(ReminderRunSummary.NotConfigured.Describe());
                return 1;
            }

            await using var scope = await host.PreparedScopeAsync();
            var summary = await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(Parse(parsed.GetValue(asOf)));
            Console.WriteLine(summary.Describe());
            return summary.Configured ? 0 : 1;
        });
        return new Command("reminders", "E-Mail-Erinnerungen an Fristen.") { run };
    }

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
