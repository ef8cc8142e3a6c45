using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

/// <summary>Where the app shows a finding's subject: one rule for the findings list, the action list and the API.</summary>
public static class SubjectLinks
{
    public static string Of(SubjectRef subject) => subject.Kind switch
    {
        SubjectKind.Product => $"/produkte/{subject.Id}",
        SubjectKind.Contract => $"/vertraege/{subject.Id}",
        SubjectKind.Vendor => $"/anbieter/{subject.Id}",
        SubjectKind.Department => $"/aemter/{subject.Id}",
        SubjectKind.Category => $"/produkte?category={subject.Id}",
        _ => "/auffaelligkeiten",
    };
}
