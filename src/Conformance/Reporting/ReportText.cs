using System.Globalization;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>The words and symbols every renderer uses, so the formats agree.</summary>
internal static class ReportText
{
    public static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "✔",
        Verdict.Fail => "×",
        Verdict.Warn => "!",
        Verdict.Inconclusive => "?",
        _ => "-",
    };

    public static string Word(Verdict verdict) => verdict.ToString().ToUpperInvariant();

    public static string Level(RequirementLevel level) => level.ToString().ToUpperInvariant();

    /// <summary><c>MUST, documented</c>: the level and what it rests on.</summary>
    public static string LevelAndBasis(RequirementLevel level, EvidenceBasis? basis) =>
        basis is { } b ? $"{Level(level)}, {EvidenceBases.Word(b)}" : Level(level);

    /// <summary>Readable UTC time: <c>2026-11-23 08:15:02 UTC</c>.</summary>
    public static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Machine UTC time: <c>2026-11-23T08:15:02Z</c>.</summary>
    public static string Iso(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A folder-safe UTC time: <c>2026-11-23T08-15-02Z</c>.</summary>
    public static string FolderStamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a value that may run over several lines, on one line.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
