using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Comparison.Exchange;

/// <summary>
/// What a participating municipality sends to a Vergleichsstelle (schema docs/comparison/exchange-v1.schema.json):
/// its figures per market product and category as the comparison reads them, its size class and Land, and a random
/// sender id that stays the same for it (so a newer file replaces an older one without saying whose it is). No name,
/// key, inhabitants figure, person, contract number or note; no absolute costs or user counts either, because cost
/// per inhabitant divided by cost per user times users would give back the inhabitants.
/// </summary>
public sealed record ExchangeFile(
    int SchemaVersion,
    string SenderId,
    DateOnly ExportedOn,
    SizeClass? SizeClass,
    FederalState? State,
    IReadOnlyList<ExchangeGroup> Groups)
{
    public const int CurrentVersion = 1;
}

/// <summary>
/// The sender's figures about one market product or one category (its products in it merged). <paramref name="OnlineApplication"/>
/// (added to version 1 as an optional member): whether its city services on it reach OZG maturity 3; null or absent when
/// no level is recorded.
/// </summary>
public sealed record ExchangeGroup(
    ComparisonScope Scope,
    string Key,
    string VendorKey,
    InterfaceKind Interface,
    ExchangeTerms? Terms,
    IReadOnlyList<ExchangeYear> Years,
    bool? OnlineApplication = null);

public sealed record ExchangeTerms(int NoticePeriodMonths, PriceAdjustmentKind PriceClause, bool ExitSupport);

/// <summary>
/// One fiscal year: running cost per inhabitant and per user, its change to the previous year (0.05 = +5 %), and the
/// running cost per case of the city services the product serves (added to version 1 as an optional member: absent in
/// files exported before, null without case numbers).
/// </summary>
public sealed record ExchangeYear(int Year, decimal? CostPerInhabitant, decimal? CostPerUser, decimal? ChangeFromPreviousYear, decimal? CostPerCase = null);
