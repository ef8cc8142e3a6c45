using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Interfaces;

/// <summary>The fields where the user's interface differs from the one someone else saved meanwhile.</summary>
public static class InterfaceConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(InterfaceInput mine, DataInterface theirs, Func<int?, string> productName, Func<int?, string> standardName)
    {
        var fields = new List<ConflictField>();
        void Check(string label, string theirValue, string myValue)
        {
            if (theirValue != myValue) fields.Add(new ConflictField(label, theirValue, myValue));
        }

        static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
        Check("Quellprodukt", productName(theirs.SourceProductId), productName(mine.SourceProductId));
        Check("Zielprodukt", theirs.TargetProductId is null ? "–" : productName(theirs.TargetProductId), mine.TargetProductId is null ? "–" : productName(mine.TargetProductId));
        Check("Externes System", Text(theirs.ExternalSystem), Text(mine.ExternalSystem));
        Check("Standard", standardName(theirs.StandardId), standardName(mine.StandardId));
        Check("Beschreibung", Text(theirs.Description), Text(mine.Description));
        return fields;
    }
}
