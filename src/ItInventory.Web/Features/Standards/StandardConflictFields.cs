using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Standards;

/// <summary>The fields where the user's form differs from the standard as someone else saved it.</summary>
public static class StandardConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(StandardInput mine, Standard theirs)
    {
        var fields = new List<ConflictField>();
        void Check(string label, string? theirValue, string? myValue)
        {
            var (t, m) = (Text(theirValue), Text(myValue));
            if (t != m) fields.Add(new ConflictField(label, t, m));
        }

        Check("Kürzel", theirs.Code, mine.Code);
        Check("Name", theirs.Name, mine.Name);
        Check("Art", Labels.Of(theirs.Kind), Labels.Of(mine.Kind));
        Check("Verbindlichkeit", Labels.Of(theirs.BindingStatus), Labels.Of(mine.BindingStatus));
        Check("Rechtsgrundlage", theirs.LegalBasis, mine.LegalBasis);
        Check("Herausgeber", theirs.Maintainer, mine.Maintainer);
        Check("Beschreibung", theirs.Description, mine.Description);
        return fields;
    }

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
}
