namespace Conformance.Tests.Http;

/// <summary>A request as the <see cref="LoopbackServer"/> received it.</summary>
internal sealed record ReceivedRequest(string Method, string RawUrl, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
