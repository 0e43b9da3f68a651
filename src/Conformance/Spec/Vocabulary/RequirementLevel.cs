namespace Conformance.Spec.Vocabulary;

/// <summary>RFC 2119 level of a requirement: a broken MUST fails, a broken SHOULD warns.</summary>
public enum RequirementLevel
{
    May,
    Should,
    Must,
}
