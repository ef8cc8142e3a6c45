using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;

namespace ItInventory.Core.Tests.Notifications;

public class NotificationPreferencesTests
{
    public static TheoryData<string, Severity, bool, bool> Cases() => new()
    {
        // role, severity, about a contract, in the digest
        { "IT-Leitung", Severity.Critical, false, true },
        { "IT-Leitung", Severity.Warning, false, true },
        { "IT-Leitung", Severity.Info, true, false },
        { "Beschaffung", Severity.Warning, true, true },
        { "Beschaffung", Severity.Critical, false, false },
        { "Rat", Severity.Critical, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Role_defaults_choose_the_findings(string role, Severity severity, bool aboutContract, bool included)
    {
        Assert.Equal(included, Defaults(role).Includes(severity, aboutContract));
    }

    [Theory]
    [InlineData("IT-Leitung", true, true, false)]
    [InlineData("Beschaffung", true, true, false)]
    [InlineData("Rat", false, false, false)] // nothing but an opt-in monthly summary
    public void Role_defaults_choose_the_kinds(string role, bool reminders, bool digest, bool monthly)
    {
        var preferences = Defaults(role);
        Assert.Equal((reminders, digest, monthly), (preferences.ContractReminders, preferences.WeeklyDigest, preferences.MonthlySummary));
        Assert.Equal(reminders || digest || monthly, preferences.ReceivesAnything);
    }

    [Fact]
    public void Departments_narrow_only_when_chosen()
    {
        Assert.True(NotificationPreferences.ItLeitung.Covers([33]));
        var bürgeramt = NotificationPreferences.ItLeitung with { DepartmentIds = [33] };
        Assert.True(bürgeramt.Covers([20, 33]));
        Assert.False(bürgeramt.Covers([20]));
    }

    private static NotificationPreferences Defaults(string role) => role switch
    {
        "IT-Leitung" => NotificationPreferences.ItLeitung,
        "Beschaffung" => NotificationPreferences.Beschaffung,
        _ => NotificationPreferences.Rat,
    };
}
