using ItInventory.Core.Analysis.Services;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>Musterstadt's services, loaded from seed-data/city-services.csv, and the top-25 story they tell.</summary>
public class SampleCityServicesTests
{
    [Fact]
    public async Task The_sample_city_top_25_tells_which_services_are_digital_and_what_blocks_the_rest()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using (var context = db.CreateContext())
        {
            Assert.Equal(59, await context.CityServices.CountAsync());
            Assert.Equal(557, await context.OzgServices.CountAsync());
        }

        var report = await new CityServiceCoverageService(db.Factory).CoverageAsync(25);

        Assert.Equal(new CoverageFigures(25, 14, 7, 2, 2, 329_300, 230_000), report.Figures);
        Assert.Equal("Meldebescheinigung und -registerauskunft", report.Top[6].Name);
        Assert.Equal("Von den 25 meistgefragten Leistungen sind 14 Ende-zu-Ende digital, 7 online mit Medienbruch, 2 online, aber noch nicht Ende-zu-Ende, und 2 nicht online; sie tragen 69,8 % der Fälle dieser Leistungen.",
            CoverageWords.Sentence(report));
        var trade = report.Top.Single(a => a.Service.OzgService!.OzgId == "10294");
        Assert.Equal("Fachverfahren Gewerbe-Manager hat keine dokumentierte Schnittstelle", trade.WorstBlocker!.Text);
        Assert.Contains(report.Vendors, v => v.Vendor.Name.StartsWith("Formularwerk", StringComparison.Ordinal) && v.ProblemServices == 0 && v.Services >= 8);
        Assert.Contains(report.Top, a => a.Contradictions.Count > 0);
    }
}
