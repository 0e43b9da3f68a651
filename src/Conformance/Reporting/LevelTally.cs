using System.Globalization;

namespace Conformance.Reporting;

/// <summary>Requirements of one level that passed, out of those that applied (were judged).</summary>
internal sealed record LevelTally(int Passed, int Applicable)
{
    /// <summary>Passed / applicable as a percentage, or null when none applied.</summary>
    public double? Percent => Applicable == 0 ? null : Math.Floor(1000.0 * Passed / Applicable) / 10;

    /// <summary><c>92.3%</c>, or <c>n/a</c>. Floored, so 99.96% never shows as 100%.</summary>
    public string PercentText => Percent is { } p ? p.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";

    /// <summary><c>12/13</c>.</summary>
    public string Fraction => $"{Passed.ToString(CultureInfo.InvariantCulture)}/{Applicable.ToString(CultureInfo.InvariantCulture)}";
}
