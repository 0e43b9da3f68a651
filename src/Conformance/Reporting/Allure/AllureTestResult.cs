namespace Conformance.Reporting.Allure;

/// <summary>
/// The content of one <c>&lt;uuid&gt;-result.json</c>, field for field as Allure documents it
/// (allure2 reader model of the Allure 3 CLI: uuid, historyId, testCaseId, fullName, name,
/// description, status, statusDetails, stage, start, stop, labels, links, parameters, steps,
/// attachments, titlePath).
/// </summary>
internal sealed record AllureTestResult(
    string Uuid,
    string HistoryId,
    string TestCaseId,
    string FullName,
    string Name,
    string Description,
    string Status,
    AllureStatusDetails? StatusDetails,
    long Start,
    long Stop,
    IReadOnlyList<AllureLabel> Labels,
    IReadOnlyList<AllureLink> Links,
    IReadOnlyList<AllureParameter> Parameters,
    IReadOnlyList<AllureStep> Steps,
    IReadOnlyList<AllureAttachment> Attachments,
    IReadOnlyList<string> TitlePath)
{
    public string Stage => "finished";
}
