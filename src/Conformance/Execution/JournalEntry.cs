namespace Conformance.Execution;

/// <summary>
/// A fixture a run changed and has not (yet) confirmed restored: what it was, on what evidence,
/// and since when. No secret: kind, id, vendor, state names and evidence text only.
/// </summary>
/// <param name="Original">The state to put it back in (null when it was never known).</param>
/// <param name="Evidence">How the original state was established.</param>
/// <param name="Owner">The scenario (or recovery) that changed it.</param>
public sealed record JournalEntry(string Vendor, string Kind, string Id, string? Original, bool OriginalDocumented, string Evidence, string Owner, DateTimeOffset Since)
{
    public string Key => $"{Vendor}/{Kind}/{Id}";

    public override string ToString() => $"{Vendor} {Kind} {Id} (to be {Original ?? "(unknown)"}, changed by {Owner})";
}
