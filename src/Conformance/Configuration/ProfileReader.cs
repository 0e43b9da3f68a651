using YamlDotNet.RepresentationModel;

namespace Conformance.Configuration;

/// <summary>
/// Turns the YAML tree of a profile into a <see cref="TargetProfile"/>, validating as it goes.
/// Scalars are taken as written (an id <c>0012</c> stays <c>0012</c>), then references resolved.
/// </summary>
internal sealed class ProfileReader(string displayName, ProfileReferences references)
{
    public const int SupportedVersion = 1;

    private static readonly string[] Algorithms = ["ecdsa-p256", "ed25519", "rsa-pkcs1-sha256"];

    public TargetProfile Read(YamlNode root)
    {
        var map = Mapping(root, "the top level", required: true)!;
        Known(map, "", "version", "baseUrl", "vendors");
        var version = Scalar(map, "version", "version");
        if (version is null) throw Fail("version is missing (version); add 'version: 1'");
        if (version != "1") throw Fail("version must be 1 (version); this suite reads profile version 1");

        Uri? baseUrl = null;
        if (Scalar(map, "baseUrl", "baseUrl") is { } url)
        {
            // The value is not echoed: it may carry user:password@ or come from a reference.
            if (!Uri.TryCreate(url, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            {
                throw Fail("baseUrl must be an absolute http(s) URL (baseUrl)");
            }
        }

        var vendors = new Dictionary<string, VendorProfile>(StringComparer.Ordinal);
        foreach (var (name, node) in Entries(Mapping(Child(map, "vendors"), "vendors", required: false)))
        {
            vendors[name] = Vendor(name, node, $"vendors.{name}");
        }

        return new TargetProfile(baseUrl, vendors);
    }

    private VendorProfile Vendor(string vendor, YamlNode node, string path)
    {
        var map = Mapping(node, path, required: true)!;
        Known(map, path, "settings", "identities", "fixtures");

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(Mapping(Child(map, "settings"), $"{path}.settings", required: false)))
        {
            if (Value(value, $"{path}.settings.{key}") is { } v) settings[key] = v;
        }

        var identities = new Dictionary<string, ProfileIdentity>(StringComparer.Ordinal);
        foreach (var (role, value) in Entries(Mapping(Child(map, "identities"), $"{path}.identities", required: false)))
        {
            identities[role] = Identity(role, value, $"{path}.identities.{role}");
        }

        var fixtures = new List<FixtureRef>();
        foreach (var (kind, value) in Entries(Mapping(Child(map, "fixtures"), $"{path}.fixtures", required: false)))
        {
            fixtures.AddRange(Fixtures(kind, value, $"{path}.fixtures.{kind}"));
        }

        return new VendorProfile(vendor, settings, identities, fixtures);
    }

    private ProfileIdentity Identity(string role, YamlNode node, string path)
    {
        var map = Mapping(node, path, required: true)!;
        string? token = null, clientId = null, clientSecret = null;
        SigningKey? key = null;
        IReadOnlyList<string> deniedKinds = [];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Entries(map))
        {
            var at = $"{path}.{name}";
            switch (name)
            {
                case "token": token = Value(value, at); break;
                case "clientId": clientId = Value(value, at); break;
                case "clientSecret": clientSecret = Value(value, at); break;
                case "signingKey": key = SigningKey(value, at); break;
                case "deniedKinds": deniedKinds = Names(value, at); break;
                default:
                    if (Value(value, at) is { } v) fields[name] = v;
                    break;
            }
        }

        return new ProfileIdentity(role, token, clientId, clientSecret, key, fields) { DeniedKinds = deniedKinds };
    }

    private SigningKey SigningKey(YamlNode node, string path)
    {
        var map = Mapping(node, path, required: true)!;
        Known(map, path, "credentialId", "algorithm", "privateKeyPem");
        var credentialId = Scalar(map, "credentialId", $"{path}.credentialId") ?? throw Fail($"signingKey needs credentialId ({path}.credentialId)");
        var algorithm = Scalar(map, "algorithm", $"{path}.algorithm") ?? throw Fail($"signingKey needs algorithm ({path}.algorithm)");
        var pem = Scalar(map, "privateKeyPem", $"{path}.privateKeyPem") ?? throw Fail($"signingKey needs privateKeyPem ({path}.privateKeyPem)");
        if (!Algorithms.Contains(algorithm)) throw Fail($"signingKey algorithm must be one of {string.Join(", ", Algorithms)} ({path}.algorithm)");
        if (!pem.Contains("-----BEGIN", StringComparison.Ordinal)) throw Fail($"privateKeyPem is not a PEM block ({path}.privateKeyPem)");
        return new SigningKey(credentialId, algorithm, pem);
    }

    private IEnumerable<FixtureRef> Fixtures(string kind, YamlNode node, string path)
    {
        if (node is not YamlSequenceNode list) throw Fail($"fixtures of kind '{kind}' must be a list ({path})");
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            switch (list.Children[i])
            {
                case YamlScalarNode scalar when Value(scalar, at) is { } id:
                    yield return new FixtureRef(kind, id, null);
                    break;
                case YamlMappingNode item:
                    Known(item, at, "id", "state", "deniedTo");
                    var fixtureId = Scalar(item, "id", $"{at}.id");
                    if (string.IsNullOrEmpty(fixtureId)) throw Fail($"fixture {at} has no id; write {{ id: ..., state: ... }}");
                    var deniedTo = Child(item, "deniedTo") is { } denied ? Names(denied, $"{at}.deniedTo") : [];
                    yield return new FixtureRef(kind, fixtureId, Scalar(item, "state", $"{at}.state")) { DeniedTo = deniedTo };
                    break;
                default:
                    throw Fail($"fixture {at} has no id; write {{ id: ..., state: ... }}");
            }
        }
    }

    /// <summary>A list of names (<c>[a, b]</c>) or one name.</summary>
    private IReadOnlyList<string> Names(YamlNode node, string path)
    {
        if (node is YamlScalarNode) return Value(node, path) is { Length: > 0 } one ? [one] : [];
        if (node is not YamlSequenceNode list) throw Fail($"{path} must be a list of names, e.g. [no-credential-access]");
        return list.Children.Select((child, i) => Value(child, $"{path}[{i}]") ?? throw Fail($"{path}[{i}] is empty; give a name")).ToList();
    }

    private YamlMappingNode? Mapping(YamlNode? node, string path, bool required)
    {
        if (node is YamlMappingNode map) return map;
        if (!required && (node is null || IsNull(node))) return null;
        throw Fail($"{(path.Length == 0 ? "the top level" : path)} must be a mapping");
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode? map) =>
        map?.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", c.Value)) ?? [];

    private string? Scalar(YamlMappingNode map, string key, string path) => Child(map, key) is { } node ? Value(node, path) : null;

    /// <summary>A scalar as written, references resolved; null for YAML null.</summary>
    private string? Value(YamlNode node, string path)
    {
        if (node is not YamlScalarNode scalar) throw Fail($"{path} must be a single value");
        if (IsNull(scalar)) return null;
        return references.Resolve(scalar.Value ?? "", path);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private void Known(YamlMappingNode map, string path, params string[] keys)
    {
        foreach (var child in map.Children.Keys)
        {
            var key = (child as YamlScalarNode)?.Value;
            if (key is null || !keys.Contains(key))
            {
                var at = path.Length == 0 ? key : $"{path}.{key}";
                throw Fail($"unknown key '{key}' ({at}); expected {string.Join(", ", keys)}");
            }
        }
    }

    private ProfileException Fail(string message) => new($"profile {displayName}: {message}");
}
