using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>The sample city's service findings come out of the shared analysis, and a service's change shows at once.</summary>
public class ServiceFindingsWebTests
{
    [Fact]
    public async Task The_sample_city_service_findings_appear_and_follow_a_change_at_once()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        var user = FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung);
        var analysis = TestServices.Analysis(db, user);
        var findings = new FindingsService(analysis, db.Factory, user);

        var before = (await findings.ListAsync(new FindingFilter())).Select(r => r.Finding).ToList();
        Assert.Contains(before, f => f.Kind == FindingKind.ServiceProcedureWithoutInterface && f.Subject.Name == "Gewerbe-Manager");
        Assert.Contains(before, f => f.Kind == FindingKind.ServiceMediaBreak && f.Subject.Name == "MigraSoft ABH"
            && f.Explanation.Contains("über XAusländer", StringComparison.Ordinal));
        Assert.Contains(before, f => f.Kind == FindingKind.ServiceProcedurePhaseOut && f.Subject.Name == "WiJu Classic");
        Assert.Contains(before, f => f.Kind == FindingKind.ServiceNotOnline && f.Title.EndsWith("Geburtsanzeige", StringComparison.Ordinal));

        // The hospitals' birth notices go online: the finding is gone with the next read, without waiting for a cache.
        await using (var context = db.CreateContext())
        {
            var births = await context.CityServices.SingleAsync(s => s.OzgService!.OzgId == "10003");
            births.OnlineServiceName = "Geburtsanzeige online";
            await context.SaveChangesAsync();
        }

        var after = (await findings.ListAsync(new FindingFilter())).Select(r => r.Finding).ToList();
        Assert.DoesNotContain(after, f => f.Kind == FindingKind.ServiceNotOnline && f.Title.EndsWith("Geburtsanzeige", StringComparison.Ordinal));
    }
}
