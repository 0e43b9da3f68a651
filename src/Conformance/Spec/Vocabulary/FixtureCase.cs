namespace Conformance.Spec.Vocabulary;

/// <summary>An extra case on a named profile fixture (<c>x-conformance.fixture-cases</c>).</summary>
public sealed record FixtureCase(string Key, string FixtureKind, Expectation Expect);
