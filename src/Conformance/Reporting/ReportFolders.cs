using System.Text.RegularExpressions;

namespace Conformance.Reporting;

/// <summary>
/// The layout of <c>reports/</c>: one folder per run named by its UTC second (a suffix when two
/// runs share one), never overwritten; <c>latest</c>, a symbolic link to the last complete run's
/// folder (no second copy), and <c>latest.txt</c> naming that folder, for systems where a link
/// cannot be made (there <c>latest</c> stays a copy); the newest <see cref="ReportOptions.Keep"/> run
/// folders kept, older ones deleted.
/// </summary>
internal static partial class ReportFolders
{
    public const string Latest = "latest";

    /// <summary>The pointer file beside <c>latest</c>: the name of the folder it shows.</summary>
    public const string LatestPointer = "latest.txt";

    /// <summary>Moves <paramref name="staging"/> to <c>root/&lt;stamp&gt;</c>, or <c>&lt;stamp&gt;-2</c>, <c>-3</c>… if taken.</summary>
    public static string Publish(string staging, string root, DateTimeOffset now)
    {
        var stamp = ReportText.FolderStamp(now);
        for (var n = 1; ; n++)
        {
            var target = Path.Combine(root, n == 1 ? stamp : $"{stamp}-{n}");
            if (Directory.Exists(target) || File.Exists(target)) continue;
            try
            {
                Directory.Move(staging, target);
                return target;
            }
            catch (IOException) when (Directory.Exists(target))
            {
                // Another run took the name between the check and the move: try the next suffix.
            }
        }
    }

    /// <summary>
    /// Points <c>root/latest</c> at <paramref name="folder"/> (a run folder inside
    /// <paramref name="root"/>): a relative symbolic link made beside it and swapped in with two
    /// renames, so a reader never sees half a report, and moving <c>reports/</c> keeps it working. Where no link can be made, <c>latest</c> is a copy swapped in whole. Either way
    /// <c>latest.txt</c> names the folder.
    /// </summary>
    public static string RefreshLatest(string folder, string root)
    {
        var latest = Path.Combine(root, Latest);
        var name = Path.GetFileName(folder);
        var link = Path.Combine(root, $".latest-link-{Guid.NewGuid():N}");
        WritePointer(root, name);
        try
        {
            File.CreateSymbolicLink(link, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            DeleteQuietly(link);
            return CopyLatest(folder, root);
        }

        // Two renames (the old link or an old copied latest/ aside, the new link in), as .NET has no
        // rename over an existing entry for links to folders; the old one is deleted after.
        var old = Path.Combine(root, $".latest-old-{Guid.NewGuid():N}");
        var hadLatest = Directory.Exists(latest) || new FileInfo(latest).LinkTarget is not null;
        if (hadLatest) Directory.Move(latest, old);
        Directory.Move(link, latest);
        if (hadLatest) DeleteQuietly(old);
        return latest;
    }

    /// <summary>
    /// Deletes the oldest run folders beyond the newest <paramref name="keep"/> (0 keeps all). Only
    /// folders this suite names (<c>2026-11-23T08-15-02Z</c>, <c>…Z-2</c>) are candidates, never the
    /// one <c>latest</c> shows nor <paramref name="current"/>. Returns the folders deleted.
    /// </summary>
    public static IReadOnlyList<string> Prune(string root, int keep, string current)
    {
        if (keep <= 0) return [];
        var shown = LatestFolder(root);
        var runs = new DirectoryInfo(root).EnumerateDirectories()
            .Where(d => d.LinkTarget is null && RunFolder().IsMatch(d.Name))
            .OrderByDescending(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var deleted = new List<string>();
        foreach (var old in runs.Skip(keep))
        {
            if (old.Name == shown || old.FullName == Path.GetFullPath(current)) continue;
            DeleteQuietly(old.FullName);
            if (!Directory.Exists(old.FullName)) deleted.Add(old.FullName);
        }

        return deleted;
    }

    /// <summary>The name of the folder <c>latest</c> shows (its link, else the pointer file); null when none.</summary>
    public static string? LatestFolder(string root)
    {
        var latest = new DirectoryInfo(Path.Combine(root, Latest));
        if (latest.Exists && latest.LinkTarget is { } target) return Path.GetFileName(target.TrimEnd('/', '\\'));
        var pointer = Path.Combine(root, LatestPointer);
        return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
    }

    private static void WritePointer(string root, string name)
    {
        var temporary = Path.Combine(root, $".latest-txt-{Guid.NewGuid():N}");
        File.WriteAllText(temporary, name + "\n");
        File.Move(temporary, Path.Combine(root, LatestPointer), overwrite: true);
    }

    /// <summary>Where no link can be made: a copy beside the old one, swapped in with two renames.</summary>
    private static string CopyLatest(string source, string root)
    {
        var latest = Path.Combine(root, Latest);
        var fresh = Path.Combine(root, $".latest-new-{Guid.NewGuid():N}");
        var old = Path.Combine(root, $".latest-old-{Guid.NewGuid():N}");
        Copy(source, fresh);
        var hadLatest = Directory.Exists(latest);
        if (hadLatest) Directory.Move(latest, old);
        Directory.Move(fresh, latest);
        if (hadLatest) Directory.Delete(old, recursive: true);
        return latest;
    }

    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            // A link is removed itself, never what it points to.
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path)) File.Delete(path);
            else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover staging folder is hidden (dot-named) and harmless; an old run folder is tried again next run.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>A run folder's name as <see cref="Publish"/> makes it.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?$")]
    private static partial Regex RunFolder();
}
