using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.DataAct;

/// <summary>Each breach of the Data Act check is a finding on the contract naming the article and the contract term.</summary>
public static class DataActFindings
{
    public static IEnumerable<Finding> From(Contract contract, DataActResult result)
    {
        var subject = SubjectRef.Contract(contract.Id, DeadlineFindings.NameOf(contract));
        foreach (var breach in result.Breaches)
        {
            yield return new Finding(FindingKind.DataActBreach, Severity.Warning, subject,
                $"Data Act {breach.Article}: {subject.Name}",
                $"Vertrag {Quoted(subject.Name)} verstößt gegen {breach.Article} Data Act ({breach.Requirement}): {breach.Problem}",
                ImpactEuro: breach.Amount, Year: breach.Year);
        }
    }
}
