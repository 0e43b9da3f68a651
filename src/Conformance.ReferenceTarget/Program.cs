using Conformance.ReferenceTarget.Hosting;

// dotnet run --project src/Conformance.ReferenceTarget -- --urls http://127.0.0.1:0 [--fault NAME]...
return await ReferenceTargetCli.RunAsync(
    args, Environment.GetEnvironmentVariable(CliArguments.FaultsVariable), Console.Out, Console.Error);
