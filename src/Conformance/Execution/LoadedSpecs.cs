using System.Collections.Concurrent;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Each spec file loaded once, and each loaded spec's scenarios generated once. A run makes one
/// for itself, so that checking its input, planning its targets and each target's run share one
/// load instead of reading and parsing the same file again at every step. Several runs over the
/// same unchanged files may share one (the reading × fault matrix starts over a thousand runs of
/// three specs).
/// </summary>
/// <remarks>
/// Sharing is safe because what it hands out is read only: an <see cref="ApiDocument"/> and its
/// <see cref="Scenario"/>s are never changed after generation (the scenarios of one run already
/// execute in parallel over them; JSON nodes allow concurrent reads). A file is read when first
/// asked for, by the name it was given (the document keeps that name as its source path), and a
/// failure to load it is remembered like a success: the same file gives the same answer.
/// </remarks>
internal sealed class LoadedSpecs
{
    private readonly ConcurrentDictionary<string, Lazy<ApiDocument>> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ApiDocument, Lazy<IReadOnlyList<Scenario>>> scenarios = new(ReferenceEqualityComparer.Instance);

    /// <summary>The spec at <paramref name="path"/>, loaded on the first call for that path.</summary>
    /// <exception cref="SpecLoadException">The file cannot be used (one line), every time it is asked for.</exception>
    public ApiDocument Load(string path) =>
        documents.GetOrAdd(path, p => new Lazy<ApiDocument>(() => SpecLoader.Load(p))).Value;

    /// <summary>The scenarios of this very document (by reference: a document with broken operations left out is another document).</summary>
    public IReadOnlyList<Scenario> Scenarios(ApiDocument document) =>
        scenarios.GetOrAdd(document, d => new Lazy<IReadOnlyList<Scenario>>(() => ScenarioGenerator.Generate(d))).Value;
}
