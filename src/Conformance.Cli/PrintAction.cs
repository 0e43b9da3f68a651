using System.CommandLine;
using System.CommandLine.Invocation;

namespace Conformance.Cli;

/// <summary>Prints a text to the invocation's output and exits 0 (--help, --version).</summary>
internal sealed class PrintAction(Func<ParseResult, string> text) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(text(parseResult));
        return 0;
    }
}
