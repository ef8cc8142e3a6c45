using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Services;

/// <summary>
/// Judges one city service from what it states (online offer, maturity, connection) and what the inventory records
/// about its products (documented API, supported standards, interfaces); says where the two contradict.
/// </summary>
public static class ServiceAssessor
{
    public const string FitConnectCode = "FIT-CONNECT";

    /// <summary>The OZG maturity level of a complete online application, in model 1.1 and 2.0 alike.</summary>
    public const int OnlineApplicationLevel = 3;

    /// <summary>Whether a recorded maturity level reaches the online application.</summary>
    public static bool ReachesOnlineApplication(int maturityLevel) => maturityLevel >= OnlineApplicationLevel;

    /// <param name="interfaces">The city's recorded interfaces, with their standards.</param>
    public static ServiceAssessment Assess(CityService service, IReadOnlyList<DataInterface> interfaces)
    {
        var procedure = service.Products.FirstOrDefault(p => p.IsSpecialisedProcedure)?.Product;
        var status = StatusOf(service);
        var hasInterface = procedure is not null && HasDocumentedInterface(procedure);
        var blockers = new List<ServiceBlocker>();
        if (!service.IsOnline)
            blockers.Add(new(BlockerKind.NoOnlineOffer, "kein Online-Dienst"));
        if (procedure is null)
            blockers.Add(new(BlockerKind.NoSpecialisedProcedure, "kein Fachverfahren zugeordnet"));
        else
            blockers.AddRange(ProcedureBlockers(procedure, hasInterface, status));
        if (status == DigitalStatus.OnlineWithMediaBreak)
            blockers.Add(new(BlockerKind.MediaBreak, $"Anträge erreichen das Fachverfahren nur mit Medienbruch ({MediaBreakWords(service.Connection)})"));
        if (status == DigitalStatus.OnlineNotYetEndToEnd && service.Connection == ApplicationConnection.Unknown)
            blockers.Add(new(BlockerKind.ConnectionNotRecorded, "Anbindung des Online-Dienstes an das Fachverfahren nicht erfasst"));
        if (status == DigitalStatus.OnlineNotYetEndToEnd && service.MaturityLevel is null or < OnlineApplicationLevel)
            blockers.Add(new(BlockerKind.MaturityBelowOnlineApplication, service.MaturityLevel is null
                ? "Reifegrad nicht erfasst"
                : $"Reifegrad {service.MaturityLevel}: noch kein vollständiger Online-Antrag"));

        return new ServiceAssessment(service, status, procedure, hasInterface, blockers, Contradictions(service, procedure, interfaces));
    }

    public static DigitalStatus StatusOf(CityService service)
    {
        if (!service.IsOnline)
            return DigitalStatus.NotOnline;
        if (service.MaturityModel == MaturityModel.Version20 && service.MaturityLevel == 7)
            return DigitalStatus.EndToEnd;
        if (IsMediaBreak(service.Connection))
            return DigitalStatus.OnlineWithMediaBreak;
        return service.MaturityLevel >= OnlineApplicationLevel && IsElectronic(service.Connection)
            ? DigitalStatus.EndToEnd
            : DigitalStatus.OnlineNotYetEndToEnd;
    }

    public static bool IsMediaBreak(ApplicationConnection connection) =>
        connection is ApplicationConnection.EmailOrPdf or ApplicationConnection.PrintedAndRetyped;

    public static bool IsElectronic(ApplicationConnection connection) =>
        connection is ApplicationConnection.FitConnect or ApplicationConnection.DocumentedApi or ApplicationConnection.XoevOverOsci;

    /// <summary>L2 of the lock-in indicators: a documented API, or an implemented XÖV message format or service API.</summary>
    public static bool HasDocumentedInterface(Product product) =>
        product.HasDocumentedApi || SupportedStandards(product).Any(s => s.Kind is StandardKind.ServiceApi or StandardKind.MessageFormat);

    private static IEnumerable<ServiceBlocker> ProcedureBlockers(Product procedure, bool hasInterface, DigitalStatus status)
    {
        if (!hasInterface)
            yield return new(BlockerKind.ProcedureWithoutInterface, $"Fachverfahren {procedure.Name} hat keine dokumentierte Schnittstelle");
        if (procedure.Lifecycle is LifecycleStatus.PhaseOut or LifecycleStatus.Retired)
            yield return new(BlockerKind.ProcedurePhasingOut, $"Fachverfahren {procedure.Name} {Formatting.Labels.Of(procedure.Lifecycle)}");
        var standards = SupportedStandards(procedure).ToList();
        if (hasInterface && status != DigitalStatus.EndToEnd && !procedure.HasDocumentedApi
            && !standards.Any(s => s.Kind == StandardKind.ServiceApi))
        {
            var formats = standards.Where(s => s.Kind == StandardKind.MessageFormat).Select(s => s.Name).Order(StringComparer.Ordinal);
            yield return new(BlockerKind.NoServiceApi, $"Fachverfahren {procedure.Name} hat keine Service-API; nur {string.Join(", ", formats)}-Nachrichten");
        }
    }

    private static List<string> Contradictions(CityService service, Product? procedure, IReadOnlyList<DataInterface> interfaces)
    {
        var found = new List<string>();
        if (procedure is null || !service.IsOnline)
            return found;
        var standards = SupportedStandards(procedure).ToList();
        switch (service.Connection)
        {
            case ApplicationConnection.FitConnect when !standards.Any(s => s.Code == FitConnectCode):
                found.Add($"Anbindung über FIT-Connect angegeben, aber beim Fachverfahren {procedure.Name} ist FIT-Connect nicht als unterstützt erfasst.");
                break;
            case ApplicationConnection.DocumentedApi when !procedure.HasDocumentedApi && !standards.Any(s => s.Kind == StandardKind.ServiceApi):
                found.Add($"Anbindung über eine dokumentierte Schnittstelle angegeben, aber für das Fachverfahren {procedure.Name} ist keine erfasst.");
                break;
            case ApplicationConnection.XoevOverOsci when !standards.Any(s => s.Kind == StandardKind.MessageFormat):
                found.Add($"Anbindung über XÖV/OSCI angegeben, aber beim Fachverfahren {procedure.Name} ist kein XÖV-Standard als unterstützt erfasst.");
                break;
        }

        if (IsMediaBreak(service.Connection))
        {
            var productIds = service.Products.Select(p => p.ProductId).ToHashSet();
            var electronic = interfaces.FirstOrDefault(i => i.Standard is { Kind: StandardKind.ServiceApi or StandardKind.MessageFormat }
                && i.TargetProductId == procedure.Id && i.SourceProductId != procedure.Id && productIds.Contains(i.SourceProductId));
            if (electronic is not null)
                found.Add($"Medienbruch angegeben, aber eine Schnittstelle ({electronic.Standard!.Name}) zum Fachverfahren {procedure.Name} ist erfasst.");
        }

        return found;
    }

    private static string MediaBreakWords(ApplicationConnection connection) =>
        connection == ApplicationConnection.EmailOrPdf ? "E-Mail oder PDF" : "ausgedruckt und abgetippt";

    private static IEnumerable<Standard> SupportedStandards(Product product) =>
        product.StandardSupport.Where(s => s.Status is SupportStatus.Supported or SupportStatus.Partial).Select(s => s.Standard).OfType<Standard>();
}
