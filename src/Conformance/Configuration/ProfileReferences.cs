using System.Text.RegularExpressions;

namespace Conformance.Configuration;

/// <summary>
/// Resolves the secret references of a profile value: <c>${env:NAME}</c> (the variable must be
/// set) and <c>${file:PATH}</c> (relative to the profile's directory, trailing newlines removed).
/// A value may hold several references or text around them.
/// </summary>
internal sealed partial class ProfileReferences(string displayName, string baseDirectory, Func<string, string?> environment)
{
    public string Resolve(string value, string yamlPath) =>
        Reference().Replace(value, m => m.Groups["kind"].Value switch
        {
            "env" => Environment(m.Groups["arg"].Value.Trim(), yamlPath),
            "file" => File(m.Groups["arg"].Value.Trim(), yamlPath),
            var kind => throw new ProfileException(
                $"profile {displayName}: unknown reference kind '{kind}' ({yamlPath}); use ${{env:NAME}} or ${{file:PATH}}"),
        });

    private string Environment(string name, string yamlPath)
    {
        if (name.Length == 0) throw new ProfileException($"profile {displayName}: ${{env:}} needs a variable name ({yamlPath})");
        return environment(name) ?? throw new ProfileException($"profile {displayName}: environment variable {name} ({yamlPath}) is not set");
    }

    private string File(string path, string yamlPath)
    {
        if (path.Length == 0) throw new ProfileException($"profile {displayName}: ${{file:}} needs a path ({yamlPath})");
        var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        if (!System.IO.File.Exists(full)) throw new ProfileException($"profile {displayName}: file {path} ({yamlPath}) not found");
        try
        {
            return System.IO.File.ReadAllText(full).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"profile {displayName}: file {path} ({yamlPath}) cannot be read: {e.GetType().Name}");
        }
    }

    [GeneratedRegex(@"\$\{(?<kind>[A-Za-z]+):(?<arg>[^}]*)\}")]
    private static partial Regex Reference();
}
