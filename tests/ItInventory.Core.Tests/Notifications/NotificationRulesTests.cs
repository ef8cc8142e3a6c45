using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;
using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Notifications;

public class NotificationRulesTests
{
    [Theory]
    [InlineData("anna@musterstadt.example", null)]
    [InlineData("  it.leitung+fristen@stadt-musterstadt.de ", null)]
    [InlineData("", "Bitte eine E-Mail-Adresse angeben.")]
    [InlineData(null, "Bitte eine E-Mail-Adresse angeben.")]
    [InlineData("anna", "„anna“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).")]
    [InlineData("anna@stadt", "„anna@stadt“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).")]
    [InlineData("anna @stadt.de", "„anna @stadt.de“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).")]
    [InlineData("Anna <anna@stadt.de>", "„Anna <anna@stadt.de>“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).")]
    [InlineData("a@b@stadt.de", "„a@b@stadt.de“ ist keine E-Mail-Adresse (Beispiel: name@stadt.de).")]
    public void Addresses_are_plain_name_at_domain(string? address, string? problem) =>
        Assert.Equal(problem, NotificationRules.AddressProblem(address));

    [Fact]
    public void An_overlong_address_is_refused() =>
        Assert.Equal("Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.", NotificationRules.AddressProblem(new string('a', 250) + "@stadt.de"));

    public static TheoryData<NotificationPreferences, string?> Preferences => new()
    {
        { NotificationPreferences.ItLeitung, null },
        { NotificationPreferences.Rat with { MonthlySummary = true, DigestHour = 23 }, null },
        { NotificationPreferences.ItLeitung with { DigestHour = 24 }, nameof(NotificationPreferences.DigestHour) },
        { NotificationPreferences.ItLeitung with { DigestHour = -1 }, nameof(NotificationPreferences.DigestHour) },
        { NotificationPreferences.ItLeitung with { Findings = (FindingScope)9 }, nameof(NotificationPreferences.Findings) },
        { NotificationPreferences.ItLeitung with { MinimumSeverity = (Severity)(-1) }, nameof(NotificationPreferences.MinimumSeverity) },
        { NotificationPreferences.ItLeitung with { DigestDay = (DayOfWeek)7 }, nameof(NotificationPreferences.DigestDay) },
        { NotificationPreferences.ItLeitung with { DepartmentIds = Enumerable.Range(1, 37).ToList() }, nameof(NotificationPreferences.DepartmentIds) },
    };

    [Theory]
    [MemberData(nameof(Preferences))]
    public void Preferences_outside_their_choices_are_refused_by_field(NotificationPreferences preferences, string? field)
    {
        var problems = NotificationRules.PreferenceProblems(preferences);
        Assert.Equal(field is null ? [] : [field], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
