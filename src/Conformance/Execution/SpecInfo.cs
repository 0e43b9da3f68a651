namespace Conformance.Execution;

/// <summary>One spec of the run: file, title, version, vendor.</summary>
public sealed record SpecInfo(string Path, string Title, string Version, string Vendor);
