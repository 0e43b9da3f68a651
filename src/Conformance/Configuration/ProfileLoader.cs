using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Configuration;

/// <summary>
/// Reads a target profile (docs/target-profile.md) from YAML or JSON, resolving
/// <c>${env:NAME}</c> and <c>${file:PATH}</c> references. Every problem is a one-line
/// <see cref="ProfileException"/> naming the file and the YAML path; no message ever holds a value
/// read from the profile, an environment variable or a referenced file.
/// </summary>
public static class ProfileLoader
{
    public static TargetProfile Load(string path, Func<string, string?>? environment = null)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ProfileException("profile path is empty: give the path of a target profile (docs/target-profile.md)");
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new ProfileException($"profile {path}: file not found");
        return Parse(File.ReadAllText(full), Path.GetDirectoryName(full)!, path, environment);
    }

    /// <summary>Parses profile text; <c>${file:…}</c> paths are relative to <paramref name="baseDirectory"/>.</summary>
    /// <param name="displayName">Names the profile in messages.</param>
    /// <param name="environment">Looks up environment variables (default: the process environment).</param>
    public static TargetProfile Parse(string text, string baseDirectory, string displayName = "(inline profile)", Func<string, string?>? environment = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // A bare reference in a flow mapping is the usual cause: say exactly how to fix it.
            if (UnquotedReference.Find(text) is { } bare)
            {
                throw new ProfileException($"profile {displayName}:{bare.Line}: invalid YAML: {UnquotedReference.Advice(bare)}");
            }

            // YamlDotNet's reason names the construct, not the content, so it is safe to show.
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            throw new ProfileException($"profile {displayName}:{e.Start.Line}: invalid YAML: {reason}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ProfileException($"profile {displayName}: the file is empty; expected 'version: 1' and 'vendors'");
        }

        var references = new ProfileReferences(displayName, baseDirectory, environment ?? Environment.GetEnvironmentVariable);
        return new ProfileReader(displayName, references).Read(stream.Documents[0].RootNode);
    }
}
