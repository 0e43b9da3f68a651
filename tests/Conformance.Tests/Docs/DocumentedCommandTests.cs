namespace Conformance.Tests.Docs;

/// <summary>How a documentation line is read: where bash's comment starts, and the exit code it documents.</summary>
[TestFixture]
public sealed class DocumentedCommandTests
{
    [TestCase("dotnet test                 # the tests: the suite's own unit tests", "dotnet test", 0)]
    [TestCase("./run-conformance.sh --filter 'dfns.*/nonce/*'   # exits 1, names the requirement", "./run-conformance.sh --filter 'dfns.*/nonce/*'", 1)]
    [TestCase("echo 'a # b' \"c # d\" # exits 2", "echo 'a # b' \"c # d\"", 2)]
    [TestCase("curl http://x/#frag", "curl http://x/#frag", 0)]
    [TestCase("./run-conformance.sh", "./run-conformance.sh", 0)]
    public void Parse_SplitsCommandAndComment(string line, string command, int exit)
    {
        var parsed = DocumentedCommand.Parse(line, "README.md:1");

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Command, Is.EqualTo(command));
            Assert.That(parsed.ExpectedExit, Is.EqualTo(exit));
        });
    }

    [Test]
    public void Commands_JoinContinuationsAndDropCommentLines()
    {
        var block = new FencedBlock("README.md", 1, "bash", "# a comment\n./run-conformance.sh \\\n  --target \"$STAGING_URL\"   # exits 1\n\n                # more comment\nnpm ci");

        Assert.That(block.Commands().Select(c => (c.Command, c.ExpectedExit)), Is.EqualTo(new[]
        {
            ("./run-conformance.sh    --target \"$STAGING_URL\"", 1),
            ("npm ci", 0),
        }));
    }
}
