using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Crypto;
using Conformance.ReferenceTarget.Dfns;
using Conformance.ReferenceTarget.Dfns.Current;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Hosting;
using Conformance.ReferenceTarget.Profile;
using Conformance.ReferenceTarget.Senhasegura;
using Conformance.ReferenceTarget.Senhasegura.Model;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Conformance.ReferenceTarget;

/// <summary>Starts the reference target on real HTTP (Kestrel). The CLI and in-process callers share this path.</summary>
public static class ReferenceTargetHost
{
    /// <summary>
    /// Generates identities and fixtures, binds, and returns once both listeners listen: the main
    /// one (the legacy Dfns API and senhasegura) and the current Dfns API's (<see cref="ReferenceApis"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown fault name, key algorithm or a non-positive window.</exception>
    public static async Task<RunningReferenceTarget> StartAsync(ReferenceTargetOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var faults = new ActiveFaults(options.Faults);
        var readings = new ActiveReadings(options.Readings);
        var time = options.TimeProvider;
        var dfns = new DfnsModule(
            DfnsWorldFactory.Create(options.DfnsKeyAlgorithm, time.GetUtcNow(), readings.Has(Readings.DfnsP256Only)), faults.Only(ReferenceApis.Main), time, TimeSpan.FromSeconds(options.NonceWindowSeconds), readings);
        var senha = new SenhaModule(SenhaWorldFactory.Create(), faults.Only(ReferenceApis.Main), time, TimeSpan.FromSeconds(options.AccessTokenLifetimeSeconds), readings);
        var current = new CurrentDfnsModule(DfnsWorldFactory.CreateCurrent(options.DfnsKeyAlgorithm, time.GetUtcNow()), faults.Only(ReferenceApis.Current), time, readings);

        var app = Build(options, options.Urls, routes =>
        {
            dfns.Map(routes);
            senha.Map(routes);
        });
        var currentApp = Build(options, options.CurrentUrls, current.Map);
        await app.StartAsync(ct);
        try
        {
            await currentApp.StartAsync(ct);
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            await currentApp.DisposeAsync();
            throw;
        }

        var baseUrl = BaseUrl(app);
        var currentUrl = BaseUrl(currentApp);
        var profile = TargetProfileWriter.Write(baseUrl, dfns.World, senha.World, DfnsOperations.All, credIdIsUuid: readings.Has(Readings.DfnsCredIdIsUuid));
        var currentProfile = TargetProfileWriter.Write(currentUrl, current.World, null, CurrentOperations.All, CurrentOperations.RefusesServiceAccounts);
        return new RunningReferenceTarget(app, baseUrl, profile, faults.Names, dfns, senha)
        {
            Current = new RunningApi(currentApp, currentUrl, currentProfile, current),
        };
    }

    private static WebApplication Build(ReferenceTargetOptions options, string urls, Action<WebApplication> map)
    {
        // Always Production: the Development exception page would echo request headers (bearer
        // tokens, user action tokens) into a response. Args are parsed by the CLI, not here.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(urls);

        // Secrets travel in headers and bodies: no request logging, and nothing below Warning.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.UseLatency(TimeSpan.FromMilliseconds(options.LatencyMs), options.TimeProvider);
        map(app);
        return app;
    }

    private static Uri BaseUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    private static void Validate(ReferenceTargetOptions options)
    {
        foreach (var name in options.Faults)
        {
            if (FaultCatalogue.Find(name) is null)
            {
                throw new ArgumentException($"unknown fault '{name}'", nameof(options));
            }
        }

        // ActiveReadings refuses an unknown reading and two alternatives of one group.
        _ = new ActiveReadings(options.Readings);

        if (!SigningAlgorithms.All.Contains(options.DfnsKeyAlgorithm))
        {
            throw new ArgumentException($"unknown key algorithm '{options.DfnsKeyAlgorithm}'", nameof(options));
        }

        if (options.NonceWindowSeconds <= 0 || options.AccessTokenLifetimeSeconds <= 0 || options.LatencyMs < 0)
        {
            throw new ArgumentException("windows and lifetimes must be positive, latency non-negative", nameof(options));
        }
    }
}
