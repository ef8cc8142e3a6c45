using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Exit;

/// <summary>One year of the break-even view: the saving in it and the running balance after the switching cost.</summary>
public sealed record BreakEvenYear(int Year, decimal Saving, decimal Cumulative);

/// <summary>
/// Whether switching pays back within the plan horizon. <see cref="PaybackYear"/> is the first year whose cumulative
/// saving covers the switching cost; null when it does not within the horizon, or cannot be said.
/// </summary>
public sealed record BreakEven(IReadOnlyList<BreakEvenYear> Years, int? PaybackYear, bool Known, string Verdict)
{
    public bool PaysBack => PaybackYear is not null;
}

/// <summary>
/// The cumulative saving of the alternative against the switching cost over the plan horizon. The switching cost
/// falls in the exit year; the saving runs from the exit date, so the exit year counts only its remaining months.
/// </summary>
public static class BreakEvenCalculator
{
    public static BreakEven Calculate(decimal? currentAnnualCost, decimal? alternativeAnnualCost, decimal switchingCost,
        DateOnly? exitDate, int lastPlanYear)
    {
        if (alternativeAnnualCost is not { } alternative)
            return Unknown("Ohne erwartete Kosten einer Alternative (Marktrecherche nötig) lässt sich keine Amortisation berechnen.");
        if (currentAnnualCost is not { } current)
            return Unknown("Die laufenden Kosten des Produkts sind unbekannt; eine Amortisation lässt sich nicht berechnen.");
        if (exitDate is not { } exit)
            return Unknown("Der Ausstiegstermin ist unbekannt; eine Amortisation lässt sich nicht berechnen.");

        var annualSaving = current - alternative;
        var years = new List<BreakEvenYear>();
        var cumulative = -switchingCost;
        int? payback = null;
        // The saving starts the day after the old contract ends.
        var start = exit.AddDays(1);
        for (var year = start.Year; year <= lastPlanYear; year++)
        {
            var months = year == start.Year ? 13 - start.Month : 12;
            var saving = decimal.Round(annualSaving * months / 12m, 2, MidpointRounding.AwayFromZero);
            cumulative += saving;
            years.Add(new BreakEvenYear(year, saving, cumulative));
            if (payback is null && cumulative >= 0m)
                payback = year;
        }

        var verdict = payback is { } paid
            ? $"Der Wechsel amortisiert sich {paid}: die Einsparung von {Euro(annualSaving)} pro Jahr deckt die Wechselkosten von {Euro(switchingCost)}."
            : annualSaving <= 0m
                ? $"Der Wechsel amortisiert sich nie: die Alternative kostet {Euro(alternative)} pro Jahr, nicht weniger als heute {Euro(current)}."
                : years.Count == 0
                    ? $"Der Ausstieg liegt nach dem Finanzplanungszeitraum (bis {lastPlanYear}); keine Amortisation darin."
                    : $"Der Wechsel amortisiert sich nicht bis {lastPlanYear}: nach Abzug der Wechselkosten von {Euro(switchingCost)} bleiben {Euro(cumulative)}.";
        return new BreakEven(years, payback, true, verdict);
    }

    private static BreakEven Unknown(string why) => new([], null, false, why);
}
