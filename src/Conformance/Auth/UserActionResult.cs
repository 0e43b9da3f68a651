using System.Text;
using Conformance.Http;

namespace Conformance.Auth;

/// <summary>A user action token, or why there is none, with the exchanges it took.</summary>
internal sealed record UserActionResult(string? Token, IReadOnlyList<Exchange> Setup, string? Failure = null, string? SkipReason = null)
{
    // A record prints every member by default; this one holds a secret that must not reach a
    // log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Token = {(Token is null ? "(none)" : "[REDACTED]")}, Setup = {Setup.Count} exchanges, Failure = {Failure}, SkipReason = {SkipReason}");
        return true;
    }
}

