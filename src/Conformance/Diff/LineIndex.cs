using Conformance.Spec;

namespace Conformance.Diff;

/// <summary>
/// Lines of a loaded document's nodes. <see cref="ApiDocument"/> keeps lines only for operations,
/// so the source file is read again (lazily: only when a change has to be located). When the file
/// is not on disk (a spec parsed from text) or is JSON, the line of the enclosing operation is used.
/// </summary>
internal sealed class LineIndex(ApiDocument document)
{
    private SpecText? text;
    private bool read;

    public SpecLocation? Locate(string? pointer) =>
        pointer is null ? null : new SpecLocation(document.SourcePath, pointer, LineOf(pointer));

    public int? LineOf(string pointer)
    {
        if (!read)
        {
            read = true;
            text = TryRead();
        }

        return text?.LineOf(pointer)
            ?? document.Operations.FirstOrDefault(o => pointer.StartsWith(o.Pointer, StringComparison.Ordinal))?.Line;
    }

    private SpecText? TryRead()
    {
        try
        {
            var path = document.SourcePath;
            if (!File.Exists(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return null;
            return YamlJsonReader.Read(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is SpecLoadException or IOException or UnauthorizedAccessException)
        {
            // The document was loaded already; a file changed or vanished since only costs the lines.
            return null;
        }
    }
}
