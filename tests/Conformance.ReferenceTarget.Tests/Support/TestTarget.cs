using Microsoft.Extensions.Time.Testing;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>An in-process reference target on a free 127.0.0.1 port plus clients reading its profile.</summary>
internal sealed class TestTarget : IAsyncDisposable
{
    private TestTarget(RunningReferenceTarget running, TimeProvider time)
    {
        Running = running;
        Profile = TestProfile.Parse(running.ProfileYaml);
        Http = new HttpClient { BaseAddress = running.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        Dfns = new DfnsTestClient(Http, Profile, time);
        Senha = new SenhaTestClient(Http, Profile);
        CurrentHttp = new HttpClient { BaseAddress = running.Current.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        CurrentProfile = TestProfile.Parse(running.Current.ProfileYaml);
        Current = new DfnsTestClient(CurrentHttp, CurrentProfile, time, legacyHeaders: false);
    }

    public RunningReferenceTarget Running { get; }
    public TestProfile Profile { get; }
    public HttpClient Http { get; }
    public DfnsTestClient Dfns { get; }
    public SenhaTestClient Senha { get; }

    /// <summary>The current Dfns API's listener: its own HttpClient, profile and client (no app id, no nonce).</summary>
    public HttpClient CurrentHttp { get; }
    public TestProfile CurrentProfile { get; }
    public DfnsTestClient Current { get; }

    public static Task<TestTarget> StartAsync(params string[] faults) =>
        StartAsync(new ReferenceTargetOptions { Faults = faults.ToHashSet() });

    public static async Task<TestTarget> StartAsync(ReferenceTargetOptions options) =>
        new(await ReferenceTargetHost.StartAsync(options, CancellationToken.None), options.TimeProvider);

    /// <summary>A target on a fake clock (nonce windows, token lifetimes).</summary>
    public static Task<TestTarget> StartAsync(FakeTimeProvider time, int nonceWindowSeconds = 300, int tokenLifetimeSeconds = 3600) =>
        StartAsync(new ReferenceTargetOptions
        {
            TimeProvider = time,
            NonceWindowSeconds = nonceWindowSeconds,
            AccessTokenLifetimeSeconds = tokenLifetimeSeconds,
        });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        CurrentHttp.Dispose();
        await Running.DisposeAsync();
    }
}
