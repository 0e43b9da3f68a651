namespace Conformance.Diff;

/// <summary>
/// What a client of the old version does differently because of one change, in plain words, for
/// the migration note (<c>diff --migration</c>).
/// </summary>
/// <param name="Text">An instruction ("Send PUT /b instead of PUT /a"); with <paramref name="Item"/>,
/// the head of a list.</param>
/// <param name="Item">One member of a list: the steps of one operation with the same text and
/// severity are shown as one line naming every item ("The 200 answer now has required fields:
/// name, orgId").</param>
public sealed record ClientStep(string Text, string? Item = null);
