namespace Conformance.ReferenceTarget.Dfns;

/// <summary>One Dfns operation as DECISIONS.md names it, with the permission it needs (D11).</summary>
internal sealed record DfnsOperation(string Id, string Method, string Path, string? Permission);
