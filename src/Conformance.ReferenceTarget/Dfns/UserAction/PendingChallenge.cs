namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>A challenge issued by POST /auth/action/init, waiting for its signature.</summary>
internal sealed record PendingChallenge(string UserId, string Challenge, UserActionBinding Binding);
