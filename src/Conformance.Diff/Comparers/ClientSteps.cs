using Conformance.Diff.Schemas;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff.Comparers;

/// <summary>
/// The plain words of the migration note: what a client of the old version does differently,
/// one sentence per change (or one list item that the note joins with its siblings).
/// </summary>
internal static class ClientSteps
{
    public static IReadOnlyList<ClientStep> One(string text) => [new ClientStep(text)];

    public static IReadOnlyList<ClientStep> Listed(string text, string item) => [new ClientStep(text, item)];

    /// <summary>What a client sends for a security scheme: "header X-DFNS-NONCE", "the bearer token (Authorization: Bearer)".</summary>
    public static string Credential(string name, ApiSecurityScheme? scheme) => scheme switch
    {
        { Type: "apiKey", In: "header", ParameterName: { } header } => $"header {header}",
        { Type: "apiKey", In: { } where, ParameterName: { } parameter } => $"{where} parameter '{parameter}'",
        { Type: "http", Scheme: { } s } when s.Equals("bearer", StringComparison.OrdinalIgnoreCase) => "the bearer token (Authorization: Bearer)",
        { Type: "http", Scheme: { } s } => $"Authorization: {s} credentials",
        { Type: "oauth2" } => $"the OAuth 2.0 token of scheme {name}",
        _ => $"the credential of security scheme {name}",
    } + (scheme?.Type == "apiKey" ? $" (security scheme {name})" : "");

    /// <summary>A schema delta as a client sees it. <paramref name="subject"/> names the data:
    /// "the request body", "header parameter 'X'", "the 200 answer".</summary>
    public static IReadOnlyList<ClientStep> ForSchema(SchemaDirection direction, string subject, SchemaDelta delta)
    {
        var field = delta.Path;
        var head = Capitalised(subject);
        if (direction == SchemaDirection.Request)
        {
            return delta.Kind switch
            {
                SchemaDeltaKind.RequiredPropertyAdded => Listed($"Send these fields in {subject} (now required)", field),
                SchemaDeltaKind.OptionalPropertyAdded => Listed($"{head} accepts new optional fields", field),
                SchemaDeltaKind.RequiredPropertyRemoved or SchemaDeltaKind.OptionalPropertyRemoved => Listed(
                    delta.Closed ? $"Stop sending these fields in {subject} (now refused)" : $"Stop sending these fields in {subject} (no longer documented)", field),
                SchemaDeltaKind.BecameRequired => Listed($"Always send these fields in {subject} (now required)", field),
                SchemaDeltaKind.BecameOptional => Listed($"These fields of {subject} may now be left out", field),
                _ => One(Detail(head, delta)),
            };
        }

        return delta.Kind switch
        {
            SchemaDeltaKind.RequiredPropertyAdded or SchemaDeltaKind.BecameRequired => Listed($"{head} now has required fields", field),
            SchemaDeltaKind.OptionalPropertyAdded => Listed($"{head} may now have new fields", field),
            SchemaDeltaKind.RequiredPropertyRemoved => Listed($"{head} no longer has these fields (stop reading them)", field),
            SchemaDeltaKind.OptionalPropertyRemoved => Listed($"{head} no longer has these optional fields", field),
            SchemaDeltaKind.BecameOptional => Listed($"{head} may now leave out these fields (check before reading them)", field),
            SchemaDeltaKind.SchemaRemoved => One($"{head} no longer has a documented shape"),
            SchemaDeltaKind.SchemaAdded => One($"{head} now has a documented shape"),
            _ => One(Detail(head, delta)),
        };
    }

    /// <summary>
    /// A documented answer that changed. Only the status and the message are on the wire; a
    /// change of how strictly the suite judges them (message level, preferred status) is no
    /// client step, so none is returned and the note counts the change with the suite's.
    /// </summary>
    public static IReadOnlyList<ClientStep> ForAnswer(string situation, Expectation? old, Expectation? @new)
    {
        var before = Answer(old);
        var after = Answer(@new);
        return before == after ? [] : One($"{Capitalised(situation)}, the documented answer is now {after} (was {before})");
    }

    /// <summary>When a requirement's answer is due, in words: "when header X-DFNS-NONCE … is used again".</summary>
    public static string Situation(string requirementKey, string? credential)
    {
        var what = credential ?? "the credential";
        return requirementKey switch
        {
            "auth/missing-rejected" or "user-action/missing-rejected" or "nonce/missing-rejected" => $"when {what} is missing",
            "auth/invalid-rejected" => $"when {what} is invalid",
            "user-action/forged-rejected" => $"when {what} is forged",
            "user-action/reused-rejected" or "nonce/replay-rejected" => $"when {what} is used again",
            "user-action/mismatch-rejected" => $"when {what} was signed for another request",
            "nonce/malformed-rejected" => $"when {what} is malformed",
            "nonce/stale-rejected" => $"when {what} is stale",
            "unknown-id/rejected" => "when the id names nothing that exists",
            "positive/accepted" => "on success",
            "idempotent/repeat" => "when the call is repeated",
            _ when requirementKey.StartsWith("schema/", StringComparison.Ordinal) => "when the request is invalid",
            _ when requirementKey.StartsWith("permission/", StringComparison.Ordinal) => "when the caller is not permitted",
            _ => $"for requirement {requirementKey}",
        };
    }

    private static string Answer(Expectation? e)
    {
        if (e is null) return "undocumented";
        var preferred = e.PreferredStatus is { } p ? $" (preferably {p})" : "";
        var message = e.Message is { } m ? $" with message \"{m}\""
            : e.MessagePrefix is { } prefix ? $" with a message starting \"{prefix}\""
            : "";
        return $"status {e.Status}{preferred}{message}";
    }

    /// <summary>"the request body", with the media type when it is not plain JSON.</summary>
    public static string Subject(string what, string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? what : $"{what} ({mediaType})";

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Detail(string head, SchemaDelta delta) =>
        delta.Path.Length == 0 ? $"{head}: {delta.Detail}" : $"{head}, field '{delta.Path}': {delta.Detail}";
}
