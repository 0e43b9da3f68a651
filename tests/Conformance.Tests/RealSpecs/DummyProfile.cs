using System.Text;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.RealSpecs;

/// <summary>
/// A target profile that gives every security scheme of a spec what it needs, with dummy
/// values: a mock checks that credentials are there, not what they are.
/// </summary>
internal static class DummyProfile
{
    public const string Token = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjb25mb3JtYW5jZSJ9.Y29uZm9ybWFuY2Utc2lnbmF0dXJl";

    public static string For(ApiDocument document)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var scheme in document.SecuritySchemes.Values)
        {
            switch (scheme.Auth.Kind)
            {
                case AuthKind.Bearer:
                    fields[scheme.Auth.Field ?? "token"] = Token;
                    break;
                case AuthKind.Basic:
                    fields["username"] = "ACconformance0000000000000000000000";
                    fields["password"] = "conformance-password-0000";
                    break;
                case AuthKind.StaticHeader:
                    fields[scheme.Auth.Field ?? scheme.Name] = $"conformance-{scheme.Name}-0000";
                    break;
                case AuthKind.OAuth2ClientCredentials:
                    fields["clientId"] = "conformance-client";
                    fields["clientSecret"] = "conformance-client-secret-0000";
                    break;
            }
        }

        var yaml = new StringBuilder($"version: 1\nvendors:\n  {document.Vendor}:\n    identities:\n      privileged:\n");
        if (fields.Count == 0) yaml.Append("        {}\n");
        foreach (var (name, value) in fields) yaml.Append($"        {name}: \"{value}\"\n");
        return yaml.ToString();
    }
}
