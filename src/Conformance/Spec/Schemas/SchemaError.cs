namespace Conformance.Spec.Schemas;

/// <summary>One way an instance breaks a schema: where in the instance, which keyword, and the validator's words.</summary>
public sealed record SchemaError(string InstanceLocation, string Keyword, string Message)
{
    public override string ToString() => $"{Keyword} at {(InstanceLocation.Length == 0 ? "#" : InstanceLocation)} ({Message})";
}
