namespace Conformance.Reporting;

/// <summary>
/// The layout of <c>reports/</c>: one folder per run named by its UTC second (a suffix when two
/// runs share one), never overwritten; and <c>latest/</c>, a full copy swapped in whole.
/// </summary>
internal static class ReportFolders
{
    public const string Latest = "latest";

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
    /// Replaces <c>root/latest</c> with a copy of <paramref name="source"/>: copied beside it
    /// first, then swapped with two renames, so a reader never sees half a report.
    /// </summary>
    public static string RefreshLatest(string source, string root)
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

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover staging folder is hidden (dot-named) and harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
