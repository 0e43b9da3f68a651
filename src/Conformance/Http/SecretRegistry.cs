using System.Collections.Concurrent;

namespace Conformance.Http;

/// <summary>
/// Every secret value the run knows (profile secrets, tokens issued during the run). The
/// redactor replaces each of them wherever it appears in a recorded exchange.
/// </summary>
public sealed class SecretRegistry
{
    private readonly ConcurrentDictionary<string, byte> secrets = new(StringComparer.Ordinal);

    /// <summary>Values shorter than this are not treated as secrets (they would redact ordinary text).</summary>
    public const int MinimumLength = 6;

    private int version;

    public void Add(string? secret)
    {
        if (secret is { Length: >= MinimumLength } && secrets.TryAdd(secret, 0)) Interlocked.Increment(ref version);
    }

    /// <summary>Grows with every new value: the redactor keeps its prepared spellings until it changes.</summary>
    internal int Version => Volatile.Read(ref version);

    public IReadOnlyCollection<string> Values => secrets.Keys.ToList();
}
