using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Benchmarks.Scenarios;

/// <summary>
/// Scenario generation on a cold document: load the spec, generate every scenario (valid requests
/// validated, every constraint violated and each violation confirmed by the validator), and the
/// constraint coverage. "published-dfns" is the vendor's published OpenAPI (158 operations,
/// shared/specs/dfns-real-openapi.yml); "ours-dfns" is our own contract. Load alone is the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SchemaGenerationBenchmarks
{
    private string text = "";
    private string name = "";

    [Params("published-dfns", "ours-dfns")]
    public string Spec { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Spec == "published-dfns" ? Shared("dfns-real-openapi.yml") : Path.Combine(Root(), "specs", "dfns", "openapi.yaml");
        text = File.ReadAllText(path);
        name = Path.GetFileName(path);
    }

    [Benchmark(Baseline = true)]
    public int Load() => SpecLoader.Parse(text, name).Operations.Count;

    [Benchmark]
    public int LoadAndGenerate()
    {
        var document = SpecLoader.Parse(text, name);
        var scenarios = ScenarioGenerator.Generate(document);
        return scenarios.Count + ConstraintCoverage.For(document).Generated;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Conformance.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Shared(string file)
    {
        var configured = Environment.GetEnvironmentVariable("CONFORMANCE_SHARED_DIR");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured)) candidates.Add(Path.Combine(configured, "specs"));
        for (var dir = new DirectoryInfo(Root()); dir is not null; dir = dir.Parent) candidates.Add(Path.Combine(dir.FullName, "shared", "specs"));
        return candidates.Select(c => Path.Combine(c, file)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"shared/specs/{file} not found: set CONFORMANCE_SHARED_DIR");
    }
}
