using System.Text.Json;
using Conformance.ReferenceTarget.Dfns.UserAction;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The body of POST /auth/action in the current API: <c>challengeIdentifier</c>, a
/// <c>firstFactor</c> that is one of Fido2, Key, Password or PasswordProtectedKey, an optional
/// <c>secondFactor</c> (Fido2, Key, Totp, PasswordProtectedKey), nothing else. The target signs
/// with Key credentials only: a well-formed factor of another kind is not a usable signature (401).
/// </summary>
internal static class CurrentFactor
{
    private static readonly string[] AssertionFields = ["credId", "clientData", "signature", "algorithm"];
    private static readonly string[] Fido2Fields = ["credId", "clientData", "signature", "algorithm", "authenticatorData", "userHandle"];

    public enum Outcome
    {
        Key,
        OtherKind,
        Invalid,
    }

    public static Outcome Read(JsonElement root, out string challengeIdentifier, out KeyAssertion assertion)
    {
        challengeIdentifier = JsonBody.StringProperty(root, "challengeIdentifier") ?? "";
        assertion = new KeyAssertion("", "", "");
        if (!root.TryGetProperty("challengeIdentifier", out var id) || id.ValueKind != JsonValueKind.String
            || !JsonBody.OnlyHas(root, "challengeIdentifier", "firstFactor", "secondFactor")
            || !root.TryGetProperty("firstFactor", out var first)
            || Kind(first, second: false) is not { } firstKind
            || (root.TryGetProperty("secondFactor", out var second) && Kind(second, second: true) is null))
        {
            return Outcome.Invalid;
        }

        if (firstKind != "Key") return Outcome.OtherKind;
        var a = first.GetProperty("credentialAssertion");
        assertion = new KeyAssertion(JsonBody.StringProperty(a, "credId")!, JsonBody.StringProperty(a, "clientData")!, JsonBody.StringProperty(a, "signature")!);
        return Outcome.Key;
    }

    /// <summary>The factor's kind when it is one of the allowed shapes, else null.</summary>
    private static string? Kind(JsonElement factor, bool second)
    {
        if (factor.ValueKind != JsonValueKind.Object) return null;
        var kind = JsonBody.StringProperty(factor, "kind");
        return kind switch
        {
            "Key" or "PasswordProtectedKey" when Assertion(factor, AssertionFields, "credId", "clientData", "signature") => kind,
            "Fido2" when Assertion(factor, Fido2Fields, "credId", "clientData", "signature", "authenticatorData") => kind,
            "Password" when !second && Secret(factor, "password") => kind,
            "Totp" when second && Secret(factor, "otpCode") => kind,
            _ => null,
        };
    }

    private static bool Assertion(JsonElement factor, string[] allowed, params string[] required) =>
        JsonBody.OnlyHas(factor, "kind", "credentialAssertion")
        && factor.TryGetProperty("credentialAssertion", out var a) && a.ValueKind == JsonValueKind.Object
        && JsonBody.OnlyHas(a, allowed)
        && required.All(name => JsonBody.StringProperty(a, name) is { Length: > 0 })
        && a.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String);

    private static bool Secret(JsonElement factor, string field) =>
        JsonBody.OnlyHas(factor, "kind", field) && JsonBody.StringProperty(factor, field) is { Length: > 0 };
}
