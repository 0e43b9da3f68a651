using System.Text.Json.Nodes;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// A constraint found at an instance location, and the value that breaks it there when one could
/// be made: <see cref="Value"/> replaces the whole instance the walk started from.
/// </summary>
/// <param name="Path">Instance path: <c>""</c> for the root, <c>a.b</c>, <c>a[]</c> for items.</param>
/// <param name="Branch">The outermost oneOf/anyOf branch it sits in (<c>oneOf2</c>), or null.</param>
/// <param name="Made">Whether a breaking value was made (else <see cref="Why"/> says why not).</param>
internal sealed record Found(Constraint Constraint, string Path, string? Branch, bool Made, JsonNode? Value, string Stimulus, string? Why = null)
{
    public string Key => $"{Branch}|{Path}|{Constraint.Key}";

    public Found Placed(JsonNode? whole, string? branch) => this with { Value = whole, Branch = Branch ?? branch };

    public Found NotMade(string why) => this with { Made = false, Value = null, Why = why };
}
