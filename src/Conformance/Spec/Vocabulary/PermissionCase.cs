namespace Conformance.Spec.Vocabulary;

/// <summary>An identity (profile role) that must be refused (<c>x-conformance.permissions</c>).</summary>
public sealed record PermissionCase(string Identity, string Key, Expectation Expect);
