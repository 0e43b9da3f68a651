namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>
/// What a fault lets through the user action check of one request: a missing or forged token, a
/// token signed for another request, or a token already used. <see cref="None"/> is the faithful check.
/// </summary>
internal sealed record UserActionLeniency(bool AcceptMissing = false, bool AcceptForged = false, bool IgnoreBinding = false, bool Reusable = false)
{
    public static UserActionLeniency None { get; } = new();
}
