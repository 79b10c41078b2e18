using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ZoneExtract.Batch;

/// <summary>
/// Extracts a stream of documents on several threads and returns the results in input order, with a
/// fixed bound on the documents held in memory. Every input yields exactly one result: a document that
/// cannot be read, is too long or makes extraction fail becomes a failed <see cref="BatchResult"/>, and
/// the batch goes on.
/// </summary>
/// <remarks>
/// The reader enqueues each document's pending result in a bounded, ordered queue before handing the
/// document to the workers; the caller awaits the queue's head. The queue's capacity
/// (<see cref="BatchOptions.MaxInFlight"/>) is the reorder buffer: when the caller or one slow document
/// holds it up, reading stops until a slot frees.
/// </remarks>
public sealed class BatchExtractor
{
    private readonly WindowedExtraction _extractor;
    private readonly BatchOptions _options;

    /// <summary>
    /// Creates a batch runner over a (shared, thread-safe) extractor. A document longer than a window (64 Ki
    /// characters) is extracted in windows, so that its memory stays bounded; its result then has no tokens.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (threads &lt; 1…).</exception>
    public BatchExtractor(ZoneExtractor extractor, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        options ??= new BatchOptions();
        options.Validate();
        _extractor = new WindowedExtraction(extractor);
        _options = options;
    }

    /// <summary>Extracts every document of <paramref name="documents"/>, yielding one result per document in input order.</summary>
    /// <param name="documents">The input; it is read ahead by at most <see cref="BatchOptions.MaxInFlight"/> documents.</param>
    /// <param name="cancellationToken">Stops reading and extracting; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks>An exception thrown by <paramref name="documents"/> itself (an I/O error) ends the batch after the results before it.</remarks>
    public async IAsyncEnumerable<BatchResult> ExtractAsync(
        IAsyncEnumerable<BatchDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = Channel.CreateBounded<Task<BatchResult>>(
            new BoundedChannelOptions(_options.EffectiveMaxInFlight) { SingleReader = true, SingleWriter = true });
        var work = new BlockingCollection<WorkItem>();

        var reader = Task.Run(() => ReadAsync(documents, pending.Writer, work, stop.Token), CancellationToken.None);
        var workers = Enumerable.Range(0, _options.Threads)
            .Select(_ => Task.Factory.StartNew(() => Work(work, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            await foreach (var result in pending.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return await result.WaitAsync(stop.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            // Stop at once rather than wait: a worker deep in a long document finishes it in the background
            // (its result is dropped), and the shared objects are released when the last task is done.
            stop.Cancel();
            _ = Task.WhenAll(workers.Append(reader)).ContinueWith(_ =>
            {
                work.Dispose();
                stop.Dispose();
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private static async Task ReadAsync(IAsyncEnumerable<BatchDocument> documents, ChannelWriter<Task<BatchResult>> pending, BlockingCollection<WorkItem> work, CancellationToken cancellationToken)
    {
        try
        {
            long index = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var item = new WorkItem(index++, document);
                await pending.WriteAsync(item.Completion.Task, cancellationToken).ConfigureAwait(false);
                work.Add(item, cancellationToken);
            }
            pending.TryComplete();
        }
        catch (Exception e)
        {
            pending.TryComplete(e);
        }
        finally
        {
            work.CompleteAdding();
        }
    }

    private void Work(BlockingCollection<WorkItem> work, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in work.GetConsumingEnumerable(cancellationToken))
            {
                item.Completion.SetResult(Extract(item, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The batch was stopped: the caller is no longer waiting for results.
        }
    }

    private BatchResult Extract(WorkItem item, CancellationToken cancellationToken)
    {
        var document = item.Document;
        if (document.ReadError is { } readError) return Failed(item, readError);
        if (document.Text is null) return Failed(item, "the document has no text");
        if (document.Text.Length > _options.MaxDocumentLength)
        {
            return Failed(item, $"text of {document.Text.Length} characters is over the limit of {_options.MaxDocumentLength}");
        }
        var options = document.ReferenceDate is { } date && date != _options.Extraction.ReferenceDate
            ? _options.Extraction with { ReferenceDate = date }
            : _options.Extraction;
        try
        {
            return _options.SpoolLongDocuments && document.Text.Length > WindowedExtraction.DefaultWindowLength
                ? new BatchResult(item.Index, document, null, null) { Spooled = SpooledLine.Write(document, _extractor, options, cancellationToken) }
                : new BatchResult(item.Index, document, _extractor.Extract(document.Text, options, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A recogniser bug must cost one document, not the batch; the message says which.
            return Failed(item, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private static BatchResult Failed(WorkItem item, string reason) => new(item.Index, item.Document, null, reason);

    private sealed record WorkItem(long Index, BatchDocument Document)
    {
        public TaskCompletionSource<BatchResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
