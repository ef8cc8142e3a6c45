namespace ItInventory.Core.Analysis;

public enum SubjectKind { Product, Contract, Vendor, Category, Department }

/// <summary>What a finding is about. The name is carried along so a finding can be shown without a lookup.</summary>
public sealed record SubjectRef(SubjectKind Kind, int Id, string Name)
{
    public static SubjectRef Product(int id, string name) => new(SubjectKind.Product, id, name);
    public static SubjectRef Contract(int id, string name) => new(SubjectKind.Contract, id, name);
    public static SubjectRef Vendor(int id, string name) => new(SubjectKind.Vendor, id, name);
    public static SubjectRef Category(int id, string name) => new(SubjectKind.Category, id, name);
    public static SubjectRef Department(int id, string name) => new(SubjectKind.Department, id, name);
}
