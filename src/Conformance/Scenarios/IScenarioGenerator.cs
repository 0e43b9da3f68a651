using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>Generates the scenarios of one class for one operation. Pure: sends nothing.</summary>
internal interface IScenarioGenerator
{
    IEnumerable<Scenario> Generate(GenerationContext context, ApiOperation operation);
}
