using Conformance.ReferenceTarget.Dfns.Current;

namespace Conformance.ReferenceTarget;

/// <summary>One more API of a started reference target, on its own listener: where it listens and its profile.</summary>
public sealed class RunningApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningApi(WebApplication app, Uri baseUrl, string profileYaml, CurrentDfnsModule dfns)
    {
        _app = app;
        BaseUrl = baseUrl;
        ProfileYaml = profileYaml;
        Dfns = dfns;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41235/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Its complete target profile (its own organisation), secrets included: do not log it.</summary>
    public string ProfileYaml { get; }

    internal CurrentDfnsModule Dfns { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
