using System.Globalization;
using System.Text.RegularExpressions;

namespace ItInventory.Core.Validation;

/// <summary>
/// The identifiers by which an e-invoice finds its vendor and department: the seller's VAT id (BT-31) and electronic
/// address (BT-34) on a vendor, the Leitweg-ID (BT-10) on a department. Entered by hand they are checked here, so that a
/// typo does not silently stop invoices from matching.
/// </summary>
public static partial class InvoiceIdentityRules
{
    public const int VatIdLength = 50;
    public const int InvoiceAddressLength = 200;
    public const int LeitwegIdLength = 50;

    /// <summary>"de 123 456 789" → "DE123456789": how a VAT id is stored (matching ignores spaces and case anyway).</summary>
    public static string? NormalVatId(string? text)
    {
        var compact = new string(NameRules.Clean(text).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return compact.Length == 0 ? null : compact;
    }

    /// <summary>" 04011000-12345-03 " → "04011000-12345-03", letters in capitals: how a Leitweg-ID is stored.</summary>
    public static string? NormalLeitwegId(string? text) => NameRules.Clean(text) is { Length: > 0 } id ? id.ToUpperInvariant() : null;

    public static string? VatIdProblem(string? text)
    {
        if (NormalVatId(text) is not { } vatId)
            return null;
        if (vatId.Length > VatIdLength || !VatId().IsMatch(vatId))
            return $"„{Shorten(text!)}“ ist keine Umsatzsteuer-Identifikationsnummer: zwei Buchstaben des Landes und 2 bis 13 Ziffern oder Buchstaben, z. B. DE123456789.";
        return vatId.StartsWith("DE", StringComparison.Ordinal) && !GermanVatId().IsMatch(vatId)
            ? $"Eine deutsche Umsatzsteuer-Identifikationsnummer hat nach „DE“ genau 9 Ziffern, nicht „{vatId[2..]}“."
            : null;
    }

    /// <summary>An e-mail address or a Peppol participant id ("0204:991-12345-67", "9930:DE123456789").</summary>
    public static string? InvoiceAddressProblem(string? text)
    {
        var address = NameRules.Clean(text);
        if (address.Length == 0)
            return null;
        if (TextRules.Problem(text) is { } problem)
            return problem;
        if (address.Length > InvoiceAddressLength)
            return $"Die elektronische Adresse darf höchstens {InvoiceAddressLength} Zeichen lang sein.";
        return Email().IsMatch(address) || PeppolId().IsMatch(address)
            ? null
            : $"„{Shorten(address)}“ ist keine elektronische Adresse: eine E-Mail-Adresse (rechnung@beispiel.de) oder eine Peppol-ID mit Schema (0204:991-12345-67).";
    }

    /// <summary>Grobadressierung (2-12 digits), optional Feinadressierung (up to 30 letters or digits), 2 check digits.</summary>
    public static string? LeitwegIdProblem(string? text)
    {
        var id = NameRules.Clean(text);
        if (id.Length == 0)
            return null;
        var match = LeitwegId().Match(id);
        if (!match.Success)
            return $"„{Shorten(id)}“ ist keine Leitweg-ID: Grobadressierung (2 bis 12 Ziffern), optional Feinadressierung (bis 30 Buchstaben oder Ziffern) "
                + "und 2 Prüfziffern, durch Bindestriche getrennt, z. B. 04011000-12345-03.";
        var expected = LeitwegCheckDigits(match.Groups["coarse"].Value + match.Groups["fine"].Value);
        var given = int.Parse(match.Groups["check"].Value, CultureInfo.InvariantCulture);
        return expected == given
            ? null
            : $"Die Prüfziffer der Leitweg-ID stimmt nicht: zu {match.Groups["coarse"].Value}{(match.Groups["fine"].Success ? "-" + match.Groups["fine"].Value : "")} gehört {expected:00}, nicht {given:00}. Bitte die Leitweg-ID prüfen.";
    }

    /// <summary>ISO 7064 MOD 97-10 over the coarse and fine address, letters counted as 10 (A) to 35 (Z).</summary>
    public static int LeitwegCheckDigits(string coarseAndFine)
    {
        var remainder = 0;
        foreach (var c in coarseAndFine.ToUpperInvariant() + "00")
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            // Two-digit values (letters) shift by two places, as their digits would in the long number.
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
        }

        return 98 - remainder;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9+*.]{2,13}$")]
    private static partial Regex VatId();

    [GeneratedRegex("^DE[0-9]{9}$")]
    private static partial Regex GermanVatId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[0-9]{4}:[A-Za-z0-9.\-_:]{1,150}$")]
    private static partial Regex PeppolId();

    [GeneratedRegex("^(?<coarse>[0-9]{2,12})(?:-(?<fine>[A-Za-z0-9]{1,30}))?-(?<check>[0-9]{2})$")]
    private static partial Regex LeitwegId();
}
