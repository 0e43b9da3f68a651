using Conformance.Scenarios.Fuzzing;
using CsCheck;

namespace Conformance.Execution.Fuzzing;

/// <summary>One generated request as sent: its case, CsCheck's size of it (what shrinking compares), the PCG seed that regenerates it, and the result.</summary>
internal sealed record FuzzTrial(FuzzCase Case, Size Size, string CaseSeed, ScenarioResult Result);
