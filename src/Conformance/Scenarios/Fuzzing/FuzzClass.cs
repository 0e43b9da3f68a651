namespace Conformance.Scenarios.Fuzzing;

/// <summary>What a generated request is, as the validator reads it (never as the generator meant it).</summary>
internal enum FuzzClass
{
    /// <summary>Valid against every schema the operation documents (formats asserted), with valid credentials.</summary>
    Valid,

    /// <summary>Breaks a schema constraint other than <c>format</c> (a format is an annotation in OpenAPI 3.1), with valid credentials.</summary>
    Invalid,

    /// <summary>Breaks only a <c>format</c>: neither positive nor negative data; judged by the response checks alone.</summary>
    FormatOnly,

    /// <summary>A valid request with one security scheme left out or forged.</summary>
    AuthBroken,
}
