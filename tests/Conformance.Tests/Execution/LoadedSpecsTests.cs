using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Tests.Execution;

/// <summary>
/// A spec is loaded once and its scenarios generated once per <see cref="LoadedSpecs"/>: within
/// one run (its input checks, its plans and each target's run share the load), and across runs
/// that share one (the reading matrix). A run made without one reads its files afresh.
/// </summary>
[TestFixture]
public sealed class LoadedSpecsTests
{
    private static string Spec(string contract) => ContractSpecs.Repository.Single(p => SpecLoader.Load(p).Contract == contract);

    [Test]
    public void AFile_IsLoadedOnce_AndItsScenariosGeneratedOnce()
    {
        var loaded = new LoadedSpecs();
        var path = Spec("senhasegura");

        var document = loaded.Load(path);
        var scenarios = loaded.Scenarios(document);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Load(path), Is.SameAs(document));
            Assert.That(document.SourcePath, Is.EqualTo(path), "the document keeps the name it was asked for");
            Assert.That(loaded.Scenarios(document), Is.SameAs(scenarios));
            Assert.That(scenarios.Select(s => s.Id), Is.EqualTo(ScenarioGenerator.Generate(SpecLoader.Load(path)).Select(s => s.Id)));
            Assert.That(new LoadedSpecs().Load(path), Is.Not.SameAs(document), "another LoadedSpecs reads the file again");
        });
    }

    [Test]
    public void ADocumentWithOperationsLeftOut_HasScenariosOfItsOwn()
    {
        var loaded = new LoadedSpecs();
        var document = loaded.Load(Spec("senhasegura"));
        var fewer = document with { Operations = document.Operations.Take(1).ToList() };

        Assert.That(loaded.Scenarios(fewer).Select(s => s.Operation).Distinct(), Is.EqualTo(new[] { document.Operations[0] }));
    }

    [Test]
    public void AFileThatCannotBeLoaded_FailsWithItsOneLine_EveryTime()
    {
        var loaded = new LoadedSpecs();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-spec-{Guid.NewGuid():N}.yaml");

        var first = Assert.Throws<SpecLoadException>(() => loaded.Load(missing));
        var second = Assert.Throws<SpecLoadException>(() => loaded.Load(missing));

        Assert.That(second!.Message, Is.EqualTo(first!.Message).And.Contains("not found"));
    }

    [Test]
    public async Task RunsSharingOne_UseTheSameDocument_AndARunWithoutOne_ReadsTheFileAgain()
    {
        var loaded = new LoadedSpecs();
        var settings = new ConformanceSettings { Specs = ["senhasegura"], Filter = "senhasegura.credentials.get/positive/*" };

        await using var first = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, loaded, CancellationToken.None);
        await using var second = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, loaded, CancellationToken.None);
        await using var alone = await MultiTargetRun.CreateAsync(settings, Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        var document = first.Targets.Single().Run.Documents.Single();

        Assert.Multiple(() =>
        {
            Assert.That(second.Targets.Single().Run.Documents.Single(), Is.SameAs(document));
            Assert.That(second.Scenarios.Single(), Is.SameAs(first.Scenarios.Single()));
            Assert.That(alone.Targets.Single().Run.Documents.Single(), Is.Not.SameAs(document));
        });
    }
}
