namespace Conformance.ReferenceTarget.Dfns;

/// <summary>Verbatim error messages (seed 004, dfns-facts §3.4, DECISIONS D9–D14).</summary>
internal static class DfnsMessages
{
    public const string NonceInvalid = "request nonce is missing or invalid";
    public const string NonceUsed = "request nonce has already been used";
    public const string NotAuthorized = "Not Authorized.";
    public const string UserTokenInvalid = "user token is missing or invalid";
    public const string UserActionInvalid = "user action signature is missing or invalid";
    public const string UserActionUsed = "user action has already been used";
    public const string BodyInvalid = "request body is invalid";
    public const string ChallengeInvalid = "Challenge token is not valid.";
    public const string CredentialNotFound = "Credential not found";
    public const string UserNotFound = "User not found";
    public const string InternalError = "Internal Server Error";
    public const string MethodNotAllowed = "Method Not Allowed";
    public const string NotFound = "Not Found";
    public const string Success = "success";

    /// <summary>D11, shape of seed 004's 403 example.</summary>
    public static string NotPermitted(string userId, string permission) =>
        $"CustomerEmployee {userId} is not authorized to perform operation ({permission})";
}
