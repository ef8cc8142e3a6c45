namespace ItInventory.Core.Domain.Tenants;

/// <summary>
/// The official keys a public body has by its kind, and their checks. A municipality (kreisfreie Stadt or kreisangehörige
/// Gemeinde) has the Amtlicher Gemeindeschlüssel (AGS, 8 digits: 2 Land, 1 Regierungsbezirk, 2 Kreis, 3 Gemeinde) and
/// the Amtlicher Regionalschlüssel (ARS, 12 digits: the same 2+1+2, 4 Gemeindeverband, 3 Gemeinde); a Kreis has the
/// 5-digit Kreisschlüssel; an Amt or Verbandsgemeinde the 9-digit key of its Gemeindeverband; a Zweckverband or an
/// Anstalt has none. The first two digits of every key name the Land, which must be the body's.
/// </summary>
public static class OfficialKeys
{
    /// <summary>How many digits the kind's key has, or null for a kind without one.</summary>
    public static int? DigitsOf(TenantKind kind) => kind switch
    {
        TenantKind.KreisfreieStadt or TenantKind.KreisangehoerigeGemeinde => 8,
        TenantKind.Kreis => 5,
        TenantKind.Gemeindeverband => 9,
        _ => null,
    };

    /// <summary>Whether the kind has a Regionalschlüssel beside its key (municipalities only).</summary>
    public static bool HasRegionalKey(TenantKind kind) => kind is TenantKind.KreisfreieStadt or TenantKind.KreisangehoerigeGemeinde;

    /// <summary>The key's name as a form labels it, or null for a kind without one.</summary>
    public static string? NameOf(TenantKind kind) => kind switch
    {
        TenantKind.KreisfreieStadt or TenantKind.KreisangehoerigeGemeinde => "Amtlicher Gemeindeschlüssel (AGS)",
        TenantKind.Kreis => "Kreisschlüssel",
        TenantKind.Gemeindeverband => "Schlüssel des Gemeindeverbands",
        _ => null,
    };

    public const string RegionalKeyName = "Amtlicher Regionalschlüssel (ARS)";

    // The short names messages use after an article ("den Gemeindeschlüssel", "Der Kreisschlüssel").
    private static string? ShortNameOf(TenantKind kind) => kind switch
    {
        TenantKind.KreisfreieStadt or TenantKind.KreisangehoerigeGemeinde => "Gemeindeschlüssel",
        TenantKind.Kreis => "Kreisschlüssel",
        TenantKind.Gemeindeverband => "Schlüssel des Gemeindeverbands",
        _ => null,
    };

    /// <summary>
    /// What is wrong with the keys of a body of this kind in this Land, in German, one message per field; empty when
    /// nothing is. Keys are given without blanks (callers trim); a kind without a key must leave both empty.
    /// </summary>
    public static IReadOnlyList<KeyProblem> Check(TenantKind kind, FederalState state, string? key, string? regionalKey)
    {
        var problems = new List<KeyProblem>();
        var name = ShortNameOf(kind);
        if (DigitsOf(kind) is not { } digits)
        {
            if (!string.IsNullOrEmpty(key))
                problems.Add(new(KeyField.Key, $"{KindWithArticle(kind)} hat keinen amtlichen Schlüssel; lassen Sie das Feld leer."));
            if (!string.IsNullOrEmpty(regionalKey))
                problems.Add(new(KeyField.RegionalKey, $"{KindWithArticle(kind)} hat keinen Regionalschlüssel; lassen Sie das Feld leer."));
            return problems;
        }

        if (FormatProblem(key, digits, name!, state) is { } keyProblem)
            problems.Add(new(KeyField.Key, keyProblem));

        if (!HasRegionalKey(kind))
        {
            if (!string.IsNullOrEmpty(regionalKey))
                problems.Add(new(KeyField.RegionalKey, "Nur Städte und Gemeinden haben einen Regionalschlüssel; lassen Sie das Feld leer."));
        }
        else if (FormatProblem(regionalKey, 12, "Regionalschlüssel", state) is { } regionalProblem)
        {
            problems.Add(new(KeyField.RegionalKey, regionalProblem));
        }
        else if (problems.Count == 0 && !Matches(key!, regionalKey!))
        {
            problems.Add(new(KeyField.RegionalKey,
                $"Der Regionalschlüssel {regionalKey} passt nicht zum Gemeindeschlüssel {key}: er beginnt mit dessen ersten fünf "
                + "und endet mit dessen letzten drei Ziffern."));
        }

        return problems;
    }

    /// <summary>The ARS is the AGS with the 4-digit Gemeindeverband inserted after the Kreis.</summary>
    private static bool Matches(string municipalityKey, string regionalKey) =>
        regionalKey[..5] == municipalityKey[..5] && regionalKey[9..] == municipalityKey[5..];

    private static string? FormatProblem(string? key, int digits, string name, FederalState state)
    {
        if (string.IsNullOrEmpty(key))
            return $"Bitte geben Sie den {name} an ({digits} Ziffern).";
        if (key.Length != digits || !key.All(char.IsAsciiDigit))
            return $"Der {name} hat genau {digits} Ziffern, ohne Leer- oder Trennzeichen; „{Shorten(key)}“ ist keiner.";
        var land = int.Parse(key[..2], System.Globalization.CultureInfo.InvariantCulture);
        if (!Enum.IsDefined(typeof(FederalState), land))
            return $"Der {name} beginnt mit der Nummer des Landes (01 bis 16); „{key[..2]}“ ist keine.";
        if (land != (int)state)
            return $"Der {name} {key} gehört zu einem anderen Land ({key[..2]}) als dem gewählten ({(int)state:00}).";
        return null;
    }

    private static string KindWithArticle(TenantKind kind) =>
        kind == TenantKind.Zweckverband ? "Ein Zweckverband" : "Eine Anstalt des öffentlichen Rechts";

    // A pasted paragraph is not repeated back in full.
    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

/// <summary>Which key a problem is about.</summary>
public enum KeyField { Key, RegionalKey }

/// <summary>One thing wrong with a key, in German, for the form field it belongs to.</summary>
public sealed record KeyProblem(KeyField Field, string Message);
