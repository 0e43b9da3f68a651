namespace Conformance.Spec;

/// <summary>An <c>x-decision</c> written next to the node it decides.</summary>
public sealed record SpecDecision(string Pointer, int? Line, string Text);
