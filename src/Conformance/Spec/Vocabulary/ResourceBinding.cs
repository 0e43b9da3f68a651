namespace Conformance.Spec.Vocabulary;

/// <summary>Where an operation names the resource it acts on (<c>x-conformance.resource</c>).</summary>
/// <param name="Kind">Fixture kind in the target profile, e.g. <c>credential</c>.</param>
/// <param name="In"><c>body</c> (a property of the JSON body) or <c>path</c>.</param>
/// <param name="Name">The body property or path parameter that carries the id.</param>
public sealed record ResourceBinding(string Kind, string In, string Name);
