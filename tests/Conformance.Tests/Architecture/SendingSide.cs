using ArchUnitNET.Domain;
using Conformance.Http;

namespace Conformance.Tests.Architecture;

/// <summary>
/// The sending side of the HTTP stage: whatever sends a request or holds what went over the wire
/// before it was recorded and redacted. Checks and Reporting see recorded exchanges only.
/// </summary>
internal static class SendingSide
{
    /// <summary>Ours, by type so that a rename keeps the rule (implementations of the transport are found, not listed).</summary>
    private static readonly HashSet<string> OurSenders = new(StringComparer.Ordinal)
    {
        typeof(IHttpTransport).FullName!,
        typeof(RestSharpTransport).FullName!,
        typeof(WireRecorder).FullName!,
        typeof(WireResponse).FullName!,
        typeof(SentExchange).FullName!,
        typeof(HttpTransportOptions).FullName!,
    };

    /// <summary>What sends in the libraries: RestSharp, HttpClient and its handlers, sockets.</summary>
    private static readonly HashSet<string> LibrarySenders = new(StringComparer.Ordinal)
    {
        "System.Net.Http.HttpClient",
        "System.Net.Http.HttpMessageInvoker",
        "System.Net.Http.HttpMessageHandler",
        "System.Net.Http.DelegatingHandler",
        "System.Net.Http.HttpClientHandler",
        "System.Net.Http.SocketsHttpHandler",
    };

    public const string Description =
        "IHttpTransport and every implementation of it, WireRecorder, WireResponse, SentExchange, HttpTransportOptions, RestSharp, HttpClient and its handlers, sockets";

    public static bool Holds(IType type) =>
        OurSenders.Contains(type.FullName)
        || type.ImplementedInterfaces.Any(i => i.FullName == typeof(IHttpTransport).FullName)
        || LibrarySenders.Contains(type.FullName)
        || InNamespace(type, "RestSharp")
        || InNamespace(type, "System.Net.Sockets");

    private static bool InNamespace(IType type, string ns) =>
        EngineModel.NamespaceOf(type) == ns || EngineModel.NamespaceOf(type).StartsWith(ns + ".", StringComparison.Ordinal);
}
