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

    public DfnsModule(DfnsWorld world, ActiveFaults faults, TimeProvider time, TimeSpan nonceWindow)
    {
        World = world;
        _faults = faults;
        _replies = new DfnsReplies(faults);
        Nonces = new NonceValidator(time, nonceWindow, new NonceReplayStore(), faults);
        var gate = new DfnsGate(world, Nonces, _replies, faults);
        var userActions = new UserActionService(world.Directory, time, faults);
        _activation = new ActivationEndpoint(gate, new IdBodyParser(faults), userActions, new DfnsStateChanges(world, _replies, faults), _replies, faults);
        _userActions = new UserActionEndpoints(gate, userActions, world.Directory, _replies, faults);
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
        Map(routes, DfnsOperations.UsersGet, (HttpContext http, string userId) => _probes.GetUserAsync(http, userId));

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
                : _replies.Error(op, 405, DfnsMessages.MethodNotAllowed));
    }
}
