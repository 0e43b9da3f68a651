using System.Diagnostics;
using Conformance.ReferenceTarget.Hosting;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Hosting;

/// <summary>The command line: --list-faults, unknown faults (exit 2), and a real process start.</summary>
[TestFixture]
internal sealed class CliTests
{
    [Test]
    public async Task List_faults_prints_each_name_with_one_requirement_and_a_description()
    {
        var (code, stdout, _) = await RunAsync(["--list-faults"]);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(FaultCatalogue.All.Count));
            foreach (var (line, fault) in lines.Zip(FaultCatalogue.All))
            {
                Assert.That(line.Split('\t'), Is.EqualTo(new[] { fault.Name, fault.RequirementId, fault.Description }));
            }
        });
    }

    [Test]
    public async Task An_unknown_fault_is_one_line_naming_it_and_exit_2()
    {
        var (code, stdout, stderr) = await RunAsync(["--fault", "dfns-reactivate-error", "--fault", "no-such-fault"]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("no-such-fault"));
        });
    }

    [Test]
    public async Task Faults_from_the_environment_variable_are_checked_too()
    {
        var (code, _, stderr) = await RunAsync(["--list-faults"], "dfns-reactivate-error, bogus-fault");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("bogus-fault"));
    }

    [Test]
    public async Task List_readings_prints_each_name_with_its_decision_contract_verdict_and_description()
    {
        var (code, stdout, _) = await RunAsync(["--list-readings"]);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(Readings.Catalogue.Count));
            foreach (var (line, reading) in lines.Zip(Readings.Catalogue))
            {
                Assert.That(line.Split('\t'), Is.EqualTo(new[] { reading.Name, reading.Decision, reading.Contract, reading.Expected, reading.Description }));
            }
        });
    }

    [TestCase("--reading", "no-such-reading")]
    [TestCase("--reading", Readings.DfnsNonceUuidDatetime, "--reading", Readings.DfnsNonceNonceDatetime)]
    public async Task An_unknown_reading_or_two_of_one_group_is_one_line_and_exit_2(params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith("error: "));
            Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        });
    }

    [TestCase("--latency", "fast")]
    [TestCase("--what")]
    [TestCase("--urls")]
    public async Task Bad_arguments_exit_2(params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("error: "));
    }

    [Test]
    public async Task The_program_prints_its_url_writes_the_profile_and_serves()
    {
        var profilePath = Path.Combine(Path.GetTempPath(), $"reftarget-{Guid.NewGuid():N}.yaml");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Conformance.ReferenceTarget.dll"), "--urls", "http://127.0.0.1:0", "--profile-out", profilePath, "--fault", "senhasegura-reenable-200" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(CliArguments.FaultsVariable);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.That(line, Does.Match(@"^Listening on http://127\.0\.0\.1:\d+$"));
            var url = new Uri(line!["Listening on ".Length..]);
            var profile = TestProfile.Parse(await File.ReadAllTextAsync(profilePath));
            Assert.That(profile.BaseUrl, Is.EqualTo(url));

            using var http = new HttpClient { BaseAddress = url };
            var senha = new SenhaTestClient(http, profile);
            var reply = await senha.EnableAsync(profile.SenhaCredential(true).Id);
            Assert.That(reply.Code, Is.EqualTo(200), "the fault given on the command line is on");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            File.Delete(profilePath);
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, string? faultsVariable = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ReferenceTargetCli.RunAsync(args, faultsVariable, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
