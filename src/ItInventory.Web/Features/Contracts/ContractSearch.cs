using ItInventory.Core.Domain;
using ItInventory.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Contracts;

/// <summary>The contract list's search, also applied by its export, so the workbook holds what the list shows.</summary>
public static class ContractSearch
{
    /// <summary>Contracts whose number, title, vendor, or a product's name or inventory number contains the text.</summary>
    public static IQueryable<Contract> Apply(IQueryable<Contract> contracts, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
            return contracts;
        var pattern = SearchPattern.Contains(search);
        return contracts.Where(c =>
            EF.Functions.Like(c.ContractNumber, pattern, SearchPattern.Escape) ||
            EF.Functions.Like(c.Title, pattern, SearchPattern.Escape) ||
            EF.Functions.Like(c.Vendor!.Name, pattern, SearchPattern.Escape) ||
            c.Products.Any(p => EF.Functions.Like(p.Name, pattern, SearchPattern.Escape)
                                || EF.Functions.Like(p.InventoryNumber, pattern, SearchPattern.Escape)));
    }
}
