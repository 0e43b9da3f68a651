using Spectre.Console;

namespace Conformance.Cli;

/// <summary>
/// Where a command's standard output goes. On a terminal, through Spectre.Console, so lines printed
/// while the live progress line shows land above it, coloured unless NO_COLOR; in a log, straight to
/// the writer, so no escape sequence ever reaches a file or a CI log.
/// </summary>
internal sealed class ConsoleOutput
{
    public ConsoleOutput(Terminal terminal, TextWriter stdout)
    {
        Terminal = terminal;
        if (!terminal.Interactive)
        {
            Out = stdout;
            return;
        }

        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = terminal.Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(stdout),
        });
        Out = new StyledLineWriter(Ansi, terminal.Color);
    }

    public Terminal Terminal { get; }

    /// <summary>The Spectre console of a terminal; null in a log.</summary>
    public IAnsiConsole? Ansi { get; }

    /// <summary>Whole lines, styled by what they say on a colour terminal.</summary>
    public TextWriter Out { get; }

    public static ConsoleOutput Detect() => new(Terminal.Detect(), Console.Out);
}
