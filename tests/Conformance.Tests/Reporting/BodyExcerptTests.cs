using Conformance.Reporting;
using Conformance.Reporting.Allure;

namespace Conformance.Tests.Reporting;

/// <summary>Report files keep a bounded excerpt of each body and say what was left out.</summary>
[TestFixture]
public sealed class BodyExcerptTests
{
    [Test]
    public void ABodyWithinTheExcerptIsKeptWhole() =>
        Assert.That(AllureResultFactory.Excerpt("{\"a\":1}", 300, null), Is.EqualTo("{\"a\":1}"));

    [Test]
    public void ALongerBodyIsCutAndSaysHowMuchWasKept() =>
        Assert.That(AllureResultFactory.Excerpt(new string('x', 1000), 300, null), Is.EqualTo(new string('x', 300) + "\n… (the report keeps the first 300 of 1000 characters)"));

    [Test]
    public void ATruncatedBodySaysWhereTheTransportCutItToo() =>
        Assert.That(AllureResultFactory.Excerpt(new string('x', 1000), 300, "body truncated at 1 MiB of 50 MiB"),
            Is.EqualTo(new string('x', 300) + "\n… (body truncated at 1 MiB of 50 MiB; the report keeps the first 300 characters)"));

    [Test]
    public void EveryAttachmentOfARunStaysWithinTheExcerpt()
    {
        using var temp = new TempFolder();
        var big = "{\"items\":[" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"{{\"id\":{i}}}")) + "]}";

        // The big body answers the warned scenario: a finding, whose bodies the report keeps up to the excerpt.
        var run = SampleRun.Create(responseBody: big);
        var warned = run.Scenarios.Single(s => s.Verdict == Conformance.Checks.Verdict.Warn);
        var big404 = warned with { Exchanges = [warned.Exchanges[0] with { Response = warned.Exchanges[0].Response! with { Body = big } }] };
        run = run with { Scenarios = run.Scenarios.Select(s => s == warned ? big404 : s).ToList() };

        new AllureResultsWriter().Write(run, temp.Path, new ReportOptions { MaxBodyExcerpt = 2048 });

        var attachments = Directory.GetFiles(temp.Path, "*-attachment.*");
        Assert.Multiple(() =>
        {
            Assert.That(big.Length, Is.GreaterThan(40_000));
            Assert.That(attachments.Max(f => new FileInfo(f).Length), Is.LessThan(2048 + 2048), "an excerpt plus headers, curl line and note");
            Assert.That(attachments.Count(f => File.ReadAllText(f).Contains("the report keeps the first 2048 of", StringComparison.Ordinal)), Is.GreaterThan(0));
            Assert.That(Directory.GetFiles(temp.Path).Select(File.ReadAllText), Has.None.Contains("{\"id\":4999}"), "the big body is kept nowhere in full (the passed one nowhere at all)");
        });
    }
}
