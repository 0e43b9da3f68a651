namespace Conformance.Tests.Docs;

/// <summary>A fenced code block of a documentation file: where it is, its language and its text.</summary>
/// <param name="File">Path relative to the repository root (README.md, docs/…).</param>
/// <param name="Line">1-based line of the opening fence.</param>
public sealed record FencedBlock(string File, int Line, string Language, string Text)
{
    public string Where => $"{File}:{Line}";

    public bool IsShell => Language is "bash" or "sh" or "shell";

    /// <summary>
    /// The commands of a shell block: one per logical line (continuations joined), comment-only
    /// lines dropped, each with the exit code its comment documents (<c># exits 1</c>; default 0).
    /// </summary>
    public IReadOnlyList<DocumentedCommand> Commands()
    {
        var commands = new List<DocumentedCommand>();
        var pending = "";
        foreach (var raw in Text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (pending.Length == 0 && (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            commands.Add(DocumentedCommand.Parse(pending + line, Where));
            pending = "";
        }

        return commands;
    }

    public override string ToString() => $"{Where} ({Language})";
}
