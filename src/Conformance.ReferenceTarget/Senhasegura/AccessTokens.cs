using Conformance.ReferenceTarget.Crypto;
using Conformance.ReferenceTarget.Hosting;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>Bearer access tokens issued by the token endpoint; they expire on the target's clock (S11).</summary>
internal sealed class AccessTokens(TimeProvider time, TimeSpan lifetime)
{
    private readonly ExpiringTable<SenhaClient> _tokens = new(time, lifetime);

    public TimeSpan Lifetime => lifetime;

    public string Issue(SenhaClient client)
    {
        var token = RandomIds.Secret();
        _tokens.Add(token, client);
        return token;
    }

    public SenhaClient? Resolve(string token) => _tokens.Find(token);
}
