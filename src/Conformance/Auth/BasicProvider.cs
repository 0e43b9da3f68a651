using System.Text;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// <c>Authorization: Basic base64(user-id ":" password)</c> (RFC 7617 §2) from the identity's
/// <c>username</c> and <c>password</c>. The password and the encoded credentials are secrets,
/// registered before the request is sent, so no recorded exchange holds either.
/// </summary>
internal sealed class BasicProvider(SecretRegistry secrets) : ISchemeProvider
{
    public AuthKind Kind => AuthKind.Basic;

    public Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Omitted) return AuthStep.Applied(request.WithoutHeader("Authorization"));

        var identity = context.Identity;
        var username = identity is null ? null : ProfileGap.Field(identity, ProfileIdentity.UsernameField);
        var password = identity is null ? null : ProfileGap.Field(identity, ProfileIdentity.PasswordField);

        // A forgery of the same shape: the real user with a password the target cannot know, so
        // the refusal is about the password (a wrong user would test something else).
        if (context.Forged) return AuthStep.Applied(request.WithHeader("Authorization", "Basic " + Encode(username ?? "conformance", ForgedValue.Like(password ?? "forged-password"))));
        if (identity is null) return AuthStep.Skip(request, context.NoIdentity);
        if (username is null) return AuthStep.Skip(request, context.NoIdentityField(ProfileIdentity.UsernameField));
        if (password is null) return AuthStep.Skip(request, context.NoIdentityField(ProfileIdentity.PasswordField));

        // RFC 7617 §2: "a user-id containing a colon character is invalid".
        if (username.Contains(':', StringComparison.Ordinal))
        {
            return AuthStep.Skip(request, $"profile identity '{context.Plan.Identity}' of vendor '{context.VendorName}' has a username with ':', which HTTP Basic cannot carry (RFC 7617 §2)");
        }

        var credentials = Encode(username, password);
        secrets.Add(password);
        secrets.Add(credentials);
        return AuthStep.Applied(request.WithHeader("Authorization", "Basic " + credentials));
    }

    // RFC 7617 §2.1: UTF-8 is the only charset the scheme may announce; servers that expect it get it.
    private static string Encode(string username, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
}
