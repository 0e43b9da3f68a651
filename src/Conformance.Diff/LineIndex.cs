using Conformance.Spec;
using YamlDotNet.Core;

namespace Conformance.Diff;

/// <summary>
/// Lines of a loaded document's nodes. <see cref="ApiDocument"/> keeps lines only for operations,
/// so the source file is scanned again (lazily: only when a change has to be located). When the
/// file is not on disk (a spec parsed from text) or is JSON, the line of the enclosing operation is
/// used.
/// </summary>
internal sealed class LineIndex(ApiDocument document)
{
    private Dictionary<string, int>? lines;
    private bool read;

    public SpecLocation? Locate(string? pointer) =>
        pointer is null ? null : new SpecLocation(document.SourcePath, pointer, LineOf(pointer));

    public int? LineOf(string pointer)
    {
        if (!read)
        {
            read = true;
            lines = TryRead();
        }

        // The node itself, else its nearest ancestor (a removed node's parent in the other file).
        for (var p = pointer; lines is not null; p = p[..p.LastIndexOf('/')])
        {
            if (lines.TryGetValue(p, out var line)) return line;
            if (p.Length == 0) break;
        }

        return document.Operations.FirstOrDefault(o => pointer.StartsWith(o.Pointer, StringComparison.Ordinal))?.Line;
    }

    private Dictionary<string, int>? TryRead()
    {
        try
        {
            var path = document.SourcePath;
            if (!File.Exists(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return null;
            return YamlLineMap.Read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            // The document was loaded already; a file changed or vanished since only costs the lines.
            return null;
        }
    }
}
