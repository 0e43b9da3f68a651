namespace Conformance.Checks;

/// <summary>Every check by name (config and scenarios refer to checks by name, as schemathesis does).</summary>
internal static class CheckRegistry
{
    private static readonly Dictionary<string, ICheck> Checks = new ICheck[]
    {
        new ExpectedStatusCheck(),
        new ExpectedMessageCheck(),
        new StatusDocumentedCheck(),
        new ResponseSchemaCheck(),
        new ErrorShapeCheck(),
        new ContentTypeCheck(),
        new NoServerErrorCheck(),
        new EnvelopeInvariantsCheck(),
        new OthersUnchangedCheck(),
        new ExactlyOneAcceptedCheck(),
    }.Concat(StateCheck.All()).ToDictionary(c => c.Name);

    public static ICheck Get(string name) =>
        Checks.GetValueOrDefault(name) ?? throw new ArgumentException($"no check named '{name}'", nameof(name));

    public static IEnumerable<string> Names => Checks.Keys;
}
