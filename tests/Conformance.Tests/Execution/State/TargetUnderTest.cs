using Conformance.Configuration;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A reference target started by the test (with faults or alternative readings), its profile in
/// a file and a reports folder of its own, so a run reaches it as any external target; and the
/// truth about its fixtures, read straight from the target's model — not from the suite's belief.
/// </summary>
internal sealed class TargetUnderTest : IAsyncDisposable
{
    private TargetUnderTest(RunningReferenceTarget running, string folder)
    {
        Running = running;
        Folder = folder;
        ProfilePath = Path.Combine(folder, "profile.json");
        File.WriteAllText(ProfilePath, running.ProfileYaml);
    }

    public RunningReferenceTarget Running { get; }

    public string Folder { get; }

    public string ProfilePath { get; }

    public string Reports => Path.Combine(Folder, "reports");

    public static async Task<TargetUnderTest> StartAsync(ReferenceTargetOptions? options = null) =>
        new(await ReferenceTargetHost.StartAsync(options ?? new ReferenceTargetOptions()), Directory.CreateTempSubdirectory("conformance-target-").FullName);

    public ConformanceSettings Settings(string? filter = null) => new()
    {
        Target = Running.BaseUrl,
        Profile = ProfilePath,
        ReportsDirectory = Reports,
        Filter = filter,
        Parallelism = 4,
        RenderHtml = false,
    };

    /// <summary>Every fixture's real state, <c>vendor/kind/id → active</c>.</summary>
    public IReadOnlyDictionary<string, bool> States()
    {
        var states = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        lock (Running.Dfns.World.Directory.Sync)
        {
            foreach (var c in Running.Dfns.World.FixtureCredentials) states[$"dfns/credential/{c.CredentialUuid}"] = c.IsActive;
            foreach (var u in Running.Dfns.World.FixtureUsers) states[$"dfns/user/{u.UserId}"] = u.IsActive;
        }

        lock (Running.Senha.World.Directory.Sync)
        {
            foreach (var c in Running.Senha.World.FixtureCredentials) states[$"senhasegura/credential/{c.Id}"] = c.IsActive;
        }

        return states;
    }

    /// <summary>Flips one senhasegura fixture credential behind the suite's back; returns its id.</summary>
    public string FlipSenha(int index)
    {
        var item = Running.Senha.World.FixtureCredentials[index];
        lock (Running.Senha.World.Directory.Sync) item.IsActive = !item.IsActive;
        return item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Flips one Dfns fixture credential behind the suite's back; returns its id.</summary>
    public string FlipDfns(int index)
    {
        var item = Running.Dfns.World.FixtureCredentials[index];
        lock (Running.Dfns.World.Directory.Sync) item.IsActive = !item.IsActive;
        return item.CredentialUuid;
    }

    public async ValueTask DisposeAsync()
    {
        await Running.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
