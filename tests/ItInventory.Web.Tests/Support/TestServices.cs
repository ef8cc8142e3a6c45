using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Tests.Support;

/// <summary>Feature services wired by hand over a test database, for service-level tests.</summary>
public static class TestServices
{
    public static AnalysisSettingsService AnalysisSettings(TestDatabase db, ICurrentUser user, AnalysisOptions? configured = null) =>
        new(db.Factory, new StaticOptionsMonitor<AnalysisOptions>(configured ?? new AnalysisOptions()), user);

    /// <param name="shared">The app instance's cache of results; a fresh one (a new instance) when not given.</param>
    public static AnalysisService Analysis(TestDatabase db, ICurrentUser user, AnalysisOptions? configured = null, SharedAnalysis? shared = null) =>
        new(db.Factory, AnalysisSettings(db, user, configured), db.Clock, user, shared ?? new SharedAnalysis());
}
