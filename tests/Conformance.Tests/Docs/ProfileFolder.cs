using System.Text.RegularExpressions;

namespace Conformance.Tests.Docs;

/// <summary>
/// A profile copied into a folder of its own, with the files its <c>${file:…}</c> references
/// name and a value for each variable its <c>${env:…}</c> references name (a PEM where a PEM goes).
/// </summary>
internal sealed partial class ProfileFolder : IDisposable
{
    private const string Pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIP9documentedprofiledummykeymaterial00000\n-----END PRIVATE KEY-----";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "conformance-profile-" + Guid.NewGuid().ToString("N"));

    public ProfileFolder(string where)
    {
        var text = Documentation.Profiles().Single(p => p.Where == where).Text;
        Directory.CreateDirectory(folder);
        ProfilePath = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(ProfilePath, text);
        var environment = new Dictionary<string, string>();
        foreach (Match reference in Reference().Matches(text))
        {
            var argument = reference.Groups["arg"].Value.Trim();
            var pem = argument.EndsWith("PEM", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".pem", StringComparison.OrdinalIgnoreCase);
            if (reference.Groups["kind"].Value == "env")
            {
                environment[argument] = pem ? Pem : "doc-" + argument.ToLowerInvariant().Replace('_', '-');
            }
            else
            {
                var file = Path.Combine(folder, argument);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, pem ? Pem + "\n" : "doc-value\n");
            }
        }

        Environment = environment;
    }

    public string ProfilePath { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"\$\{(?<kind>env|file):(?<arg>[^}]*)\}")]
    private static partial Regex Reference();
}
