namespace Conformance.Scenarios;

/// <summary>The registered checks, by the property that must hold (schemathesis naming).</summary>
public static class CheckNames
{
    public const string ExpectedStatus = "expected_status";
    public const string ExpectedMessage = "expected_message";
    public const string StatusDocumented = "status_code_conformance";
    public const string ResponseSchema = "response_schema_conformance";
    public const string ErrorShape = "error_shape_conformance";
    public const string ContentType = "content_type_conformance";
    public const string NoServerError = "not_a_server_error";
    public const string EnvelopeInvariants = "envelope_invariants";
    public const string StateReached = "state_reached";
    public const string StateUnchanged = "state_unchanged";
    public const string InverseStateReached = "inverse_state_reached";
    public const string OthersUnchanged = "other_fixtures_unchanged";
    public const string ReplayHadNoEffect = "replay_had_no_effect";
    public const string ExactlyOneAccepted = "exactly_one_accepted";

    /// <summary>The checks every exchange of every scenario gets.</summary>
    public static readonly IReadOnlyList<string> ResponseChecks =
        [StatusDocumented, ResponseSchema, ErrorShape, ContentType, NoServerError, EnvelopeInvariants];
}
