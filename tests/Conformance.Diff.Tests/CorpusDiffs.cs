using Conformance.Diff;
using Conformance.Spec;

namespace Conformance.Diff.Tests;

/// <summary>Diffs of named corpus pairs, for tests that need a real diff to render or gate on.</summary>
internal static class CorpusDiffs
{
    public static SpecDiff Of(string caseName)
    {
        var pair = CorpusCase.Load(caseName);
        return SpecDiffer.Compare(SpecLoader.Load(pair.OldPath), SpecLoader.Load(pair.NewPath));
    }

    public static string[] Paths(string caseName)
    {
        var pair = CorpusCase.Load(caseName);
        return [pair.OldPath, pair.NewPath];
    }

    /// <summary>The Dfns-shaped and senhasegura-shaped corpus bases (the old side of two pairs).</summary>
    public static string DfnsBase => CorpusCase.Load("dfns-operation-added").OldPath;

    public static string SenhaseguraBase => CorpusCase.Load("senhasegura-prefix-moved").OldPath;
}
