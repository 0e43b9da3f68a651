using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Hosting;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>Wires the senhasegura half of the target and maps its routes.</summary>
internal sealed class SenhaModule
{
    private readonly SenhaGate _gate;
    private readonly SenhaReplies _replies;
    private readonly CredentialEndpoints _credentials;
    private readonly TokenEndpoint _token;
    private readonly ActiveReadings _readings;

    public SenhaModule(SenhaWorld world, ActiveFaults faults, TimeProvider time, TimeSpan tokenLifetime, ActiveReadings? readings = null)
    {
        World = world;
        _readings = readings ?? ActiveReadings.None;

        // S11-alt-a: tokens valid 24 h as the text says (the example says 3600).
        var tokens = new AccessTokens(time, _readings.Has(Readings.SenhaToken24h) ? TimeSpan.FromHours(24) : tokenLifetime);
        _replies = new SenhaReplies(faults, _readings);
        _gate = new SenhaGate(world, tokens, faults, _replies, _readings);
        _credentials = new CredentialEndpoints(world, _gate, _replies, faults, _readings);
        _token = new TokenEndpoint(world.Directory, tokens, _readings);
    }

    public SenhaWorld World { get; }

    public void Map(IEndpointRouteBuilder routes)
    {
        Delegate token = (HttpContext http) => _token.HandleAsync(http);
        routes.MapPost(SenhaOperations.TokenPath, token);
        UndocumentedMethods.Map(routes, SenhaOperations.TokenPath, ["POST"], () => _replies.MethodNotAllowed());

        routes.MapPut(SenhaOperations.CredentialPath, (HttpContext http, string id) => _credentials.Enable(http, id));
        routes.MapDelete(SenhaOperations.CredentialPath, (HttpContext http, string id) => _credentials.Disable(http, id));
        routes.MapGet(SenhaOperations.CredentialPath, (HttpContext http, string id) => _credentials.Get(http, id));
        UndocumentedMethods.Map(routes, SenhaOperations.CredentialPath, ["PUT", "DELETE", "GET"], Undocumented);

        routes.MapGet(SenhaOperations.CredentialsPath, (HttpContext http) => _credentials.List(http));
        UndocumentedMethods.Map(routes, SenhaOperations.CredentialsPath, ["GET"], Undocumented);

        // Any other /api URL: past the gateway, the application's own 404 (S6).
        routes.Map("/api/{**rest}", (HttpContext http) =>
            _gate.Authenticate(http.Request, "", out var rejection) is null ? rejection! : _replies.ResourceSubNotFound(""));
    }

    private IResult Undocumented(HttpContext http) =>
        _gate.Authenticate(http.Request, "", out var rejection) is null ? rejection! : _replies.MethodNotAllowed();
}
