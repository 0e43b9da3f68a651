using Conformance.Reporting.Allure;

namespace Conformance.Tests.Reporting;

/// <summary>The C# side of HTML rendering, with a stand-in script: no npm, no Allure CLI.</summary>
[TestFixture]
public sealed class AllureHtmlRendererTests
{
    private TempFolder temp = null!;
    private string tools = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempFolder();
        tools = Path.Combine(temp.Path, "bin");
        Directory.CreateDirectory(tools);
        foreach (var program in new[] { "node", "npm" }) File.WriteAllText(Path.Combine(tools, program), "#!/bin/sh\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "results"));
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Render_WithoutNodeOnThePath_WarnsInOneLine()
    {
        Script("exit 0");

        var warning = Renderer(searchPath: Path.Combine(temp.Path, "empty")).Render([Results], Output);

        Assert.That(warning, Is.EqualTo("HTML report not rendered: node/npm not found on PATH (install Node.js 20+ to render allure-report/)."));
    }

    [Test]
    public void Render_AFailingScript_WarnsWithItsExitCodeAndLastErrorLine()
    {
        Script("echo 'render-allure: installing' >&2; echo 'render-allure: allure generate failed' >&2; exit 5");

        var warning = Renderer().Render([Results], Output);

        Assert.That(warning, Is.EqualTo("HTML report not rendered: scripts/render-allure.sh exited 5: render-allure: allure generate failed"));
    }

    [Test]
    public void Render_AScriptThatWritesIndexHtml_ReturnsNoWarningAndPassesEveryFolder()
    {
        Script("out=\"${!#}\"; mkdir -p \"$out\"; echo \"$@\" > \"$out/index.html\"");
        var second = Path.Combine(temp.Path, "results2");
        Directory.CreateDirectory(second);

        var warning = Renderer().Render([Results, second], Output);

        Assert.Multiple(() =>
        {
            Assert.That(warning, Is.Null);
            Assert.That(File.ReadAllText(Path.Combine(Output, "index.html")).Trim(), Is.EqualTo($"{Results} {second} {Output}"));
        });
    }

    [Test]
    public void Render_AReportThatWouldPhoneHome_IsNotKept()
    {
        // What Allure 3.18 writes into every report, left in by a script that does not remove it.
        Script("out=\"${!#}\"; mkdir -p \"$out\"; echo '<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-X\"></script>' > \"$out/index.html\"");

        var warning = Renderer().Render([Results], Output);

        Assert.Multiple(() =>
        {
            Assert.That(warning, Does.StartWith("HTML report not rendered: allure-report/index.html would reach outside file:// (https://www.googletagmanager.com/gtag/js?id=G-X"));
            Assert.That(Directory.Exists(Output), Is.False);
        });
    }

    [Test]
    public void Render_AHangingScript_IsStoppedAtTheTimeout()
    {
        Script("sleep 30");

        var warning = new AllureHtmlRenderer(temp.Path, TimeSpan.FromMilliseconds(300), tools).Render([Results], Output);

        Assert.That(warning, Does.StartWith("HTML report not rendered: scripts/render-allure.sh took longer than"));
    }

    [Test]
    public void FindRepoRoot_WalksUpToTheFolderWithTheScript()
    {
        Script("exit 0");
        var deep = Path.Combine(temp.Path, "a", "b");
        Directory.CreateDirectory(deep);

        Assert.That(AllureHtmlRenderer.FindRepoRoot(deep), Is.EqualTo(temp.Path));
    }

    private string Results => Path.Combine(temp.Path, "results");

    private string Output => Path.Combine(temp.Path, "out");

    private AllureHtmlRenderer Renderer(string? searchPath = null) => new(temp.Path, TimeSpan.FromSeconds(30), searchPath ?? tools);

    private void Script(string body)
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "scripts"));
        File.WriteAllText(Path.Combine(temp.Path, AllureHtmlRenderer.Script), "#!/usr/bin/env bash\n" + body + "\n");
    }
}
