namespace Conformance.ReferenceTarget.Hosting;

/// <summary>The command-line entry: parse, start through <see cref="ReferenceTargetHost"/>, print the URL, wait.</summary>
internal static class ReferenceTargetCli
{
    public static async Task<int> RunAsync(string[] args, string? faultsVariable, TextWriter stdout, TextWriter stderr)
    {
        var cli = CliArguments.Parse(args, faultsVariable, out var error);
        if (cli is null)
        {
            await stderr.WriteLineAsync($"error: {error}");
            return 2;
        }

        if (cli.Help)
        {
            await stdout.WriteLineAsync(CliArguments.Usage);
            return 0;
        }

        if (cli.ListReadings)
        {
            foreach (var reading in Readings.Catalogue)
            {
                await stdout.WriteLineAsync($"{reading.Name}\t{reading.Decision}\t{reading.Contract}\t{reading.Expected}\t{reading.Description}");
            }

            return 0;
        }

        if (cli.ListFaults)
        {
            foreach (var fault in FaultCatalogue.All)
            {
                await stdout.WriteLineAsync($"{fault.Name}\t{fault.RequirementId}\t{fault.Description}");
            }

            return 0;
        }

        RunningReferenceTarget target;
        try
        {
            target = await ReferenceTargetHost.StartAsync(cli.Options);
        }
        catch (ArgumentException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 2;
        }

        await using (target)
        {
            if (cli.ProfileOut is not null)
            {
                await File.WriteAllTextAsync(cli.ProfileOut, target.ProfileYaml);
            }

            if (cli.CurrentProfileOut is not null)
            {
                await File.WriteAllTextAsync(cli.CurrentProfileOut, target.Current.ProfileYaml);
            }

            await stdout.WriteLineAsync($"Listening on {target.BaseUrl.GetLeftPart(UriPartial.Authority)}");

            // stdout stays the one "Listening on" line scripts read; the second listener is named on stderr.
            await stderr.WriteLineAsync($"Current Dfns API listening on {target.Current.BaseUrl.GetLeftPart(UriPartial.Authority)}");
            if (target.ActiveFaults.Count > 0)
            {
                // stdout stays the one "Listening on" line scripts read; the rest goes to stderr.
                await stderr.WriteLineAsync($"Faults: {string.Join(", ", target.ActiveFaults)}");
            }

            await stdout.FlushAsync();
            await target.WaitForShutdownAsync(CancellationToken.None);
        }

        return 0;
    }
}
