using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>Where a batch run writes its results, one per input document in input order; disposing completes the output.</summary>
internal interface IBatchOutput : IAsyncDisposable
{
    ValueTask WriteAsync(BatchResult result);
}
