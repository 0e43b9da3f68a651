namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>A one-time X-DFNS-USERACTION token returned by POST /auth/action.</summary>
internal sealed class IssuedUserAction(string userId, UserActionBinding binding)
{
    private int _used;

    public string UserId { get; } = userId;

    public UserActionBinding Binding { get; } = binding;

    /// <summary>Atomically marks the token used; false if it already was ("only valid once").</summary>
    public bool TryUse() => Interlocked.Exchange(ref _used, 1) == 0;
}
