using Conformance.Auth;
using Conformance.Scenarios.Plans;
using Conformance.Spec;

namespace Conformance.Scenarios.Generators;

/// <summary>
/// An identity without the right (a profile role named by the spec) is refused; nothing changes.
/// The fixture is one the profile says that identity cannot access (<c>deniedTo</c>,
/// <c>deniedKinds</c>); without such a fixture the scenario is SKIP with the reason.
/// </summary>
internal sealed class PermissionScenarios : IScenarioGenerator
{
    public IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation)
    {
        foreach (var permission in operation.Semantics.Permissions)
        {
            var variant = permission.Key.Contains('/', StringComparison.Ordinal) ? permission.Key[(permission.Key.IndexOf('/', StringComparison.Ordinal) + 1)..] : permission.Identity;
            yield return context.Refused(operation, permission.Key.Split('/')[0], permission.Key, $"{variant}-{permission.Identity}",
                $"sends a valid request as the '{permission.Identity}' identity", AuthPlan.Valid with { Identity = permission.Identity }, expect: permission.Expect,
                deniedTo: permission.Identity);
        }
    }
}
