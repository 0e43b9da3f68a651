using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>
/// PUT (enable) / DELETE (disable) / GET /api/pam/credential/{id} and GET /api/pam/credential.
/// Order: gateway auth (S7) → id shape (404, S3/S6) → PAM permission 1039 → 1007 → 1010 → 1009 →
/// state (1043 / 1008) → effect (S4, S5, S8, S9, S13).
/// </summary>
internal sealed class CredentialEndpoints(SenhaWorld world, SenhaGate gate, SenhaReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    /// <summary>The alternative reading S9-alt: a disabled credential reads as 200, like an active one.</summary>
    private bool GetInactiveOk => readings.Has(Readings.SenhaGetInactiveOk);

    private bool IntegerIds => readings.Has(Readings.SenhaIntegerIds);

    public IResult Enable(HttpContext http, string id) => Change(http, id, SenhaOperations.Enable, activate: true);

    public IResult Disable(HttpContext http, string id) => Change(http, id, SenhaOperations.Disable, activate: false);

    public IResult Get(HttpContext http, string id)
    {
        const string op = SenhaOperations.Get;
        if (!TryResolve(http, id, op, checkPam: false, out var item, out var rejection))
        {
            return rejection!;
        }

        lock (world.Directory.Sync)
        {
            // S9: v1 has no active flag; a disabled credential reads as 1008, by analogy with custody
            // (or, in the alternative reading, as 200 like an active one).
            if (!item!.IsActive && !GetInactiveOk)
            {
                return replies.Business(op, SenhaMessages.CredentialInactive);
            }
        }

        return replies.Success(op, $"Credential {SenhaViews.Id(item)}", body => body["credential"] = SenhaViews.Single(item, IntegerIds), withCode: false);
    }

    public IResult List(HttpContext http)
    {
        const string op = SenhaOperations.List;
        var client = gate.Authenticate(http.Request, op, out var rejection);
        if (client is null)
        {
            return rejection!;
        }

        var items = new JsonArray();
        // S10-alt: only active credentials listed.
        foreach (var credential in world.Directory.Credentials.Where(client.CanAccess).Where(c => c.IsActive || !readings.Has(Readings.SenhaListActiveOnly)))
        {
            items.Add(SenhaViews.ListItem(credential, IntegerIds));
        }

        // S10: every credential the client may see, active or not: "<N> credentials found".
        var message = string.Create(CultureInfo.InvariantCulture, $"{items.Count} credentials found");
        return replies.Success(op, message, body => body["credentials"] = items);
    }

    private IResult Change(HttpContext http, string id, string op, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "senhasegura", op);

        var successMessage = activate ? SenhaMessages.Activated : SenhaMessages.Deactivated;
        if (!TryResolve(http, id, op, checkPam: true, out var item, out var rejection))
        {
            return rejection!;
        }

        lock (world.Directory.Sync)
        {
            if (activate && item!.IsActive)
            {
                // S4: re-enabling is an error here (1043), unlike Dfns' 200 no-op.
                return On(FaultNames.SenhaReenableOk) ? replies.Success(op, successMessage) : replies.Business(op, SenhaMessages.AlreadyActivated);
            }

            if (!activate && !item!.IsActive)
            {
                return On(FaultNames.SenhaRedisableOk) ? replies.Success(op, successMessage) : replies.Business(op, SenhaMessages.CredentialInactive);
            }

            item!.IsActive = activate || On(FaultNames.SenhaDisableNoop);
        }

        return replies.Success(op, successMessage);
    }

    /// <summary>Common lookup; false with the rejection (or a fault's fake success) to answer.</summary>
    private bool TryResolve(HttpContext http, string id, string op, bool checkPam, out SenhaItem? item, out IResult? rejection)
    {
        bool On(string fault) => faults.Applies(fault, "senhasegura", op);

        item = null;
        var client = gate.Authenticate(http.Request, op, out rejection);
        if (client is null)
        {
            return false;
        }

        // S3: the path id is an integer ≥ 1; anything else is a URL the router does not know (S6).
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || id.StartsWith('0'))
        {
            // S3-alt-b: the framework's 500; S3-alt-c: looked up, found nothing (1007).
            rejection = readings.Has(Readings.SenhaBadId500) ? replies.ServerError(op, SenhaMessages.UnexpectedError)
                : readings.Has(Readings.SenhaBadId1007) ? replies.Business(op, SenhaMessages.CredentialNotFound)
                : replies.ResourceSubNotFound(op);
            return false;
        }

        var fakeSuccess = replies.Success(op, op == SenhaOperations.Enable ? SenhaMessages.Activated : SenhaMessages.Deactivated);
        if (checkPam && !client.HasPamConfigurationAccess && !On(FaultNames.SenhaNoPamPermissionAccepted))
        {
            // S8-alt: the 500 "You are not authorized to access this resource." the same page documents
            // for a client without permission to the PAM Core resources in A2A.
            rejection = readings.Has(Readings.SenhaNoPam500) ? replies.ServerError(op, SenhaMessages.NotAuthorizedToAccess) : replies.Business(op, SenhaMessages.NoPamConfiguration);
            return false;
        }

        item = world.Directory.Find(number);
        if (item is null)
        {
            rejection = On(FaultNames.SenhaUnknownIdOk) ? fakeSuccess : replies.Business(op, SenhaMessages.CredentialNotFound);
            return false;
        }

        if (!item.IsCredential)
        {
            rejection = On(FaultNames.SenhaNotACredentialAccepted) ? fakeSuccess : replies.Business(op, SenhaMessages.NotACredential);
            return false;
        }

        if (!client.CanAccess(item) && !On(FaultNames.SenhaNoCredentialAccessAccepted))
        {
            rejection = replies.Business(op, SenhaMessages.NoAccess);
            return false;
        }

        return true;
    }
}
