using Conformance.Auth;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>A generated input encoded as the request to send, with its class and how it is authorized.</summary>
/// <param name="Why">For an invalid request: the first constraint it breaks (the validator's words).</param>
internal sealed record FuzzCase(FuzzInput Input, RequestTemplate Request, FuzzClass Class, AuthPlan Auth, string? Why)
{
    /// <summary>The security scheme the request breaks (null unless <see cref="FuzzClass.AuthBroken"/>).</summary>
    public string? BrokenScheme => Input.AuthBreak?[(Input.AuthBreak.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public bool OmitsScheme => Input.AuthBreak?.StartsWith("omit:", StringComparison.Ordinal) == true;
}
