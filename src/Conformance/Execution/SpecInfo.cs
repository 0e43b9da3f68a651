namespace Conformance.Execution;

/// <summary>One spec of the run: file, title, version, vendor (and its contract, the vendor by default).</summary>
public sealed record SpecInfo(string Path, string Title, string Version, string Vendor)
{
    private readonly string? contract;

    /// <summary>The spec's contract id (<c>x-conformance.contract</c>); the vendor when it declares none.</summary>
    public string Contract
    {
        get => contract ?? Vendor;
        init => contract = value;
    }
}
