using Conformance.Http;

namespace Conformance.Reporting;

/// <summary>
/// What the reader of a curl line must know before pasting it: a request that carried a one-time
/// value (a nonce, a user-action token, a signature over them) is refused when sent again as it
/// was, and its token is redacted besides; a request with a redacted credential needs the
/// reader's own. Read from the recorded request's header and field names, the only part of a
/// request a report keeps as it was.
/// </summary>
internal static class ReplayNote
{
    /// <summary>Name parts of headers and body fields that carry one-time values.</summary>
    private static readonly string[] OneTimeMarks = ["nonce", "useraction", "user-action", "user_action", "signature"];

    public static string? For(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var oneTime = request.Headers.Select(h => h.Key).Where(IsOneTime).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (request.Body is { } body && OneTimeMarks.Any(m => body.Contains('"' + m, StringComparison.OrdinalIgnoreCase))) oneTime.Add("a one-time field of the body");
        if (oneTime.Count > 0)
        {
            return $"cannot be replayed as is: it carried one-time values ({string.Join(", ", oneTime)}), already spent by the run (a secret one is redacted); "
                + "the rerun command obtains fresh ones";
        }

        var redacted = request.Headers.Any(h => h.Value.Contains(RedactionRules.Mask, StringComparison.Ordinal))
            || (request.Body?.Contains(RedactionRules.Mask, StringComparison.Ordinal) ?? false);
        return redacted ? $"put your own credentials in place of {RedactionRules.Mask}" : null;
    }

    private static bool IsOneTime(string header) => OneTimeMarks.Any(m => header.Contains(m, StringComparison.OrdinalIgnoreCase));
}
