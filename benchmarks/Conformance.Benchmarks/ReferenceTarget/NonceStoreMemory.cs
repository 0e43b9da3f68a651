using System.Globalization;
using System.Text;
using Conformance.ReferenceTarget.Dfns.Nonce;
using Conformance.ReferenceTarget.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Benchmarks.ReferenceTarget;

/// <summary>
/// Memory of the Dfns replay store after many distinct nonces spread over several windows, on a
/// fake clock: what stays is about one window's worth, not everything ever seen.
/// </summary>
internal static class NonceStoreMemory
{
    public sealed record Result(int Nonces, int Windows, int LiveEntries, long BytesRetained);

    public static async Task<Result> MeasureAsync(int nonces = 1_000_000, int windows = 10, int windowSeconds = 300)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        var step = TimeSpan.FromSeconds((double)windows * windowSeconds / nonces);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var store = new NonceReplayStore();
        var validator = new NonceValidator(clock, TimeSpan.FromSeconds(windowSeconds), store, new ActiveFaults([]));
        for (var i = 0; i < nonces; i++)
        {
            var verdict = await validator.CheckAsync(Header(clock.GetUtcNow(), i), "credentials.activate");
            if (verdict != NonceVerdict.Accepted)
            {
                throw new InvalidOperationException($"nonce {i}: {verdict}");
            }

            clock.Advance(step);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(validator);
        return new Result(nonces, windows, store.Count, after - before);
    }

    private static string Header(DateTimeOffset time, int i)
    {
        var json = string.Create(CultureInfo.InvariantCulture, $"{{\"uuid\":\"{Guid.NewGuid()}-{i}\",\"date\":\"{time:O}\"}}");
        return System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }
}
