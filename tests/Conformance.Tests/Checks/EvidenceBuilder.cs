using Conformance.Checks;
using Conformance.Configuration;

namespace Conformance.Tests.Checks;

/// <summary>A <see cref="ScenarioEvidence"/> made by hand: exchanges, a fixture, its states by moment, the others.</summary>
internal sealed class EvidenceBuilder
{
    public const string FixtureId = "cr-fixture-0001";

    private readonly List<ExchangeBuilder> exchanges = [];
    private readonly Dictionary<string, string?> states = [];
    private readonly Dictionary<string, string?> othersBefore = [];
    private readonly Dictionary<string, string?> othersAfter = [];
    private readonly Dictionary<string, StateReading> readings = [];
    private FixtureRef? fixture;

    public EvidenceBuilder Exchanges(params ExchangeBuilder[] added)
    {
        exchanges.AddRange(added);
        return this;
    }

    public EvidenceBuilder Fixture(string kind, string id = FixtureId)
    {
        fixture = new FixtureRef(kind, id, null);
        return this;
    }

    /// <summary>The fixture's state at <paramref name="moment"/> (<see cref="ScenarioEvidence.Before"/> …).</summary>
    public EvidenceBuilder State(string moment, string? state)
    {
        states[moment] = state;
        return this;
    }

    /// <summary>The fixture's state at <paramref name="moment"/> with how it was established.</summary>
    public EvidenceBuilder Reading(string moment, StateReading reading)
    {
        states[moment] = reading.State;
        readings[moment] = reading;
        return this;
    }

    /// <summary>Another fixture of the kind, before and (when read) after the stimulus.</summary>
    public EvidenceBuilder Other(string id, string? before, string? after)
    {
        othersBefore[id] = before;
        othersAfter[id] = after;
        return this;
    }

    /// <summary>Another fixture read before the stimulus but not after.</summary>
    public EvidenceBuilder OtherReadBeforeOnly(string id, string? before)
    {
        othersBefore[id] = before;
        return this;
    }

    public ScenarioEvidence Build() =>
        new(exchanges.Select(e => e.Build()).ToList(), states, fixture, othersBefore, othersAfter) { Readings = readings };
}
