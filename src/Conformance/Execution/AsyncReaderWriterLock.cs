namespace Conformance.Execution;

/// <summary>
/// Many readers or one writer. Scenarios on one fixture take the kind's read side; a scenario
/// that watches every fixture of a kind takes the write side, so nothing else moves meanwhile.
/// </summary>
internal sealed class AsyncReaderWriterLock
{
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly SemaphoreSlim mutex = new(1, 1);
    private int readers;

    public async Task EnterReadAsync(CancellationToken cancellationToken)
    {
        await mutex.WaitAsync(cancellationToken);
        try
        {
            // The first reader holds the writer gate for the whole group of readers.
            if (++readers == 1) await writer.WaitAsync(CancellationToken.None);
        }
        finally
        {
            mutex.Release();
        }
    }

    public void ExitRead()
    {
        mutex.Wait();
        try
        {
            if (--readers == 0) writer.Release();
        }
        finally
        {
            mutex.Release();
        }
    }

    public Task EnterWriteAsync(CancellationToken cancellationToken) => writer.WaitAsync(cancellationToken);

    public void ExitWrite() => writer.Release();
}
