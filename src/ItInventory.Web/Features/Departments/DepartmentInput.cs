using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Departments;

/// <summary>The editable fields of a department, with the version the user loaded.</summary>
public sealed class DepartmentInput
{
    /// <summary>KGSt number; text, because leading zeros ("020") are meaningful in some cities.</summary>
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Budget product of the kommunaler Produktrahmen, e.g. "02.1.22"; optional.</summary>
    public string? BudgetProduct { get; set; }
    /// <summary>Sachkonto, e.g. "543100"; optional.</summary>
    public string? BudgetAccount { get; set; }
    /// <summary>The Leitweg-ID its e-invoices are addressed to (BT-10), e.g. "04011000-12345-03"; optional.</summary>
    public string? LeitwegId { get; set; }
    public Guid Version { get; set; }

    public static DepartmentInput From(Department department) => new()
    {
        Number = department.Number,
        Name = department.Name,
        BudgetProduct = department.BudgetProduct,
        BudgetAccount = department.BudgetAccount,
        LeitwegId = department.LeitwegId,
        Version = department.Version,
    };
}
