using System.Globalization;

namespace Conformance.ReferenceTarget.Hosting;

/// <summary>The command line, parsed by hand: a dozen flags do not justify a package the central versions lack.</summary>
internal sealed class CliArguments
{
    public const string FaultsVariable = "CONFORMANCE_REFERENCE_FAULTS";

    public const string Usage =
        "usage: Conformance.ReferenceTarget [--urls URL] [--current-urls URL] [--fault NAME]... [--list-faults]\n" +
        "       [--profile-out PATH] [--current-profile-out PATH]\n" +
        "       [--latency MS] [--nonce-window-seconds N] [--access-token-lifetime-seconds N]\n" +
        "       [--dfns-key-algorithm ecdsa-p256|ed25519|rsa-pkcs1-sha256] [--reading NAME]... [--list-readings]\n" +
        $"  faults may also be given as a comma-separated list in {FaultsVariable}";

    public ReferenceTargetOptions Options { get; } = new();

    public bool ListFaults { get; private set; }

    public bool ListReadings { get; private set; }

    public bool Help { get; private set; }

    public string? ProfileOut { get; private set; }

    /// <summary>Where to write the profile of the current Dfns API's listener.</summary>
    public string? CurrentProfileOut { get; private set; }

    /// <summary>Parses; on a bad argument returns null with a one-line error.</summary>
    public static CliArguments? Parse(IReadOnlyList<string> args, string? faultsVariable, out string? error)
    {
        error = null;
        var parsed = new CliArguments();
        var faults = (faultsVariable ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value");
            int Number() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new FormatException($"{arg} needs a non-negative integer");
            try
            {
                switch (arg)
                {
                    case "--urls": parsed.Options.Urls = Value(); break;
                    case "--fault": faults.Add(Value()); break;
                    case "--list-faults": parsed.ListFaults = true; break;
                    case "--list-readings": parsed.ListReadings = true; break;
                    case "--profile-out": parsed.ProfileOut = Value(); break;
                    case "--current-urls": parsed.Options.CurrentUrls = Value(); break;
                    case "--current-profile-out": parsed.CurrentProfileOut = Value(); break;
                    case "--latency": parsed.Options.LatencyMs = Number(); break;
                    case "--nonce-window-seconds": parsed.Options.NonceWindowSeconds = Number(); break;
                    case "--access-token-lifetime-seconds": parsed.Options.AccessTokenLifetimeSeconds = Number(); break;
                    case "--dfns-key-algorithm": parsed.Options.DfnsKeyAlgorithm = Value(); break;
                    case "--reading": parsed.Options.Readings.Add(Value() is var r && Readings.All.ContainsKey(r) ? r : throw new FormatException($"unknown reading '{r}' (see --list-readings)")); break;
                    case "--help" or "-h": parsed.Help = true; break;
                    default: throw new FormatException($"unknown argument '{arg}'");
                }
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        var unknown = faults.FirstOrDefault(f => FaultCatalogue.Find(f) is null);
        if (unknown is not null)
        {
            error = $"unknown fault '{unknown}' (see --list-faults)";
            return null;
        }

        parsed.Options.Faults = faults.ToHashSet(StringComparer.Ordinal);
        try
        {
            _ = new Alternatives.ActiveReadings(parsed.Options.Readings);
        }
        catch (ArgumentException e)
        {
            // Two alternatives of one decision (say two nonce spellings) cannot both be the server's.
            error = e.Message.Split(" (Parameter", 2)[0];
            return null;
        }

        return parsed;
    }
}
