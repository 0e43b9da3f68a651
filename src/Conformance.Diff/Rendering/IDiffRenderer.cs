namespace Conformance.Diff.Rendering;

/// <summary>Turns a diff into one output document.</summary>
internal interface IDiffRenderer
{
    string Render(SpecDiff diff);
}
