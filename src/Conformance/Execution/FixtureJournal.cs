using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Configuration;

namespace Conformance.Execution;

/// <summary>
/// The write-ahead journal of fixture changes: before the suite changes a fixture it records the
/// fixture, its original state and the target; once the fixture is confirmed back, it records
/// that. Each record is flushed to disk before the request goes out, so a run killed at any point
/// (<c>kill -9</c>, a power cut) leaves a journal the next run for the same target restores from.
/// The file lives next to the reports (<c>reports/.journal/</c>), one per target, JSON Lines, no
/// secrets; it is removed once nothing in it is outstanding. A lock file beside it is held for the
/// whole run (released by the system even on <c>kill -9</c>), so two runs never change one
/// target's fixtures at once, while the journal itself stays readable. The embedded reference
/// target dies with its run: its journal is kept in memory only.
/// </summary>
internal sealed class FixtureJournal : IDisposable
{
    public const string Folder = ".journal";

    private readonly Lock gate = new();
    private readonly Dictionary<string, JournalEntry> outstanding = new(StringComparer.Ordinal);
    private readonly FileStream? file;
    private readonly FileStream? lockFile;
    private readonly TimeProvider time;
    private readonly string target;

    private FixtureJournal(string target, FileStream? file, FileStream? lockFile, string? path, TimeProvider time, IReadOnlyList<JournalEntry> unfinished)
    {
        this.target = target;
        this.file = file;
        this.lockFile = lockFile;
        this.time = time;
        Path = path;
        Unfinished = unfinished;
        foreach (var entry in unfinished) outstanding[entry.Key] = entry;
    }

    /// <summary>The journal file, or null for an in-memory journal.</summary>
    public string? Path { get; }

    /// <summary>Fixtures an earlier run against this target changed and never confirmed restored.</summary>
    public IReadOnlyList<JournalEntry> Unfinished { get; }

    /// <summary>Every fixture changed and not confirmed restored, earlier runs' included.</summary>
    public IReadOnlyList<JournalEntry> Outstanding
    {
        get
        {
            lock (gate) return outstanding.Values.OrderBy(e => e.Since).ToList();
        }
    }

    public static FixtureJournal InMemory(Uri target, TimeProvider time) => new(target.ToString(), null, null, null, time, []);

    /// <summary>Opens (and locks) the journal of <paramref name="target"/> under <paramref name="reportsRoot"/>.</summary>
    /// <exception cref="SettingsException">Another run holds the journal, or it cannot be written.</exception>
    public static FixtureJournal Open(string reportsRoot, Uri target, TimeProvider time)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetFullPath(reportsRoot), Folder);
        var path = System.IO.Path.Combine(folder, FileName(target));
        FileStream gate, stream;
        try
        {
            Directory.CreateDirectory(folder);
            gate = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new SettingsException($"another conformance run is changing fixtures on {target} (it holds {path}.lock): wait for it to finish, or stop it");
        }
        catch (UnauthorizedAccessException)
        {
            throw new SettingsException($"the fixture journal {path} cannot be written: give --reports a folder you may write to");
        }

        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            gate.Dispose();
            throw new SettingsException($"the fixture journal {path} cannot be written ({e.GetType().Name}): give --reports a folder you may write to");
        }

        var unfinished = Replay(stream, target.ToString());
        stream.Seek(0, SeekOrigin.End);
        var journal = new FixtureJournal(target.ToString(), stream, gate, path, time, unfinished);
        journal.Write(new JsonObject { ["event"] = "run", ["pid"] = Environment.ProcessId });
        return journal;
    }

    /// <summary>Records, before the first request that may change it, that <paramref name="fixture"/> is being changed.</summary>
    public void Changing(string vendor, FixtureRef fixture, StateReading original, string owner)
    {
        var entry = new JournalEntry(vendor, fixture.Kind, fixture.Id, original.State, original.Documented, original.Evidence, owner, time.GetUtcNow());
        lock (gate)
        {
            // A fixture left by an earlier run keeps its first original: that is where it must go back.
            if (outstanding.ContainsKey(entry.Key)) return;
            outstanding[entry.Key] = entry;
            Write(Record("changing", entry));
        }
    }

    /// <summary>A better-evidenced original state (e.g. the "was" of the first answer).</summary>
    public void Corrected(string vendor, FixtureRef fixture, StateReading original)
    {
        lock (gate)
        {
            var key = $"{vendor}/{fixture.Kind}/{fixture.Id}";
            if (!outstanding.TryGetValue(key, out var entry)) return;
            var corrected = entry with { Original = original.State, OriginalDocumented = original.Documented, Evidence = original.Evidence };
            outstanding[key] = corrected;
            Write(Record("original", corrected));
        }
    }

    /// <summary>
    /// How the restoration ended. Only a confirmed restoration to the journal's own original closes
    /// the entry (a later scenario "restoring" a fixture an earlier one left changed does not).
    /// </summary>
    public void Settled(string vendor, FixtureRef fixture, RestoreOutcome outcome, string? state, string evidence)
    {
        lock (gate)
        {
            var key = $"{vendor}/{fixture.Kind}/{fixture.Id}";
            if (!outstanding.TryGetValue(key, out var entry)) return;
            if (outcome == RestoreOutcome.Restored && state == entry.Original) outstanding.Remove(key);
            var record = Record(outcome switch { RestoreOutcome.Restored => "restored", RestoreOutcome.Unconfirmed => "unconfirmed", _ => "not-restored" }, entry);
            record["evidence"] = evidence;
            Write(record);
        }
    }

    /// <summary>Whether the journal has an open entry for the fixture.</summary>
    public bool IsOutstanding(string vendor, FixtureRef fixture)
    {
        lock (gate) return outstanding.ContainsKey($"{vendor}/{fixture.Kind}/{fixture.Id}");
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (file is null) return;
            var clean = outstanding.Count == 0;
            file.Dispose();
            if (clean && Path is not null) File.Delete(Path);
            lockFile?.Dispose();
            if (Path is not null) File.Delete(Path + ".lock");
        }
    }

    private JsonObject Record(string @event, JournalEntry entry) => new()
    {
        ["event"] = @event,
        ["vendor"] = entry.Vendor,
        ["kind"] = entry.Kind,
        ["id"] = entry.Id,
        ["original"] = entry.Original,
        ["documented"] = entry.OriginalDocumented,
        ["evidence"] = entry.Evidence,
        ["owner"] = entry.Owner,
        ["since"] = entry.Since,
    };

    private void Write(JsonObject record)
    {
        if (file is null) return;
        record["at"] = time.GetUtcNow();
        record["target"] = target;
        var line = Encoding.UTF8.GetBytes(record.ToJsonString() + "\n");
        file.Write(line);

        // Write-ahead: on disk before the request it announces is sent.
        file.Flush(flushToDisk: true);
    }

    /// <summary>The entries of an existing journal still open at its end (a torn last line is ignored).</summary>
    private static List<JournalEntry> Replay(FileStream stream, string target)
    {
        var open = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            JsonObject? record;
            try
            {
                record = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
                continue;
            }

            if (record is null || Text(record, "target") != target || Text(record, "event") is not { } @event || @event == "run") continue;
            if (Text(record, "vendor") is not { } vendor || Text(record, "kind") is not { } kind || Text(record, "id") is not { } id) continue;
            var entry = new JournalEntry(vendor, kind, id, Text(record, "original"), record["documented"]?.GetValueKind() == JsonValueKind.True,
                Text(record, "evidence") ?? "", Text(record, "owner") ?? "", record["since"] is { } since && since.GetValueKind() == JsonValueKind.String ? since.GetValue<DateTimeOffset>() : DateTimeOffset.MinValue);
            switch (@event)
            {
                case "changing" when !open.ContainsKey(entry.Key):
                case "original":
                    open[entry.Key] = entry;
                    break;
                case "restored":
                    open.Remove(entry.Key);
                    break;
            }
        }

        return [.. open.Values.OrderBy(e => e.Since)];
    }

    private static string? Text(JsonObject record, string name) =>
        record[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary><c>host-port-hash.jsonl</c>: readable, and distinct for distinct target URLs.</summary>
    private static string FileName(Uri target)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target.ToString())))[..12];
        var host = new string(target.Host.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_').ToArray());
        return $"{host}-{target.Port}-{hash}.jsonl";
    }
}
