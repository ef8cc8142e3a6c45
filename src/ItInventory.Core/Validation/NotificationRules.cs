using System.Text.RegularExpressions;
using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;

namespace ItInventory.Core.Validation;

/// <summary>The inputs of the page "Benachrichtigungen": the e-mail address and the choices of what is received.</summary>
public static partial class NotificationRules
{
    /// <summary>RFC 5321 limits a forward path to 256 characters, of which the address is at most 254.</summary>
    public const int MaxAddressLength = 254;

    /// <summary>A plain "name@domain.tld" without spaces or display names; the mail server decides the rest.</summary>
    public static string? AddressProblem(string? address)
    {
        var trimmed = address?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Bitte eine E-Mail-Adresse angeben.";
        }

        if (trimmed.Length > MaxAddressLength)
        {
            return $"Die E-Mail-Adresse darf höchstens {MaxAddressLength} Zeichen lang sein.";
        }

        return Address().IsMatch(trimmed) ? null : $"„{trimmed}“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).";
    }

    /// <summary>The choices other than departments, whose existence only the database knows.</summary>
    public static IReadOnlyList<(string Field, string Message)> PreferenceProblems(NotificationPreferences preferences)
    {
        var problems = new List<(string, string)>();
        if (!Enum.IsDefined(preferences.Findings))
        {
            problems.Add((nameof(preferences.Findings), "Bitte wählen, welche Auffälligkeiten die Wochenübersicht nennt."));
        }

        if (!Enum.IsDefined(preferences.MinimumSeverity))
        {
            problems.Add((nameof(preferences.MinimumSeverity), "Bitte eine Mindest-Schwere wählen (Hinweis, Warnung oder kritisch)."));
        }

        if (!Enum.IsDefined(preferences.DigestDay))
        {
            problems.Add((nameof(preferences.DigestDay), "Bitte einen Wochentag für die Wochenübersicht wählen."));
        }

        if (ReminderRules.DigestHourProblem(preferences.DigestHour) is { } hour)
        {
            problems.Add((nameof(preferences.DigestHour), hour));
        }

        if (preferences.DepartmentIds.Count > MaxDepartments)
        {
            problems.Add((nameof(preferences.DepartmentIds), $"Höchstens {MaxDepartments} Ämter auswählen (oder keines für alle)."));
        }

        return problems;
    }

    /// <summary>Enough for the departments a user follows; 36 ids of up to ten digits with commas fit the stored 400 characters.</summary>
    public const int MaxDepartments = 36;

    [GeneratedRegex(@"^[^@\s<>(),;:""\[\]]+@[^@\s<>(),;:""\[\]]+\.[^@\s<>(),;:""\[\].]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
