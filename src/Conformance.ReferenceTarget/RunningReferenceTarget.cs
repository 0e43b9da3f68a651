using Conformance.ReferenceTarget.Dfns;
using Conformance.ReferenceTarget.Senhasegura;

namespace Conformance.ReferenceTarget;

/// <summary>A started reference target. Dispose to stop it.</summary>
public sealed class RunningReferenceTarget : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningReferenceTarget(WebApplication app, Uri baseUrl, string profileYaml, IReadOnlyList<string> activeFaults, DfnsModule dfns, SenhaModule senha)
    {
        _app = app;
        BaseUrl = baseUrl;
        ProfileYaml = profileYaml;
        ActiveFaults = activeFaults;
        Dfns = dfns;
        Senha = senha;
    }

    /// <summary>Where the main listener (legacy Dfns API and senhasegura) listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The complete target profile of the main listener (docs/target-profile.md), secrets included: do not log it.</summary>
    public string ProfileYaml { get; }

    /// <summary>Names of the faults switched on, sorted.</summary>
    public IReadOnlyList<string> ActiveFaults { get; }

    internal DfnsModule Dfns { get; }

    internal SenhaModule Senha { get; }

    /// <summary>The current Dfns API, on its own listener (<see cref="ReferenceApis.Current"/>).</summary>
    public required RunningApi Current { get; init; }

    internal Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Current.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
