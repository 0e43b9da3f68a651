using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// The body schema of the four activation operations: an object with exactly one non-empty string
/// property (<c>credentialUuid</c> or <c>userId</c>): required, minLength 1, additionalProperties
/// false (seed 000's OpenAPI fragment; D14).
/// </summary>
internal sealed class IdBodyParser(ActiveFaults faults)
{
    public enum Outcome
    {
        Valid,
        Invalid,
        MissingField,
    }

    public Outcome Parse(DfnsOperation op, string idField, string? contentType, string body, out string id)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        id = "";
        if (!JsonBody.TryParseObject(contentType, body, out var root))
        {
            return Outcome.Invalid;
        }

        if (!root.TryGetProperty(idField, out _))
        {
            return Outcome.MissingField;
        }

        var value = JsonBody.StringProperty(root, idField);
        if (value is null
            || (value.Length == 0 && !On(FaultNames.DfnsSchemaEmptyIdAccepted))
            || (!JsonBody.OnlyHas(root, idField) && !On(FaultNames.DfnsSchemaExtraPropertyAccepted)))
        {
            return Outcome.Invalid;
        }

        id = value;
        return Outcome.Valid;
    }
}
