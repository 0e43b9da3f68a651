using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Endpoints;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.Nonce;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Hosting;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>Wires the Dfns half of the target and maps its routes.</summary>
internal sealed class DfnsModule
{
    private readonly DfnsReplies _replies;
    private readonly ActiveFaults _faults;
    private readonly ActivationEndpoint _activation;
    private readonly UserActionEndpoints _userActions;
    private readonly ProbeEndpoints _probes;
    private readonly ActiveReadings _readings;

    public DfnsModule(DfnsWorld world, ActiveFaults faults, TimeProvider time, TimeSpan nonceWindow, ActiveReadings? readings = null)
    {
        World = world;
        _faults = faults;
        _readings = readings ?? ActiveReadings.None;
        _replies = new DfnsReplies(faults, _readings.Has(Readings.DfnsErrorCurrentShape), _readings);
        Nonces = new NonceValidator(time, nonceWindow, new NonceReplayStore(), faults, _readings);
        var gate = new DfnsGate(world, Nonces, _replies, faults, _readings);
        var userActions = new UserActionService(world.Directory, time, faults, _readings);
        var bodies = new IdBodyParser(faults, _readings);
        _activation = new ActivationEndpoint(gate, bodies, userActions, new DfnsStateChanges(world, _replies, faults, _readings), _replies, faults, _readings);
        _userActions = new UserActionEndpoints(gate, userActions, world.Directory, _replies, faults, _readings);
        _probes = new ProbeEndpoints(gate, world.Directory, _replies);
    }

    public DfnsWorld World { get; }

    public NonceValidator Nonces { get; }

    public void Map(IEndpointRouteBuilder routes)
    {
        MapActivation(routes, DfnsOperations.CredentialsActivate, isCredential: true, activate: true);
        MapActivation(routes, DfnsOperations.CredentialsDeactivate, isCredential: true, activate: false);
        MapActivation(routes, DfnsOperations.UsersActivate, isCredential: false, activate: true);
        MapActivation(routes, DfnsOperations.UsersDeactivate, isCredential: false, activate: false);

        Map(routes, DfnsOperations.ActionInit, (HttpContext http) => _userActions.InitAsync(http));
        Map(routes, DfnsOperations.ActionComplete, (HttpContext http) => _userActions.CompleteAsync(http));
        Map(routes, DfnsOperations.CredentialsList, (HttpContext http) => _probes.ListCredentialsAsync(http));
        if (!_readings.Has(Readings.DfnsNoUserRead))
        {
            // D6-alt-read: a legacy server without the user read answers it like any unknown path.
            Map(routes, DfnsOperations.UsersGet, (HttpContext http, string userId) => _probes.GetUserAsync(http, userId));
        }

        routes.Map("/auth/{**rest}", () => _replies.Error(DfnsOperations.CredentialsList, 404, DfnsMessages.NotFound));
    }

    private void MapActivation(IEndpointRouteBuilder routes, DfnsOperation op, bool isCredential, bool activate) =>
        Map(routes, op, (HttpContext http) => _activation.HandleAsync(http, op, isCredential, activate));

    private void Map(IEndpointRouteBuilder routes, DfnsOperation op, Delegate handler)
    {
        routes.MapMethods(op.Path, [op.Method], handler);
        UndocumentedMethods.Map(routes, op.Path, [op.Method], (HttpContext http) =>
            http.Request.Method == "GET" && _faults.Applies(FaultNames.DfnsGetOnPutPathCrash, "dfns", op.Id)
                ? _replies.Crash(op)
                : UndocumentedMethod(op));
    }

    /// <summary>D16: 405; its alternative readings 401, 400 or 500.</summary>
    private IResult UndocumentedMethod(DfnsOperation op) =>
        _readings.Has(Readings.DfnsUndocumentedMethod401) ? _replies.Error(op, 401, DfnsMessages.NotAuthorized)
        : _readings.Has(Readings.DfnsUndocumentedMethod400) ? _replies.Error(op, 400, DfnsMessages.BodyInvalid)
        : _readings.Has(Readings.DfnsUndocumentedMethod500) ? _replies.Crash(op)
        : _replies.Error(op, 405, DfnsMessages.MethodNotAllowed);
}
