using ArchUnitNET.Domain;

namespace Conformance.Tests.Architecture;

/// <summary>
/// A rule finer than a stage: <paramref name="User"/> may use <paramref name="Used"/> (or, for
/// the sending side, anything) only in part; <paramref name="Forbidden"/> says which types it may
/// not touch. <paramref name="Rule"/> is quoted in the failure.
/// </summary>
internal sealed record Narrowing(string Rule, Stage User, Func<IType, bool> Forbidden)
{
    public override string ToString() => Rule;
}
