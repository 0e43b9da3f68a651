using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Conditions;
using ArchUnitNET.Loader;
using Conformance.Diff;
using Conformance.Execution;

namespace Conformance.Tests.Architecture;

/// <summary>
/// The engine and the diff as ArchUnitNET reads them (Mono.Cecil: signatures, fields and method
/// bodies, so a dependency inside a lambda or an async method counts), loaded once.
/// </summary>
internal static class EngineModel
{
    public static Assembly Engine { get; } = typeof(ConformanceRun).Assembly;

    public static Assembly DiffTool { get; } = typeof(SpecDiffer).Assembly;

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded =
        new(() => new ArchLoader().LoadAssemblies(Engine, DiffTool).Build());

    public static ArchUnitNET.Domain.Architecture Architecture => Loaded.Value;

    /// <summary>The namespace of a type as ArchUnitNET sees it ("" for a generic parameter, which has none).</summary>
    public static string NamespaceOf(IType type) => type.Namespace?.FullName ?? "";

    /// <summary>A condition "uses none of the types <paramref name="forbidden"/> holds", naming each one it does use.</summary>
    public static ConditionResult UsesNone(IType type, Func<IType, bool> forbidden)
    {
        var used = type.Dependencies.Select(d => d.Target).Where(t => t.FullName != type.FullName && forbidden(t))
            .Select(t => t.FullName).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ConditionResult(type, used.Count == 0, "uses " + string.Join(", ", used));
    }
}
