namespace Conformance.ReferenceTarget;

/// <summary>
/// One alternative faithful reading of the documents: where they are silent, another answer a
/// server written from the same documents may give than the one our decision chose.
/// </summary>
/// <param name="Name">Kebab-case name used with <c>--reading</c>.</param>
/// <param name="Decision">The decision and alternative it serves, as specs/README.md names it (<c>D14-alt-c</c>).</param>
/// <param name="Contract">The contract whose answers it changes (<c>dfns-legacy</c>, <c>dfns</c>, <c>senhasegura</c>).</param>
/// <param name="Expected">What the suite reports under it: <c>PASS</c>, <c>WARN</c> (only a decision or convention at SHOULD disagrees), <c>INCONCLUSIVE</c> or <c>SKIP</c> (scenarios that cannot run safely, with the reason).</param>
/// <param name="Description">One line: what the target then answers.</param>
public sealed record ReadingDescriptor(string Name, string Decision, string Contract, string Expected, string Description)
{
    /// <summary>
    /// Readings of one group are alternatives of each other (two spellings, two statuses for the
    /// same answer): at most one of a group is switched on at a time.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>The API of the reference target that honours it (<see cref="ReferenceApis"/>).</summary>
    public string Api => Contract == "dfns" ? ReferenceApis.Current : ReferenceApis.Main;
}
