using System.Globalization;
using Conformance.Spec.Vocabulary;

namespace Conformance.Configuration;

/// <summary>
/// Reads settings from named values — environment variables (<c>CONFORMANCE_TARGET</c> …),
/// .runsettings TestRunParameters (<c>target</c> …) or CLI flags (<c>--target</c> …) — all
/// mapped to the same names, so every entry point has one contract.
/// </summary>
public static class SettingsReader
{
    /// <summary>Setting names; environment variables are <c>CONFORMANCE_</c> + upper case with underscores.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["target", "spec", "profile", "parallel", "filter", "reports", "fail-on", "no-html", "timeout", "reference-fault", "targets", "only",
         "max-rps", "ca-cert", "max-body-excerpt", "max-duration", "unresponsive-after", "skip-broken-operations",
         "fuzz", "seed", "keep"];

    /// <summary>Values override the environment one by one (flags and runsettings win).</summary>
    public static ConformanceSettings Read(Func<string, string?> value, string origin = "setting ")
    {
        var settings = new ConformanceSettings();
        var targets = (value("target") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (targets.Length > 1) return Validate(Several(targets, value("profile"), origin, Read(name => name is "target" or "profile" ? null : value(name), origin)), origin);
        if (targets.FirstOrDefault() is { } target)
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new SettingsException($"{origin}{Label("target", origin)}: '{target}' is not an absolute http(s) URL");
            }

            if (uri.UserInfo.Length > 0)
            {
                // It would be printed and written into every report; credentials belong in the profile.
                throw new SettingsException($"{origin}{Label("target", origin)}: the URL carries a user name or password; remove it and put credentials in the profile");
            }

            settings = settings with { Target = uri };
        }

        if (value("spec") is { Length: > 0 } spec) settings = settings with { Specs = spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        if (value("profile") is { Length: > 0 } profile) settings = settings with { Profile = profile };
        if (value("parallel") is { Length: > 0 } parallel)
        {
            if (!int.TryParse(parallel, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 64)
            {
                throw new SettingsException($"{origin}{Label("parallel", origin)}: '{parallel}' is not a number from 1 to 64");
            }

            settings = settings with { Parallelism = n };
        }

        if (value("filter") is { Length: > 0 } filter)
        {
            // A filter of nothing but separators would match everything: say so instead.
            if (filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0)
            {
                throw new SettingsException($"{origin}{Label("filter", origin)}: '{filter}' names no scenario; give globs or substrings of scenario ids, or leave it out to run every scenario");
            }

            settings = settings with { Filter = filter };
        }
        if (value("reports") is { Length: > 0 } reports) settings = settings with { ReportsDirectory = reports };
        if (value("fail-on") is { Length: > 0 } failOn)
        {
            settings = settings with
            {
                FailOn = failOn.ToLowerInvariant() switch
                {
                    "must" => RequirementLevel.Must,
                    "should" => RequirementLevel.Should,
                    _ => throw new SettingsException($"{origin}{Label("fail-on", origin)}: '{failOn}' must be 'must' or 'should'"),
                },
            };
        }

        if (value("no-html") is { Length: > 0 } noHtml) settings = settings with { RenderHtml = noHtml is "0" or "false" };
        if (value("timeout") is { Length: > 0 } timeout)
        {
            if (!int.TryParse(timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < 1)
            {
                throw new SettingsException($"{origin}{Label("timeout", origin)}: '{timeout}' is not a number of seconds");
            }

            settings = settings with { RequestTimeout = TimeSpan.FromSeconds(seconds) };
        }

        if (value("max-duration") is { Length: > 0 } maxDuration)
        {
            settings = settings with
            {
                MaxDuration = Duration(maxDuration)
                    ?? throw new SettingsException($"{origin}{Label("max-duration", origin)}: '{maxDuration}' is not a duration: seconds, or a number with s, m or h (e.g. 90s, 30m, 2h)"),
            };
        }

        if (value("unresponsive-after") is { Length: > 0 } unresponsive)
        {
            if (!int.TryParse(unresponsive, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 1000)
            {
                throw new SettingsException($"{origin}{Label("unresponsive-after", origin)}: '{unresponsive}' is not a number from 1 to 1000 (requests in a row without an answer)");
            }

            settings = settings with { UnresponsiveAfter = count };
        }

        if (value("skip-broken-operations") is { Length: > 0 } skipBroken) settings = settings with { SkipBrokenOperations = skipBroken is not ("0" or "false") };
        if (value("targets") is { Length: > 0 } targetsFile) settings = settings with { TargetsFile = targetsFile };
        if (value("only") is { Length: > 0 } only) settings = settings with { OnlyScenarios = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) };
        if (value("max-rps") is { Length: > 0 } rps)
        {
            if (!double.TryParse(rps, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var perSecond) || perSecond is <= 0 or > 10_000)
            {
                throw new SettingsException($"{origin}{Label("max-rps", origin)}: '{rps}' is not a number of requests per second above 0 (e.g. 5 or 0.5)");
            }

            settings = settings with { MaxRequestsPerSecond = perSecond };
        }

        if (value("ca-cert") is { Length: > 0 } caCert)
        {
            if (!File.Exists(caCert)) throw new SettingsException($"{origin}{Label("ca-cert", origin)}: '{caCert}' does not exist (a PEM or DER file of the staging CA's certificate)");
            settings = settings with { CaCertificate = caCert };
        }

        if (value("max-body-excerpt") is { Length: > 0 } excerpt)
        {
            if (!int.TryParse(excerpt, NumberStyles.None, CultureInfo.InvariantCulture, out var chars) || chars is < 256 or > 1024 * 1024)
            {
                throw new SettingsException($"{origin}{Label("max-body-excerpt", origin)}: '{excerpt}' is not a number of characters from 256 to 1048576");
            }

            settings = settings with { MaxBodyExcerpt = chars };
        }

        if (value("fuzz") is { Length: > 0 } fuzz)
        {
            if (!int.TryParse(fuzz, NumberStyles.None, CultureInfo.InvariantCulture, out var perOperation) || perOperation > 100_000)
            {
                throw new SettingsException($"{origin}{Label("fuzz", origin)}: '{fuzz}' is not a number of generated requests per operation from 0 to 100000");
            }

            settings = settings with { Fuzz = perOperation };
        }

        if (value("seed") is { Length: > 0 } seed)
        {
            if (!int.TryParse(seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fuzzSeed))
            {
                throw new SettingsException($"{origin}{Label("seed", origin)}: '{seed}' is not a whole number (the seed a fuzzing run printed)");
            }

            settings = settings with { Seed = fuzzSeed };
        }

        if (value("keep") is { Length: > 0 } keep)
        {
            if (!int.TryParse(keep, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs > 100_000)
            {
                throw new SettingsException($"{origin}{Label("keep", origin)}: '{keep}' is not a number of runs to keep (0 keeps all)");
            }

            settings = settings with { Keep = runs };
        }

        if (value("reference-fault") is { Length: > 0 } faults) settings = settings with { ReferenceFaults = faults.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        return Validate(settings, origin);
    }

    /// <summary><c>90</c> (seconds), <c>90s</c>, <c>30m</c>, <c>2h</c>; null when it is none of these or not positive.</summary>
    private static TimeSpan? Duration(string text)
    {
        var unit = char.ToLowerInvariant(text[^1]);
        var number = char.IsAsciiDigit(text[^1]) ? text : text[..^1];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return null;
        return unit switch
        {
            's' or >= '0' and <= '9' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => null,
        };
    }

    /// <summary>Layers <paramref name="over"/> on <paramref name="under"/>: values set in the first win.</summary>
    public static Func<string, string?> Layer(Func<string, string?> over, Func<string, string?> under) =>
        name => over(name) is { Length: > 0 } v ? v : under(name);

    public static Func<string, string?> Environment(Func<string, string?>? getenv = null)
    {
        getenv ??= System.Environment.GetEnvironmentVariable;
        return name => getenv("CONFORMANCE_" + name.ToUpperInvariant().Replace('-', '_'));
    }

    /// <summary>Several targets: each URL checked as one target is, paired with its profile in order (or one profile for all).</summary>
    private static ConformanceSettings Several(string[] urls, string? profiles, string origin, ConformanceSettings rest)
    {
        var profileList = (profiles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (profileList.Length != 1 && profileList.Length != urls.Length)
        {
            throw new SettingsException($"{origin}{Label("profile", origin)}: {urls.Length} targets need one profile each, or one for all; {profileList.Length} given");
        }

        var targets = urls.Select((url, i) =>
        {
            var one = Read(name => name switch { "target" => url, "profile" => profileList[profileList.Length == 1 ? 0 : i], _ => null }, origin);
            return new TargetSetting(one.Target!.Authority, one.Target, one.Profile!, []);
        }).ToList();
        var named = targets.Select((t, i) => targets.Count(o => o.Name == t.Name) > 1 ? t with { Name = $"{t.Name}#{i + 1}" } : t).ToList();
        return rest with { Target = named[0].Url, Profile = named[0].Profile, Targets = named };
    }

    private static ConformanceSettings Validate(ConformanceSettings settings, string origin)
    {
        if (settings.Target is not null && settings.Profile is null)
        {
            throw new SettingsException($"{origin}{Label("profile", origin)} is missing: a target needs a profile naming its identities and fixtures (see docs/target-profile.md)");
        }

        if (settings.TargetsFile is not null && settings.Target is not null)
        {
            throw new SettingsException($"{origin}{Label("targets", origin)} names the targets; remove {Label("target", origin)} or the targets file");
        }

        if ((settings.Target is not null || settings.TargetsFile is not null) && settings.ReferenceFaults.Count > 0)
        {
            throw new SettingsException($"{origin}{Label("reference-fault", origin)} only applies to the embedded reference target; remove it or remove the target");
        }

        return settings;
    }

    private static string Label(string name, string origin) =>
        origin.EndsWith('_') ? name.ToUpperInvariant().Replace('-', '_')
        : origin == "--" ? $"{name} (or CONFORMANCE_{name.ToUpperInvariant().Replace('-', '_')})"
        : name;
}
