using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// The properties the fuzzing phase checks on every generated request (Schemathesis' names), the
/// registered checks that judge each, and the requirement each rests on.
/// </summary>
internal static class FuzzProperties
{
    public const string Class = "fuzz";
    public const string NotAServerError = CheckNames.NoServerError;
    public const string ResponseSchemaConformance = CheckNames.ResponseSchema;
    public const string NegativeDataRejection = "negative_data_rejection";
    public const string PositiveDataAcceptance = "positive_data_acceptance";
    public const string IgnoredAuth = "ignored_auth";

    public static IReadOnlyList<string> All { get; } = [NotAServerError, ResponseSchemaConformance, NegativeDataRejection, PositiveDataAcceptance, IgnoredAuth];

    /// <summary>The registered checks whose outcomes decide the property.</summary>
    public static IReadOnlyList<string> Checks(string property) => property switch
    {
        NotAServerError => [CheckNames.NoServerError],
        ResponseSchemaConformance => [CheckNames.ResponseSchema],
        _ => [CheckNames.ExpectedStatus, CheckNames.StateUnchanged],
    };

    /// <summary>The property a request of this class is judged for beyond the two every request gets.</summary>
    public static string? Expectation(FuzzClass @class) => @class switch
    {
        FuzzClass.Valid => PositiveDataAcceptance,
        FuzzClass.Invalid => NegativeDataRejection,
        FuzzClass.AuthBroken => IgnoredAuth,
        _ => null,
    };

    /// <summary>
    /// A request valid against every schema the operation documents should be accepted. No
    /// document promises that every schema-valid value is accepted (a schema may say less than the
    /// server checks), so this is our decision, at SHOULD: a refusal is WARN, never FAIL.
    /// </summary>
    public static ResolvedRequirement PositiveAccepted(ApiDocument document, ApiOperation operation) =>
        ResolvedRequirement.For(document.Contract, operation.Slug, new Requirement(
            "fuzz/positive-accepted",
            RequirementLevel.Should,
            "OpenAPI 3.1 §4.8.12 Request Body Object; §4.8.24 Schema Object",
            "Decision: a request valid against every schema its operation documents should be accepted with a 2xx; a schema may document less than the server checks, so this is not a MUST.",
            new Expectation(StatusMatcher.OfClass(2)))
        {
            Basis = EvidenceBasis.Decision,
        });
}
