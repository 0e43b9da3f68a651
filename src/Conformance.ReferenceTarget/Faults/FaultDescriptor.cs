namespace Conformance.ReferenceTarget;

/// <summary>One named, injectable deviation of the reference target.</summary>
/// <param name="Name">Kebab-case name used with <c>--fault</c>.</param>
/// <param name="Vendor">Vendor slug: <c>dfns</c> or <c>senhasegura</c>.</param>
/// <param name="OperationId">The one operation the fault is scoped to (DECISIONS.md operation ids).</param>
/// <param name="RequirementKey">The requirement key it breaks (specs/README.md vocabulary).</param>
/// <param name="Description">One line saying what the target then does wrong.</param>
public sealed record FaultDescriptor(string Name, string Vendor, string OperationId, string RequirementKey, string Description)
{
    /// <summary>The full requirement id: <c>&lt;vendor&gt;.&lt;operationId&gt;/&lt;key&gt;</c>.</summary>
    public string RequirementId => $"{Vendor}.{OperationId}/{RequirementKey}";
}
