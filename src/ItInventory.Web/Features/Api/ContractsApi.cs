using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// A contract with its deadlines as of <see cref="ContractDeadlines.AsOf"/>, whether it runs (the same label as on
/// every page) and the decision it waits for (null when none).
/// </summary>
public sealed record ContractResource(
    int Id, string Vendor, ContractInput Terms, ContractDeadlines Deadlines, ContractRunState RunState, ContractDecision? Decision,
    IReadOnlyList<CoveredProductRow> Products, int CostLineCount);

/// <summary><c>/api/v1/contracts</c>, backed by <see cref="ContractService"/>; deadlines come from the same calculator as the pages.</summary>
public static class ContractsApi
{
    private static readonly Dictionary<string, Func<ContractListRow, object?>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contractNumber"] = r => r.ContractNumber, ["title"] = r => r.Title, ["vendor"] = r => r.Vendor, ["start"] = r => r.Start,
        ["noticeDeadline"] = r => r.Deadlines.NoticeDeadline, ["nextTerminationDate"] = r => r.Deadlines.NextTerminationDate,
        ["decisionDate"] = r => r.Deadlines.DecisionDate,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/contracts").WithTags("Verträge");
        var write = ApiPolicies.For(Permission.EditContracts);

        group.MapGet("/", async (ContractService contracts, string? search, int? decisionWithinDays, int? vendorId, EvbItType? evbItType,
                string? asOf, string? sort, int? page, int? pageSize, CancellationToken ct) =>
            {
                var (p, size) = ApiQuery.Paging(page, pageSize);
                var (key, descending) = ApiQuery.Sort(sort, SortKeys, SortKeys["contractNumber"]);
                var rows = (await contracts.ListAsync(new ContractQuery(search, ApiQuery.WithinDays(decisionWithinDays), ApiQuery.AsOf(asOf)), ct)).Rows
                    .Where(r => vendorId is null || r.VendorId == vendorId)
                    .Where(r => evbItType is null || r.EvbItType == evbItType);
                rows = descending ? rows.OrderByDescending(key).ThenBy(r => r.ContractNumber) : rows.OrderBy(key).ThenBy(r => r.ContractNumber);
                return TypedResults.Ok(ApiQuery.PageOf(rows, p, size));
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Verträge auflisten")
            .WithDescription("Mit den Fristen zum Stichtag asOf (JJJJ-MM-TT, Vorgabe: heute): Ende der laufenden Periode, nächster Kündigungstermin, Kündigungsfrist, Entscheidungsdatum; runState (läuft, gekündigt, beendet, mit Beschriftung wie auf allen Seiten) und decision (Entscheidungstermin, Tage bis dahin, überfällig ja/nein). Filter: search, decisionWithinDays (Entscheidung in den N Tagen ab dem Stichtag, überfällige eingeschlossen; dieselbe Regel wie Übersicht, Vertragsliste und Auffälligkeiten), vendorId, evbItType. Sortierung: contractNumber, title, vendor, start, noticeDeadline, nextTerminationDate, decisionDate.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async (int id, string? asOf, ContractService contracts, HttpResponse response, CancellationToken ct) =>
            {
                var contract = await ReadAsync(contracts, id, ApiQuery.AsOf(asOf), ct);
                ETags.Set(response, contract.Terms.Version);
                return TypedResults.Ok(contract);
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithSummary("Einen Vertrag mit seinen Fristen lesen")
            .WithDescription("Die Fristen folgen den Verlängerungen und gelten zum Stichtag asOf (JJJJ-MM-TT, Vorgabe: heute), z. B. ?asOf=2024-06-30.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ContractInput input, ContractService contracts, HttpResponse response, CancellationToken ct) =>
            {
                var id = await contracts.CreateAsync(input, ct);
                var contract = await ReadAsync(contracts, id, null, ct);
                ETags.Set(response, contract.Terms.Version);
                return TypedResults.Created($"/api/v1/contracts/{id}", contract);
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Vertrag anlegen")
            .WithDescription("Dieselben Regeln wie im Formular, z. B. eindeutige Vertragsnummer, Laufzeit und Kündigungsfrist passend zur Vertragsart, nur Produkte, die der Anbieter herstellt oder betreibt.")
            .ProducesValidationProblem();

        group.MapPut("/{id:int}", async (int id, ContractInput input, HttpRequest request, HttpResponse response, ContractService contracts, CancellationToken ct) =>
            {
                input.Version = ETags.RequiredVersion(request, ContractService.EntityName);
                ETags.Set(response, await contracts.UpdateAsync(id, input, ct));
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Vertrag ändern")
            .WithDescription("If-Match mit dem ETag ist Pflicht (fehlt er: 428; ist er veraltet: 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", async (int id, HttpRequest request, ContractService contracts, CancellationToken ct) =>
            {
                await contracts.DeleteAsync(id, ETags.RequiredVersion(request, ContractService.EntityName), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(write)
            .WithSummary("Einen Vertrag löschen")
            .WithDescription("Abgelehnt (409), solange Kostenpositionen auf ihn verweisen.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<ContractResource> ReadAsync(ContractService contracts, int id, DateOnly? asOf, CancellationToken ct)
    {
        var details = await contracts.GetAsync(id, asOf, ct);
        return new ContractResource(details.Id, details.Vendor, details.Terms, details.Deadlines, details.RunState, details.Decision,
            details.Products, details.CostLineCount);
    }
}
