using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// Reads <c>city-services.csv</c>: the services the sample city provides, with case numbers, online offer, maturity,
/// connection and the products that handle them (space-separated inventory numbers; <c>Procedure</c> names the
/// Fachverfahren among them). The file is optional: a sample tenant without it has no services.
/// </summary>
internal static class SampleCityServicesReader
{
    public const string FileName = "city-services.csv";

    public static List<CityService> Read(string folder, IReadOnlyDictionary<string, Product> products, IReadOnlyDictionary<string, OzgService> catalogue)
    {
        if (!File.Exists(Path.Combine(folder, FileName)))
            return [];
        var result = new List<CityService>();
        var table = CsvTable.Load(folder, FileName, "OzgId", "AnnualCases", "CaseYear", "OnlineService", "MaturityModel",
            "MaturityLevel", "Connection", "Products", "Procedure");
        foreach (var row in table.Rows)
        {
            var service = new CityService
            {
                OzgService = row.Lookup("OzgId", catalogue, "Die OZG-Leistung"),
                AnnualCases = row.OptionalInt("AnnualCases"),
                CaseYear = row.OptionalInt("CaseYear"),
                OnlineServiceName = row.Optional("OnlineService"),
                MaturityModel = row.Enum<MaturityModel>("MaturityModel"),
                MaturityLevel = row.OptionalInt("MaturityLevel"),
                MaturitySource = row.Optional("MaturitySource"),
                Connection = row.Enum<ApplicationConnection>("Connection"),
                Notes = row.Optional("Notes"),
            };
            var problem = ServiceRules.CaseNumberProblem(service.AnnualCases)
                ?? (service.CaseYear is null ? null : ServiceRules.CaseYearProblem(service.CaseYear))
                ?? ServiceRules.CaseYearMissingProblem(service.AnnualCases, service.CaseYear)
                ?? ServiceRules.MaturityLevelProblem(service.MaturityModel, service.MaturityLevel)
                ?? ServiceRules.ConnectionProblem(service.IsOnline, service.Connection);
            if (problem is not null)
                throw row.Error(problem);

            var procedure = row.Optional("Procedure");
            foreach (var number in (row.Optional("Products") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var product = products.TryGetValue(number, out var found) ? found : throw row.Error($"Das Produkt „{number}“ gibt es nicht.");
                service.Products.Add(new CityServiceProduct { CityService = service, Product = product, IsSpecialisedProcedure = number == procedure });
            }

            if (procedure is not null && !service.Products.Any(p => p.IsSpecialisedProcedure))
                throw row.Error($"Das Fachverfahren „{procedure}“ steht nicht unter den Produkten der Leistung.");
            if (result.Any(s => s.OzgService == service.OzgService))
                throw row.Error($"Die OZG-Leistung „{row.Required("OzgId")}“ steht doppelt in der Datei.");
            result.Add(service);
        }

        return result;
    }
}
