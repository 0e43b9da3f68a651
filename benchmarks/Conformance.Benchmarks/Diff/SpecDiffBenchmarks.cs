using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Conformance.Diff;
using Conformance.Spec;

namespace Conformance.Benchmarks.Diff;

/// <summary>
/// SpecDiffer.Compare on a generated spec in the shape of ours (activate/deactivate pairs with a
/// nonce and a user-action scheme, shared $ref'd schemas and responses, x-conformance semantics)
/// and a modified copy. 6 operations is the size of our vendor specs; 500 is the stress case.
/// Loading is done once in setup: the benchmark measures the diff, including the second read of
/// each file for line numbers that a diff with changes triggers.
/// </summary>
[MemoryDiagnoser]
public class SpecDiffBenchmarks
{
    private ApiDocument old = null!;
    private ApiDocument changed = null!;
    private string directory = "";

    [Params(6, 500)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "spec-diff-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        old = Write("old.yaml", Generate(Operations, modified: false));
        changed = Write("new.yaml", Generate(Operations, modified: true));
        if (SpecDiffer.Compare(old, changed).IsEmpty) throw new InvalidOperationException("the modified copy must differ");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Baseline = true)]
    public int Identical() => SpecDiffer.Compare(old, old).Changes.Count;

    [Benchmark]
    public int Modified() => SpecDiffer.Compare(old, changed).Changes.Count;

    private ApiDocument Write(string name, string yaml)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, yaml);
        return SpecLoader.Load(path);
    }

    /// <summary>Pairs of activate/deactivate operations plus a list probe per resource. The modified
    /// copy removes every 25th operation, drops a 400 from every 7th, tightens one shared schema,
    /// adds a required property to every 11th body, changes a repeat rule and the nonce window.</summary>
    internal static string Generate(int operations, bool modified)
    {
        var y = new StringBuilder();
        y.AppendLine("openapi: 3.1.0").AppendLine("info: {title: bench, version: '1'}").AppendLine("x-conformance: {vendor: bench, error-message-field: error.message}").AppendLine("paths:");
        for (var i = 0; i < operations; i++)
        {
            if (modified && i % 25 == 24) continue;
            var resource = i / 3;
            var r = resource.ToString(CultureInfo.InvariantCulture);
            var kind = i % 3;
            if (kind == 2)
            {
                y.AppendLine(CultureInfo.InvariantCulture, $"  /res{r}:");
                y.AppendLine(CultureInfo.InvariantCulture, $"    get:\n      operationId: res{r}.list");
                y.AppendLine("      x-conformance-probe: {kind: thing, items: items, key: id, states: {active: {status: 200, field: isActive, equals: true}, inactive: {status: 200, field: isActive, equals: false}}}");
                y.AppendLine(CultureInfo.InvariantCulture, $"      responses:\n        '200': {{description: list, content: {{application/json: {{schema: {{type: object, properties: {{items: {{type: array, items: {{$ref: '#/components/schemas/Thing{resource % 10}'}}}}}}, required: [items]}}}}}}}}");
                y.AppendLine("        '401': {$ref: '#/components/responses/Error'}");
                y.AppendLine("      security: [{bearer: []}]");
                continue;
            }

            var verb = kind == 0 ? "activate" : "deactivate";
            var twin = kind == 0 ? "deactivate" : "activate";
            y.AppendLine(CultureInfo.InvariantCulture, $"  /res{r}/{verb}:\n    put:\n      operationId: res{r}.{verb}");
            var repeat = modified && i == 3 ? "{expect: {status: 400}, state: unchanged}" : "{expect: {status: 200}, state: unchanged}";
            y.AppendLine(CultureInfo.InvariantCulture, $"      x-conformance: {{resource: {{kind: thing, id: {{in: body, name: id}}}}, effect: {{state: {(kind == 0 ? "active" : "inactive")}}}, probe: res{r}.list, inverse: res{r}.{twin}, repeat: {repeat}}}");
            var extra = modified && i % 11 == 0 ? ", reason: {type: string}}, required: [id, reason]" : "}, required: [id]";
            y.AppendLine(CultureInfo.InvariantCulture, $"      requestBody: {{required: true, content: {{application/json: {{schema: {{type: object, properties: {{id: {{$ref: '#/components/schemas/Id'}}{extra}, additionalProperties: false}}}}}}}}");
            y.AppendLine("      responses:\n        '200': {$ref: '#/components/responses/Success'}");
            if (!(modified && i % 7 == 0)) y.AppendLine("        '400': {$ref: '#/components/responses/Error'}");
            y.AppendLine("        '401': {$ref: '#/components/responses/Error'}");
            y.AppendLine("      security: [{bearer: [], nonce: [], userAction: []}]");
        }

        y.AppendLine("components:\n  schemas:");
        y.AppendLine(CultureInfo.InvariantCulture, $"    Id: {{type: string, minLength: {(modified ? 4 : 1)}, maxLength: 64}}");
        for (var t = 0; t < 10; t++)
        {
            y.AppendLine(CultureInfo.InvariantCulture, $"    Thing{t}: {{type: object, properties: {{id: {{$ref: '#/components/schemas/Id'}}, isActive: {{type: boolean}}, kind: {{type: string, enum: [A, B, C]}}, name: {{type: string}}}}, required: [id, isActive, kind]}}");
        }

        y.AppendLine("    Message: {type: object, properties: {message: {type: string}}, required: [message]}");
        y.AppendLine("    Error: {type: object, properties: {error: {type: object, properties: {message: {type: string}}, required: [message]}}, required: [error]}");
        y.AppendLine("  responses:");
        y.AppendLine("    Success: {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Message'}}}}");
        y.AppendLine("    Error: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}");
        y.AppendLine("  securitySchemes:");
        y.AppendLine("    bearer: {type: http, scheme: bearer}");
        y.AppendLine(CultureInfo.InvariantCulture, $"    nonce: {{type: apiKey, in: header, name: X-NONCE, x-conformance-auth: {{kind: nonce}}, x-nonce: {{window-seconds: {(modified ? 60 : 300)}}}}}");
        y.AppendLine("    userAction: {type: apiKey, in: header, name: X-USERACTION, x-conformance-auth: {kind: user-action}, x-user-action: {init: res0.activate, complete: res0.deactivate}}");
        return y.ToString();
    }
}
