using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Hosting;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The current Dfns API (specs/dfns-current/openapi.yaml): its own organisation, served on its
/// own listener, so the paths it shares with the legacy API (PUT /auth/credentials/activate) keep
/// the rules of their own era.
/// </summary>
internal sealed class CurrentDfnsModule
{
    private readonly DfnsReplies _replies;
    private readonly CurrentCredentialEndpoint _credentials;
    private readonly CurrentUserEndpoint _users;
    private readonly CurrentUserActionEndpoints _userActions;
    private readonly CurrentProbeEndpoints _probes;
    private readonly ActiveReadings _readings;

    /// <summary>Wires the API; <paramref name="faults"/> are those of this API only (<see cref="ActiveFaults.Only"/>).</summary>
    public CurrentDfnsModule(DfnsWorld world, ActiveFaults faults, TimeProvider time, ActiveReadings? readings = null)
    {
        World = world;
        _readings = readings ?? ActiveReadings.None;
        _replies = new DfnsReplies(faults, currentStructure: true);
        var gate = new CurrentGate(world, _replies, faults, _readings);
        var userActions = new UserActionService(world.Directory, time, faults);
        var state = new CurrentState(world, _replies, faults, _readings);
        _credentials = new CurrentCredentialEndpoint(gate, new IdBodyParser(faults, _readings, current: true), userActions, state, _replies, faults, _readings);
        _users = new CurrentUserEndpoint(gate, userActions, state, _replies, faults, _readings);
        _userActions = new CurrentUserActionEndpoints(gate, userActions, world.Directory, _replies, faults);
        _probes = new CurrentProbeEndpoints(gate, world.Directory, _replies, faults, _readings);
    }

    public DfnsWorld World { get; }

    public void Map(IEndpointRouteBuilder routes)
    {
        Map(routes, CurrentOperations.CredentialsActivate, (HttpContext http) => _credentials.HandleAsync(http, CurrentOperations.CredentialsActivate, activate: true));
        Map(routes, CurrentOperations.CredentialsDeactivate, (HttpContext http) => _credentials.HandleAsync(http, CurrentOperations.CredentialsDeactivate, activate: false));
        Map(routes, CurrentOperations.UsersActivate, (HttpContext http, string userId) => _users.HandleAsync(http, CurrentOperations.UsersActivate, userId, activate: true));
        Map(routes, CurrentOperations.UsersDeactivate, (HttpContext http, string userId) => _users.HandleAsync(http, CurrentOperations.UsersDeactivate, userId, activate: false));
        Map(routes, CurrentOperations.ActionInit, (HttpContext http) => _userActions.InitAsync(http));
        Map(routes, CurrentOperations.ActionComplete, (HttpContext http) => _userActions.CompleteAsync(http));
        Map(routes, CurrentOperations.CredentialsList, (HttpContext http) => _probes.ListCredentials(http));
        Map(routes, CurrentOperations.UsersGet, (HttpContext http, string userId) => _probes.GetUser(http, userId));

        // The legacy /auth/manage/users/* paths, like every other undocumented path, do not exist here.
        routes.Map("/{**rest}", () => _replies.Error(CurrentOperations.CredentialsList, 404, DfnsMessages.NotFound));
    }

    private void Map(IEndpointRouteBuilder routes, DfnsOperation op, Delegate handler)
    {
        routes.MapMethods(op.Path, [op.Method], handler);
        // C1-alt-a: refused as forbidden rather than as an unknown method.
        UndocumentedMethods.Map(routes, op.Path, [op.Method], () => _readings.Has(Readings.CurrentUndocumentedMethod403)
            ? _replies.Error(op, 403, DfnsMessages.MethodNotAllowed)
            : _replies.Error(op, 405, DfnsMessages.MethodNotAllowed));
    }
}
