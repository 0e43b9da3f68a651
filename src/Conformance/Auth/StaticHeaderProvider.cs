using Conformance.Http;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// A fixed apiKey value (e.g. <c>X-DFNS-APPID</c>) in a header, the query string or a cookie
/// (<see cref="SchemePlacement"/>): the vendor setting named by the scheme's field, else the
/// identity field of that name. Values that come from an identity are treated as secrets, and so
/// is any value sent in the query or a cookie; a vendor setting in a header (an application id)
/// is not.
/// </summary>
internal sealed class StaticHeaderProvider(SecretRegistry secrets) : ISchemeProvider
{
    public AuthKind Kind => AuthKind.StaticHeader;

    public Task<AuthStep> ApplyAsync(AuthContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var scheme = context.Scheme;
        if (context.Omitted) return AuthStep.Applied(SchemePlacement.Remove(request, scheme));

        // specs/README.md: a scheme without a field takes the identity field named like the scheme.
        var field = scheme.Auth.Field ?? scheme.Name;
        var setting = context.Vendor?.Settings.GetValueOrDefault(field);
        var identity = context.Identity;
        var fromIdentity = setting is null && identity is not null ? ProfileGap.Field(identity, field) : null;
        var value = setting ?? fromIdentity;

        if (context.Forged) return AuthStep.Applied(SchemePlacement.Set(request, scheme, ForgedValue.Like(value)));
        if (value is null)
        {
            return AuthStep.Skip(request, identity is null && scheme.Auth.Field is null
                ? context.NoIdentity
                : ProfileGap.NoSetting(context.VendorName, field));
        }

        // A key in the query string lands in every recorded URL: it is a secret wherever it came from.
        if (fromIdentity is not null || scheme.In is "query" or "cookie") secrets.Add(value);
        return AuthStep.Applied(SchemePlacement.Set(request, scheme, value));
    }
}
