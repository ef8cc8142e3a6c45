using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Exit;

public class ExitDateCalculatorTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 6);
    private static DateOnly D(string s) => DateOnly.Parse(s);
    private static DateOnly? N(string? s) => s is null ? null : DateOnly.Parse(s);

    /// <summary>The contracts the cases combine, by letter.</summary>
    private static Contract ContractOf(char letter) => letter switch
    {
        // 3 years, then tacitly 12 months, 3 months' notice: the 2026 deadline (30.09.) has passed.
        'A' => new Contract { Id = 1, ContractNumber = "A", Start = D("2022-01-01"), TermKind = ContractTermKind.Renewing, MinimumTermMonths = 36,
            RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3, VendorId = 1 },
        // Open-ended to the end of the year with 6 months' notice: the data centre's agreement.
        'B' => new Contract { Id = 2, ContractNumber = "B", Start = D("2015-01-01"), TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = 6,
            NoticeReference = NoticeReference.EndOfYear, EvbItType = EvbItType.PublicLawAgreement, VendorId = 2 },
        // Ends by itself on 31.03.2027, before a successor can be procured.
        'C' => new Contract { Id = 3, ContractNumber = "C", Start = D("2024-04-01"), TermKind = ContractTermKind.FixedEnd, FixedEnd = D("2027-03-31"), VendorId = 1 },
        // Renews every 1 July; the termination after the successor is ready is a whole year later.
        'D' => new Contract { Id = 4, ContractNumber = "D", Start = D("2024-07-01"), TermKind = ContractTermKind.Renewing, MinimumTermMonths = 24,
            RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3, VendorId = 1 },
        // Renewing without a renewal period: the deadline rules cannot tell.
        'X' => new Contract { Id = 5, ContractNumber = "X", Start = D("2024-01-01"), TermKind = ContractTermKind.Renewing, TacitRenewal = true, VendorId = 1 },
        // Ended in 2025: binds nothing any more.
        'E' => new Contract { Id = 6, ContractNumber = "E", Start = D("2020-01-01"), TermKind = ContractTermKind.FixedEnd, FixedEnd = D("2025-12-31"), VendorId = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };

    private static readonly Dictionary<int, Vendor> Vendors = new()
    {
        [1] = new Vendor { Id = 1, Name = "Softwarehaus", Kind = VendorKind.PrivateVendor },
        [2] = new Vendor { Id = 2, Name = "Zweckverband KDN", Kind = VendorKind.MunicipalDataCentre },
    };

    [Theory]
    // One contract: the next termination from the deadline rules; with 9 months' procurement (ready 06.09.2027) the realistic date.
    [InlineData("A", 9, "2027-12-31", "2027-12-31")]
    [InlineData("B", 9, "2027-12-31", "2027-12-31")]
    [InlineData("D", 9, "2027-06-30", "2028-06-30")] // the successor is not ready by 30.06.2027: one more renewal
    [InlineData("C", 9, "2027-03-31", "2027-09-06")] // ends by itself earlier: bridged until the successor is ready
    // Several contracts: the latest of them binds.
    [InlineData("AC", 9, "2027-12-31", "2027-12-31")]
    [InlineData("CD", 9, "2027-06-30", "2028-06-30")]
    [InlineData("ABD", 9, "2027-12-31", "2028-06-30")]
    // An ended contract binds nothing.
    [InlineData("CE", 9, "2027-03-31", "2027-09-06")]
    // A contract the rules cannot compute makes the date unknown, not the others' date.
    [InlineData("AX", 9, null, null)]
    // No procurement lead: the realistic date is the earliest.
    [InlineData("CD", 0, "2027-06-30", "2027-06-30")]
    // 12 months' EU tender: ready 06.12.2027.
    [InlineData("A", 12, "2027-12-31", "2027-12-31")]
    [InlineData("C", 12, "2027-03-31", "2027-12-06")]
    // No contract: leaving depends on the procurement only.
    [InlineData("", 9, "2026-12-06", "2027-09-06")]
    public void Earliest_exit_is_the_latest_next_termination_and_the_lead_time_moves_the_realistic_date(
        string contracts, int leadMonths, string? earliest, string? realistic)
    {
        var calculator = new ExitDateCalculator(new DeadlineCalculator(new AnalysisOptions()), new ExitOptions { ProcurementLeadMonths = leadMonths });

        var result = calculator.Calculate(contracts.Select(ContractOf).ToList(), Vendors, AsOf);

        Assert.Equal((N(earliest), N(realistic)), (result.EarliestExit, result.RealisticExit));
    }

    [Fact]
    public void Each_contract_keeps_its_notice_deadline_and_decision_date_from_the_deadline_rules()
    {
        var calculator = new ExitDateCalculator(new DeadlineCalculator(new AnalysisOptions { DecisionLeadDays = 90 }), new ExitOptions());

        var result = calculator.Calculate([ContractOf('A'), ContractOf('X')], Vendors, AsOf);

        var a = Assert.Single(result.Contracts, c => c.ContractName == "A");
        Assert.Equal((D("2027-12-31"), D("2027-09-30"), D("2027-07-02")), (a.NextTermination, a.NoticeDeadline, a.DecisionDate));
        Assert.Contains(result.Notes, n => n.StartsWith("Vertrag X: nächster Kündigungstermin unbekannt", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaving_a_data_centre_association_follows_its_statutes()
    {
        var calculator = new ExitDateCalculator(new DeadlineCalculator(), new ExitOptions());

        var result = calculator.Calculate([ContractOf('B')], Vendors, AsOf);

        Assert.StartsWith("Austritt aus dem Zweckverband nach dessen Satzung", Assert.Single(result.Contracts).Note);
    }
}
