using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Prices;

/// <summary>Destatis VPI (2020 = 100), annual averages as in the domain brief; 2025 preliminary.</summary>
internal static class Vpi
{
    public static readonly PriceIndexValue[] Values =
    [
        new() { Year = 2014, Value = 94.0m }, new() { Year = 2015, Value = 94.5m }, new() { Year = 2016, Value = 95.0m },
        new() { Year = 2017, Value = 96.4m }, new() { Year = 2018, Value = 98.1m }, new() { Year = 2019, Value = 99.5m },
        new() { Year = 2020, Value = 100.0m }, new() { Year = 2021, Value = 103.1m }, new() { Year = 2022, Value = 110.2m },
        new() { Year = 2023, Value = 116.7m }, new() { Year = 2024, Value = 119.3m },
        new() { Year = 2025, Value = 121.9m, IsPreliminary = true },
    ];

    public static PriceIndex Index => new(Values);
}

internal static class Lines
{
    public static CostLine Actual(int year, decimal amount, CostType type = CostType.Maintenance, int? quantity = null, int product = 1) =>
        new() { ProductId = product, FiscalYear = year, CostType = type, Kind = CostKind.Actual, Amount = amount, Quantity = quantity };

    public static CostLine Plan(int year, decimal amount, CostType type = CostType.Maintenance, int? quantity = null, int product = 1) =>
        new() { ProductId = product, FiscalYear = year, CostType = type, Kind = CostKind.Plan, Amount = amount, Quantity = quantity };
}
