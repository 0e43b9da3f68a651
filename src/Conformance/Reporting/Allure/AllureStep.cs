namespace Conformance.Reporting.Allure;

/// <summary>A step of an Allure result (here: one HTTP exchange), or a fixture of a container.</summary>
internal sealed record AllureStep(
    string Name,
    string Status,
    AllureStatusDetails? StatusDetails,
    long Start,
    long Stop,
    IReadOnlyList<AllureAttachment> Attachments,
    IReadOnlyList<AllureParameter> Parameters)
{
    public string Stage => "finished";

    public IReadOnlyList<AllureStep> Steps { get; init; } = [];
}
