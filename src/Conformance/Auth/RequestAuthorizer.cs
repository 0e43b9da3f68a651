using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// Applies an operation's first security alternative to a request: one provider per scheme,
/// chosen by the scheme's <c>x-conformance-auth</c> kind, each filling its scheme validly, forged
/// or not at all as the <see cref="AuthPlan"/> says. What the profile lacks becomes a skip reason;
/// a setup call that fails (token request, user action signing) becomes a setup failure, with the
/// setup exchanges kept for the report.
/// </summary>
internal sealed class RequestAuthorizer : IRequestAuthorizer
{
    private readonly ApiDocument document;
    private readonly VendorProfile? vendor;
    private readonly Dictionary<AuthKind, ISchemeProvider> providers;

    /// <param name="vendor">The profile's section for the spec's vendor; null when the profile has none.</param>
    /// <param name="nonces">Default: <see cref="NonceSource"/> on <paramref name="time"/>.</param>
    /// <param name="tokens">Share one across authorizers of a run to share the OAuth token cache.</param>
    public RequestAuthorizer(
        ApiDocument document,
        VendorProfile? vendor,
        IHttpTransport transport,
        SecretRegistry secrets,
        TimeProvider time,
        INonceSource? nonces = null,
        OAuthTokenClient? tokens = null)
    {
        this.document = document;
        this.vendor = vendor;

        // The profile's secrets are redacted from the first exchange on, even before a provider uses them.
        var profileSecrets = new TargetProfile(null, vendor is null ? new Dictionary<string, VendorProfile>() : new() { [vendor.Vendor] = vendor }).Secrets();
        foreach (var secret in profileSecrets) secrets.Add(secret);
        Tokens = tokens ?? new OAuthTokenClient(transport, secrets, time);
        var signer = new UserActionSigner(document, transport, secrets, AuthorizeSetupAsync);
        providers = new ISchemeProvider[]
        {
            new BearerProvider(secrets),
            new StaticHeaderProvider(secrets),
            new NonceProvider(nonces ?? new NonceSource(time)),
            new UserActionProvider(signer),
            new OAuth2ClientCredentialsProvider(Tokens),
            new BasicProvider(secrets),
        }.ToDictionary(p => p.Kind);
    }

    public OAuthTokenClient Tokens { get; }

    public Task<AuthorizedRequest> AuthorizeAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, CancellationToken cancellationToken) =>
        AuthorizeCoreAsync(operation, request, plan, withUserAction: true, cancellationToken);

    /// <summary>
    /// After a 401 on a request this authorizer filled with an OAuth token, forget the token so the
    /// next request gets a new one. Returns whether a token was dropped.
    /// </summary>
    public bool InvalidateOnUnauthorized(Exchange exchange, AuthPlan plan) =>
        vendor?.Identities.GetValueOrDefault(plan.Identity)?.ClientId is { } clientId && Tokens.InvalidateOnUnauthorized(exchange, clientId);

    private Task<AuthorizedRequest> AuthorizeSetupAsync(ApiOperation operation, OutgoingRequest request, string identity, CancellationToken cancellationToken) =>
        AuthorizeCoreAsync(operation, request, AuthPlan.Valid with { Identity = identity }, withUserAction: false, cancellationToken);

    private async Task<AuthorizedRequest> AuthorizeCoreAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, bool withUserAction, CancellationToken cancellationToken)
    {
        var schemes = new List<ApiSecurityScheme>();
        foreach (var name in operation.PrimarySecurity)
        {
            if (!document.SecuritySchemes.TryGetValue(name, out var scheme))
            {
                return AuthorizedRequest.Skipped(request, $"the spec has no security scheme '{name}' (components.securitySchemes), used by {operation.Label}");
            }

            if (!providers.ContainsKey(scheme.Auth.Kind))
            {
                return AuthorizedRequest.Skipped(request, $"security scheme '{name}' ({Describe(scheme)}) is not one the suite can send: supported are http bearer and basic, apiKey in a header, query or cookie, OAuth 2.0 (client credentials, or a token from the profile), OpenID Connect (a token from the profile), and the x-conformance-auth kinds");
            }

            // The user action binds the request as it will be sent, and init/complete do not carry one.
            if (scheme.Auth.Kind != AuthKind.UserAction || withUserAction) schemes.Add(scheme);
        }

        // Providers that cost a round trip go last, so a profile gap skips before any setup call.
        var ordered = schemes.OrderBy(s => s.Auth.Kind is AuthKind.UserAction or AuthKind.OAuth2ClientCredentials ? 1 : 0);
        var setup = new List<Exchange>();
        string? nonce = null, userAction = null;
        var current = request;
        var vendorName = vendor?.Vendor ?? document.Vendor;
        foreach (var scheme in ordered)
        {
            var step = await providers[scheme.Auth.Kind].ApplyAsync(new AuthContext(operation, scheme, current, plan, vendor, vendorName), cancellationToken);
            setup.AddRange(step.Setup);
            if (step.SkipReason is not null) return new AuthorizedRequest(request, setup, null, null, step.SkipReason);
            if (step.Failure is not null) return new AuthorizedRequest(current, setup, nonce, userAction, null, step.Failure);
            current = step.Request;
            nonce ??= step.Nonce;
            userAction ??= step.UserActionToken;
        }

        return new AuthorizedRequest(current, setup, nonce, userAction, null);
    }

    private static string Describe(ApiSecurityScheme scheme) =>
        scheme.Type == "http" ? $"http {scheme.Scheme}" : scheme.Type is { Length: > 0 } type ? type : "no type";
}
