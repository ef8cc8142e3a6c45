using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Web.Features.Reports;

public static class ContractStatusLabels
{
    public static string Of(ContractStatus status) => status switch
    {
        ContractStatus.NotStarted => "noch nicht begonnen",
        ContractStatus.Running => "läuft",
        ContractStatus.NoticeWindowOpen => "jetzt entscheiden: kündigen oder verlängern",
        ContractStatus.Expiring => "läuft aus: Nachfolge entscheiden",
        ContractStatus.OpenEnded => "unbefristet",
        ContractStatus.Terminated => "gekündigt",
        ContractStatus.Ended => "beendet",
        ContractStatus.DataIncomplete => "Daten unvollständig",
        ContractStatus.DataImplausible => "Daten unplausibel",
        _ => status.ToString(),
    };
}
