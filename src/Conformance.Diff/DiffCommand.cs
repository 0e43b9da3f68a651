using System.Text;
using Conformance.Diff.Rendering;
using Conformance.Spec;

namespace Conformance.Diff;

/// <summary>
/// The <c>diff</c> command: compares two spec files and gates CI on the result.
/// Exit codes: 0 nothing at or above the fail-on level; 1 something is; 2 bad usage or an
/// unreadable spec (one line on stderr naming the argument, or the file and line).
/// </summary>
public static class DiffCommand
{
    public const int Clean = 0;
    public const int ChangesFound = 1;
    public const int UsageOrInputError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(DiffArguments.Usage);
            return Clean;
        }

        if (DiffArguments.Parse(args, out var error) is not { } options)
        {
            stderr.WriteLine(error);
            return UsageOrInputError;
        }

        SpecDiff diff;
        try
        {
            var old = SpecLoader.Load(options.OldPath);
            var @new = SpecLoader.Load(options.NewPath);
            Warn(stderr, old);
            Warn(stderr, @new);
            diff = SpecDiffer.Compare(old, @new);
        }
        catch (SpecLoadException e)
        {
            stderr.WriteLine(OneLine(e.Message));
            return UsageOrInputError;
        }

        var report = DiffRenderers.For(options.Format, options.FailOn, options.Migration).Render(diff);
        if (options.Output is null)
        {
            stdout.Write(report);
        }
        else
        {
            try
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(options.Output));
                if (directory is not null) Directory.CreateDirectory(directory);
                File.WriteAllText(options.Output, report, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"diff: cannot write --output '{options.Output}': {OneLine(e.Message)}");
                return UsageOrInputError;
            }

            stdout.WriteLine($"spec diff: {DiffRenderers.Summary(diff)}; report written to {options.Output}");
        }

        return diff.HasAtLeast(options.FailOn) ? ChangesFound : Clean;
    }

    /// <summary>Parts of a spec that could not be read are left out of the diff; say so.</summary>
    private static void Warn(TextWriter stderr, ApiDocument document)
    {
        foreach (var problem in document.Problems) stderr.WriteLine($"warning: {OneLine(problem.ToString())} (left out of the diff)");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
