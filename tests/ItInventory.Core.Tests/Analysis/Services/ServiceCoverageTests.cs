using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Services;

public class ServiceCoverageTests
{
    [Theory]
    [InlineData(null, MaturityModel.Version20, 7, ApplicationConnection.FitConnect, DigitalStatus.NotOnline)]
    [InlineData("Portal", MaturityModel.Version20, 7, ApplicationConnection.Unknown, DigitalStatus.EndToEnd)]
    [InlineData("Portal", MaturityModel.Version20, 3, ApplicationConnection.FitConnect, DigitalStatus.EndToEnd)]
    [InlineData("Portal", MaturityModel.Version20, 3, ApplicationConnection.XoevOverOsci, DigitalStatus.EndToEnd)]
    [InlineData("Portal", MaturityModel.Version11, 3, ApplicationConnection.DocumentedApi, DigitalStatus.EndToEnd)]
    [InlineData("Portal", MaturityModel.Version11, 4, ApplicationConnection.EmailOrPdf, DigitalStatus.OnlineWithMediaBreak)]
    [InlineData("Portal", MaturityModel.Version20, 6, ApplicationConnection.PrintedAndRetyped, DigitalStatus.OnlineWithMediaBreak)]
    [InlineData("Portal", MaturityModel.Version20, 2, ApplicationConnection.FitConnect, DigitalStatus.OnlineNotYetEndToEnd)]
    [InlineData("Portal", MaturityModel.Version20, 5, ApplicationConnection.Unknown, DigitalStatus.OnlineNotYetEndToEnd)]
    [InlineData("Portal", MaturityModel.Version20, null, ApplicationConnection.FitConnect, DigitalStatus.OnlineNotYetEndToEnd)]
    [InlineData("  ", MaturityModel.Version20, 7, ApplicationConnection.FitConnect, DigitalStatus.NotOnline)]
    public void The_status_follows_online_offer_maturity_and_connection(
        string? online, MaturityModel model, int? level, ApplicationConnection connection, DigitalStatus expected) =>
        Assert.Equal(expected, ServiceAssessor.StatusOf(new CityService
            { OnlineServiceName = online, MaturityModel = model, MaturityLevel = level, Connection = connection }));

    [Theory]
    [InlineData(3, 3, 2, 1, 0, 0, 38_000, 33_000)]
    [InlineData(null, 6, 2, 1, 1, 2, 41_000, 33_000)]
    [InlineData(1, 1, 1, 0, 0, 0, 30_000, 30_000)]
    public void The_top_N_figures_count_services_and_cases(
        int? topN, int services, int endToEnd, int mediaBreak, int notYet, int notOnline, long cases, long endToEndCases)
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, topN);

        Assert.Equal(new CoverageFigures(services, endToEnd, mediaBreak, notYet, notOnline, cases, endToEndCases), report.Figures);
        Assert.Equal(41_000, report.AllCases);
    }

    [Fact]
    public void The_ranking_puts_most_cases_first_and_services_without_a_number_last()
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, null);

        Assert.Equal(["Meldebescheinigung/Ummeldung", "Gewerbeanmeldung", "Wohngeld", "Hundesteuer", "Bewohnerparkausweis", "Fischereischein"],
            report.Top.Select(a => a.Name));
        Assert.Equal(33_000m / 38_000m, ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, 3).Figures.EndToEndCaseShare);
        Assert.Equal(38_000m / 41_000m, ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, 3).TopCaseShare);
    }

    [Fact]
    public void A_service_handled_by_two_products_counts_once_and_for_both_vendors()
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, 2);
        var changeOfAddress = report.Top[0];

        Assert.Equal(SmallCity.Registry, changeOfAddress.Procedure);
        Assert.Equal(2, changeOfAddress.Products.Count());
        Assert.Equal(2, report.Figures.Services);
        Assert.Equal(
            [("Gewerbesoft KG", 1, 1), ("PortalHaus AG", 2, 0), ("Meldewerk GmbH", 1, 0)],
            report.Vendors.Select(v => (v.Vendor.Name, v.Services, v.ProblemServices)));
    }

    [Fact]
    public void The_blockers_say_in_German_what_stands_in_the_way()
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, null);
        string[] Blockers(int rank) => [.. report.Top[rank].Blockers.Select(b => b.Text)];

        Assert.Empty(Blockers(0));
        Assert.Equal(
            ["Fachverfahren GewerbeAmt 5 hat keine dokumentierte Schnittstelle",
             "Anträge erreichen das Fachverfahren nur mit Medienbruch (ausgedruckt und abgetippt)"], Blockers(1));
        Assert.Equal(["kein Online-Dienst", "kein Fachverfahren zugeordnet"], Blockers(3));
        Assert.Equal(BlockerKind.NoOnlineOffer, report.Top[3].WorstBlocker!.Kind);
        Assert.Equal(BlockerKind.ProcedureWithoutInterface, report.Top[1].WorstBlocker!.Kind);
    }

    [Fact]
    public void A_procedure_with_only_message_formats_has_no_service_API()
    {
        var service = SmallCity.Services()[0];
        service.MaturityLevel = 2;

        Assert.Contains("Fachverfahren MeldeWerk EWO hat keine Service-API; nur XMeld-Nachrichten",
            ServiceAssessor.Assess(service, []).Blockers.Select(b => b.Text));
    }

    [Fact]
    public void A_stated_connection_that_the_recorded_interfaces_contradict_is_named()
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, null);

        Assert.Equal(["Medienbruch angegeben, aber eine Schnittstelle (FIT-Connect) zum Fachverfahren GewerbeAmt 5 ist erfasst."],
            report.Top[1].Contradictions);
        Assert.Equal(["Anbindung über eine dokumentierte Schnittstelle angegeben, aber für das Fachverfahren GewerbeAmt 5 ist keine erfasst."],
            report.Top[4].Contradictions);
        Assert.Empty(report.Top[2].Contradictions);
        Assert.Empty(ServiceCoverage.Of(SmallCity.Services(), [], null).Top[1].Contradictions);
    }

    [Fact]
    public void Life_situations_get_the_same_figures()
    {
        var report = ServiceCoverage.Of(SmallCity.Services(), SmallCity.Interfaces, null);

        Assert.Equal(
            [("Umzug", 3, 1, 33_000L), ("Unternehmensgründung", 1, 0, 5_000L), ("Wohnen", 1, 1, 3_000L), ("ohne Lebenslage", 1, 0, 0L)],
            report.LifeSituations.Select(l => (l.LifeSituation, l.Figures.Services, l.Figures.EndToEnd, l.Figures.Cases)));
    }
}
