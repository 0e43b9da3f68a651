using System.Text;
using Spectre.Console;

namespace Conformance.Cli;

/// <summary>
/// A writer that hands whole lines to a Spectre console (so a live display redraws below them),
/// each styled by <see cref="LineStyles"/> when colour is on.
/// </summary>
internal sealed class StyledLineWriter(IAnsiConsole console, bool color) : TextWriter
{
    private readonly StringBuilder pending = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            if (value == '\n') Emit();
            else if (value != '\r') pending.Append(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (gate)
        {
            foreach (var c in value)
            {
                if (c == '\n') Emit();
                else if (c != '\r') pending.Append(c);
            }
        }
    }

    public override void WriteLine(string? value)
    {
        lock (gate)
        {
            pending.Append(value);
            Emit();
        }
    }

    public override void WriteLine() => Write('\n');

    public override void Flush()
    {
        lock (gate)
        {
            if (pending.Length > 0) Emit();
        }
    }

    private void Emit()
    {
        var line = pending.ToString();
        pending.Clear();
        // One write with its line break: a live display redraws once, below the whole line.
        console.Write(new Text(line + "\n", color ? LineStyles.For(line) : Style.Plain));
    }
}
