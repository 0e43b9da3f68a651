namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>The field names a server reads for the nonce's random value and time, first found wins (D4).</summary>
internal sealed record NonceSpellings(string[] Random, string[] Time)
{
    /// <summary>Every documented spelling: uuid/nonce and date/datetime.</summary>
    public static NonceSpellings Any { get; } = new(["uuid", "nonce"], ["date", "datetime"]);
}
