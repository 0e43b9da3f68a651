namespace Conformance.ReferenceTarget;

/// <summary>
/// Alternative readings of the documents: where they are silent, another answer a faithful server
/// may give than the one our decision chose. Unlike a fault, a reading breaks no documented
/// requirement: the suite must pass clean under each one (no FAIL, no unconfirmed fixture).
/// </summary>
public static class Readings
{
    /// <summary>
    /// S9 reads a disabled credential's <c>GET /api/pam/credential/{id}</c> as 400 "1008"; the docs
    /// list no 1008 for GET, so answering 200 with the credential is as faithful.
    /// </summary>
    public const string SenhaGetInactiveOk = "senha-get-inactive-ok";

    /// <summary>Every reading, name → what it changes.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SenhaGetInactiveOk] = "S9-alt: GET /api/pam/credential/{id} answers 200 with the credential when it is disabled (S9 chose 400 1008; the docs list no 1008 for GET)",
    };
}
