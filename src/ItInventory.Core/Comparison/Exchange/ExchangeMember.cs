namespace ItInventory.Core.Comparison.Exchange;

/// <summary>A sender's figures in one group, read by the same group rules as a tenant of the installation.</summary>
public sealed class ExchangeMember(int memberId, ExchangeGroup group) : IGroupFigures
{
    public int MemberId => memberId;

    public string VendorKey => group.VendorKey;

    public InterfaceKind BestInterface => group.Interface;

    public bool? OnlineApplication => group.OnlineApplication;

    public ContractTerms? Terms => group.Terms is { } t ? new ContractTerms(t.NoticePeriodMonths, t.PriceClause, t.ExitSupport) : null;

    public decimal? Value(ComparisonMetric metric, ComparisonRequest request)
    {
        var year = group.Years.FirstOrDefault(y => y.Year == request.Year);
        return metric switch
        {
            ComparisonMetric.CostPerInhabitant => year?.CostPerInhabitant,
            ComparisonMetric.CostPerUser => year?.CostPerUser,
            ComparisonMetric.ChangeAboveIndex => UnitCosts.AboveIndex(year?.ChangeFromPreviousYear, request.Index),
            // Files exported before cost per case travelled carry none: such a sender stays out of that figure.
            _ => year?.CostPerCase,
        };
    }
}
