namespace Conformance.Scenarios.Schemas;

/// <summary>
/// A <c>oneOf</c> or <c>anyOf</c> of a schema: the pointer of the keyword, its branches (schema
/// pointers), and the discriminator's property and mapping (value → branch pointer) when it has one.
/// </summary>
internal sealed record Choice(string Kind, string Origin, IReadOnlyList<string> Branches, string? DiscriminatorProperty, IReadOnlyDictionary<string, string> Mapping);
