namespace Conformance.Scenarios;

/// <summary>The scenario classes of PRODUCT.md; the first segment of every requirement key.</summary>
public static class ScenarioClasses
{
    public const string Positive = "positive";
    public const string Schema = "schema";
    public const string Auth = "auth";
    public const string UserAction = "user-action";
    public const string Nonce = "nonce";
    public const string Idempotent = "idempotent";
    public const string State = "state";
    public const string UnknownId = "unknown-id";
    public const string Method = "method";
    public const string Permission = "permission";
    public const string Response = "response";
    public const string Envelope = "envelope";
}
