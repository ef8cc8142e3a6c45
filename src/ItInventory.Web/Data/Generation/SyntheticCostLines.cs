using ItInventory.Core.Domain;

namespace ItInventory.Web.Data.Generation;

/// <summary>The large instance's cost lines, product by product, streamed to the bulk writer (a million at full size).</summary>
internal static class SyntheticCostLines
{
    /// <summary>
    /// A product's cost history: one recurring main cost by operator (maintenance in-house, data-centre fees, subscription),
    /// sometimes a second one, a licence purchase when it went into service, occasional training and consulting. Plan lines
    /// for every year; actual invoices (annual, quarterly or monthly) for the past years. Prices rise 2-5 % in ordinary
    /// years, with occasional 8-15 % steps and rare 50 % jumps after a licence-model change.
    /// </summary>
    public static IEnumerable<CostLine> Make(SyntheticRandom random, Product product, int? contractId, int firstYear, int lastYear, int currentYear)
    {
        if (product.Lifecycle == LifecycleStatus.Planned)
        {
            yield break;
        }

        var main = product.Operator switch
        {
            OperatorKind.MunicipalDataCentre => CostType.Hosting,
            OperatorKind.VendorSaaS => CostType.Subscription,
            _ => CostType.Maintenance,
        };
        var second = random.Pick(((CostType?)null, 55.0), (CostType.Support, 30.0), (main == CostType.Hosting ? CostType.Maintenance : CostType.Hosting, 15.0));
        var mainInvoices = random.Pick((1, 35.0), (4, 45.0), (12, 20.0));
        var secondInvoices = random.Pick((1, 70.0), (4, 30.0));
        var annual = decimal.Round(random.LogNormal(9_000, 1.25), 2);
        var retiredAfter = product.Lifecycle == LifecycleStatus.Retired ? random.Next(firstYear, currentYear) : int.MaxValue;
        var startYear = Math.Max(firstYear, product.InServiceSince ?? firstYear);

        for (var year = startYear; year <= lastYear && year <= retiredAfter; year++)
        {
            var isPast = year < currentYear;
            foreach (var line in Lines(main, annual, mainInvoices)) yield return line;
            if (second is { } secondType)
            {
                foreach (var line in Lines(secondType, decimal.Round(annual * 0.25m, 2), secondInvoices)) yield return line;
            }

            if (year == product.InServiceSince && product.Operator == OperatorKind.InHouse)
            {
                foreach (var line in Lines(CostType.LicencePurchase, decimal.Round(annual * 4.5m, 2), 1)) yield return line;
            }

            if (random.Chance(0.12))
            {
                foreach (var line in Lines(random.Pick((CostType.Training, 50.0), (CostType.Consulting, 40.0), (CostType.Other, 10.0)), decimal.Round(random.LogNormal(2_500, 0.8), 2), 1)) yield return line;
            }

            annual = decimal.Round(annual * random.Pick((1.03m + (decimal)random.NextDouble() * 0.02m, 70.0), (1.0m, 17.0), (1.08m + (decimal)random.NextDouble() * 0.07m, 10.0), (1.5m + (decimal)random.NextDouble() * 0.1m, 3.0)), 2);

            IEnumerable<CostLine> Lines(CostType type, decimal amount, int invoices)
            {
                var recurring = type is CostType.Maintenance or CostType.Hosting or CostType.Subscription;
                yield return new CostLine
                {
                    Version = random.NextGuid(),
                    ProductId = product.Id,
                    ContractId = recurring ? contractId : null,
                    FiscalYear = year,
                    CostType = type,
                    Kind = CostKind.Plan,
                    Amount = amount,
                };
                if (!isPast)
                {
                    yield break;
                }

                // What was paid differs a little from the plan; invoices split the year evenly.
                var paid = amount * (0.92m + (decimal)random.NextDouble() * 0.14m);
                var share = decimal.Round(paid / invoices, 2);
                for (var invoice = 1; invoice <= invoices; invoice++)
                {
                    yield return new CostLine
                    {
                        Version = random.NextGuid(),
                        ProductId = product.Id,
                        ContractId = recurring ? contractId : null,
                        FiscalYear = year,
                        CostType = type,
                        Kind = CostKind.Actual,
                        Amount = share,
                        Quantity = type == CostType.Maintenance && product.LicenceCount is { } licences ? licences : null,
                        InvoiceReference = $"RE-{year}-{product.Id:000000}-{(int)type}{invoice:00}",
                    };
                }
            }
        }
    }
}
