using ItInventory.Core.Analysis.Exit;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <param name="PaybackYear">The year the switch pays back within the plan horizon; null when it does not or cannot be said (see BreakEvenKnown).</param>
/// <param name="Readiness">"bereit", "mit Vorbereitung" or "nicht möglich ohne Vorarbeit".</param>
public sealed record ExitListItemResource(int ProductId, string Product, DateOnly? EarliestExit, DateOnly? RealisticExit,
    DateOnly? NoticeDeadline, DateOnly? DecisionDate, string Readiness, decimal SwitchingCost, string Alternative,
    decimal? AlternativeAnnualCost, decimal? CurrentAnnualCost, bool BreakEvenKnown, int? PaybackYear, string BreakEven);

public sealed record ExitContractResource(int ContractId, string Contract, DateOnly? NextTermination, DateOnly? NoticeDeadline,
    DateOnly? DecisionDate, DateOnly? RealisticTermination, string? Note);

public sealed record ExitCostItemResource(string Key, string Label, decimal Default, decimal Amount, bool Edited, string Basis);

/// <param name="State">"erfüllt", "nicht erfüllt" or "unbekannt".</param>
public sealed record ExitCheckResource(string Label, string State, string Basis, bool Blocking);

/// <param name="Stated">What a person stated (as PUT takes it); the rest is derived.</param>
public sealed record ExitAssessmentResource(ExitAssessmentWrite Stated, ExitListItemResource Summary, DateOnly SuccessorReadyOn, IReadOnlyList<ExitContractResource> Contracts,
    IReadOnlyList<string> Notes, IReadOnlyList<ExitCostItemResource> CostItems, IReadOnlyList<ExitCheckResource> Checklist,
    string ReadinessExplanation, IReadOnlyList<BreakEvenYear> BreakEvenYears);

/// <summary>What a client states in a product's exit assessment; the rest is derived from the inventory.</summary>
/// <param name="CostItems">The switching-cost items set by hand, key → amount (keys as in costItems of the assessment); the others keep their defaults.</param>
public sealed record ExitAssessmentWrite(string? AlternativeName, decimal? AlternativeAnnualCost, DateOnly? ExportTestedOn, string? Notes,
    Dictionary<string, decimal>? CostItems)
{
    public ExitAssessmentInput ToInput() => new()
    {
        AlternativeName = AlternativeName, AlternativeAnnualCost = AlternativeAnnualCost, ExportTestedOn = ExportTestedOn, Notes = Notes,
    };
}

/// <summary><c>/api/v1/exit</c>: the exit list and one product's exit assessment as the pages show them; the assessment's stated facts can be replaced.</summary>
public static class ExitApi
{
    public const int MaxMonths = 1_200;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/exit", async (ExitService exits, int? months, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                if (months is < 1 or > MaxMonths)
                    throw new ApiQueryException("months", $"Der Zeitraum muss zwischen 1 und {MaxMonths} Monaten liegen.");
                var rows = await exits.ListAsync(ct);
                var until = months is { } m ? exits.Today.AddMonths(m) : (DateOnly?)null;
                return TypedResults.Ok(ApiQuery.PageOf(rows.Where(r => until is null || (r.Dates.EarliestExit is { } d && d <= until)).Select(Summary), p, size));
            })
            .WithTags("Ausstieg")
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Ausstiegsplanung: Produkte nach realistischem Ausstiegstermin")
            .WithDescription("Frühester Ausstieg (spätester nächster Kündigungstermin der bindenden Verträge), realistischer Termin mit der "
                             + "Vorlaufzeit der Vergabe, Bereitschaft, Wechselkosten und Amortisation je Produkt. months (1-1200) beschränkt auf "
                             + "Produkte, deren frühester Ausstieg in so vielen Monaten erreichbar ist.")
            .Produces<PagedResult<ExitListItemResource>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/exit/{productId:int}", async (int productId, ExitService exits, HttpResponse response, CancellationToken ct) =>
            {
                var result = await exits.GetAsync(productId, ct);
                var assessment = Detail(result, Stated(result, await exits.GetInputAsync(productId, ct) ?? new ExitAssessmentInput()));
                ETags.Set(response, await exits.VersionAsync(productId, ct));
                return TypedResults.Ok(assessment);
            })
            .WithTags("Ausstieg")
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Ausstiegsbewertung eines Produkts")
            .WithDescription("Termine je Vertrag, Wechselkosten je Posten mit Grundlage, Checkliste, Bereitschaft und Amortisation je Jahr. "
                             + "Der ETag nennt die Version der erfassten Angaben (lauter Nullen, solange keine erfasst sind).")
            .Produces<ExitAssessmentResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/exit/{productId:int}", async (int productId, ExitAssessmentWrite input, HttpRequest request, HttpResponse response, ExitService exits, CancellationToken ct) =>
            {
                var version = ETags.RequiredVersion(request, ExitService.EntityName);
                ETags.Set(response, await exits.ReplaceAsync(productId, input.ToInput(), input.CostItems, version, ct));
                return TypedResults.NoContent();
            })
            .WithTags("Ausstieg")
            .RequireAuthorization(ApiPolicies.For(Permission.EditCosts))
            .WithSummary("Ausstiegsbewertung eines Produkts erfassen")
            .WithDescription("Ersetzt die erfassten Angaben: Alternative und ihre laufenden Kosten je Jahr, Datum des letzten Exporttests, Notiz und die von Hand "
                             + "gesetzten Wechselkosten (costItems: Schlüssel → Betrag; Schlüssel migration, interface:<Nummer>, parallel, training, procurement, exitfees; "
                             + "nicht genannte Posten gelten mit ihrer Vorgabe). If-Match mit dem ETag aus GET ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static ExitListItemResource Summary(ExitResult r) => new(r.ProductId, r.ProductName, r.Dates.EarliestExit, r.Dates.RealisticExit,
        r.Dates.FirstNoticeDeadline, r.Dates.FirstDecisionDate, r.Readiness.Label, r.SwitchingCost.Total, r.Alternative,
        r.AlternativeAnnualCost, r.CurrentAnnualCost, r.BreakEven.Known, r.BreakEven.PaybackYear, r.BreakEven.Verdict);

    private static ExitAssessmentWrite Stated(ExitResult r, ExitAssessmentInput input) => new(input.AlternativeName, input.AlternativeAnnualCost,
        input.ExportTestedOn, input.Notes, r.SwitchingCost.Items.Where(i => i.Edited).ToDictionary(i => i.Key, i => i.Amount));

    private static ExitAssessmentResource Detail(ExitResult r, ExitAssessmentWrite stated) => new(
        stated, Summary(r), r.Dates.SuccessorReadyOn,
        [.. r.Dates.Contracts.Select(c => new ExitContractResource(c.ContractId, c.ContractName, c.NextTermination, c.NoticeDeadline, c.DecisionDate, c.RealisticTermination, c.Note))],
        r.Dates.Notes,
        [.. r.SwitchingCost.Items.Select(i => new ExitCostItemResource(i.Key, i.Label, i.Default, i.Amount, i.Edited, i.Basis))],
        [.. r.Readiness.Checks.Select(c => new ExitCheckResource(c.Label, ExitReadiness.StateLabel(c.State), c.Basis, c.Blocking))],
        r.Readiness.Explanation, r.BreakEven.Years);
}
