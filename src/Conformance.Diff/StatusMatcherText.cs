using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff;

/// <summary>Writes an expected status as people read it (<c>400 or 404</c>, <c>4xx</c>) in change messages.</summary>
internal sealed class StatusMatcherText : JsonConverter<StatusMatcher>
{
    public override StatusMatcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("change messages are written, never read");

    public override void Write(Utf8JsonWriter writer, StatusMatcher value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
