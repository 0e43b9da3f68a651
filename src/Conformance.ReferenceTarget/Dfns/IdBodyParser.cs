using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// The body schema of the four activation operations: an object with exactly one non-empty string
/// property (<c>credentialUuid</c> or <c>userId</c>): required, minLength 1, additionalProperties
/// false (seed 000's OpenAPI fragment; D14). Readings: extra properties ignored (D14-alt-b), any
/// media type read as JSON (D14-alt-c); on the current API (<paramref name="current"/>) only its own
/// reading, extra properties ignored (C7-alt).
/// </summary>
internal sealed class IdBodyParser(ActiveFaults faults, ActiveReadings? readings = null, bool current = false)
{
    private readonly ActiveReadings _readings = readings ?? ActiveReadings.None;

    private bool ExtraPropertiesIgnored => _readings.Has(current ? Readings.CurrentExtraPropertiesIgnored : Readings.DfnsExtraPropertiesIgnored);

    private bool AnyContentType => !current && _readings.Has(Readings.DfnsAnyContentType);

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
        if (!JsonBody.TryParseObject(contentType, body, out var root, AnyContentType))
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
            || (!JsonBody.OnlyHas(root, idField) && !On(FaultNames.DfnsSchemaExtraPropertyAccepted) && !ExtraPropertiesIgnored))
        {
            return Outcome.Invalid;
        }

        id = value;
        return Outcome.Valid;
    }
}
