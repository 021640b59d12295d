using System.Runtime.ExceptionServices;

namespace Lark.Resources.Shell.Http;

/// <summary>
/// A response body whose failure (a dropped connection, a cancelled or timed-out read) is held back until every
/// byte read before it has been handed on: the failing read ends the stream instead of throwing, and
/// <see cref="ThrowIfFailed"/> rethrows it once the reader has seen that end. A pipe reader would otherwise throw
/// with up to a whole batch of good bytes still in its buffer, and they would have to be downloaded again.
/// </summary>
internal sealed class BodyStream(Stream inner) : Stream
{
    private ExceptionDispatchInfo? _failure;

    /// <summary>Rethrows the failure that ended the body early, if one did.</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_failure is not null)
            return 0;
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            return 0;
        }
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Not supported: the body is read asynchronously only, so no thread ever blocks on the network.</summary>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the body is read asynchronously");

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
