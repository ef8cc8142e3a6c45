using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Vendors;

/// <summary>The fields where the user's form differs from the vendor as someone else saved it.</summary>
public static class VendorConflictFields
{
    public static IReadOnlyList<ConflictField> Compare(VendorInput mine, Vendor theirs)
    {
        var fields = new List<ConflictField>();
        void Check(string label, string? theirValue, string? myValue)
        {
            var (t, m) = (Text(theirValue), Text(myValue));
            if (t != m) fields.Add(new ConflictField(label, t, m));
        }

        Check("Name", theirs.Name, mine.Name);
        Check("Art", Labels.Of(theirs.Kind), Labels.Of(mine.Kind));
        Check("Land", theirs.Country, mine.Country);
        Check("Ort", theirs.City, mine.City);
        Check("Ansprechpartner", theirs.ContactName, mine.ContactName);
        Check("E-Mail", theirs.ContactEmail, mine.ContactEmail);
        Check("Telefon", theirs.ContactPhone, mine.ContactPhone);
        Check("Website", theirs.Website, mine.Website);
        Check("Notizen", theirs.Notes, mine.Notes);
        Check("USt-IdNr.", theirs.VatId, mine.VatId);
        Check("Elektronische Adresse", theirs.InvoiceAddress, mine.InvoiceAddress);
        return fields;
    }

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Trim();
}
