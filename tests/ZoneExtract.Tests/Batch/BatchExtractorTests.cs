using ZoneExtract.Batch;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Batch;

public class BatchExtractorTests
{
    [Test]
    public async Task Results_come_in_input_order_and_equal_sequential_extraction()
    {
        var texts = ArticlePieces(40).ToArray();
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 4, MaxInFlight = 6 });

        var results = await batch.ExtractAsync(Documents(texts)).ToListAsync();

        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, texts.Length).Select(i => (long)i)));
        Assert.That(results.Select(r => r.Document.Id), Is.EqualTo(texts.Select((_, i) => $"d{i}")));
        Assert.That(results.Select(r => Describe(r.Result!)), Is.EqualTo(texts.Select(t => Describe(SharedExtractor.Instance.Extract(t)))));
    }

    [Test]
    public async Task Failed_documents_become_error_records_in_place_and_the_batch_goes_on()
    {
        var input = new[]
        {
            new BatchDocument("ok1", "重庆高新区", null),
            new BatchDocument("long", new string('字', 101), null),
            BatchDocument.Unreadable("bad", "in.jsonl:3", "invalid JSON"),
            new BatchDocument("ok2", "增长6.4%", null),
        };
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 2, MaxDocumentLength = 100 });

        var results = await batch.ExtractAsync(input.ToAsyncEnumerable()).ToListAsync();

        Assert.That(results.Select(r => (r.Document.Id, r.Succeeded)), Is.EqualTo(new[] { ("ok1", true), ("long", false), ("bad", false), ("ok2", true) }));
        Assert.That(results[1].Error, Does.Contain("101 characters").And.Contain("limit of 100"));
        Assert.That(results[2].Error, Is.EqualTo("invalid JSON"));
        Assert.That(BatchJsonl.ToJsonLine(results[2]), Is.EqualTo("{\"id\":\"bad\",\"source\":\"in.jsonl:3\",\"error\":\"invalid JSON\"}"));
    }

    [Test]
    public async Task A_long_documents_line_spooled_window_by_window_has_the_bytes_of_its_whole_results_line()
    {
        var text = string.Join("\n", Enumerable.Repeat(TestCorpus.ReadArticle(), 12));
        Assert.That(text, Has.Length.GreaterThan(WindowedExtraction.DefaultWindowLength), "the document is extracted in windows");
        var input = new[] { new BatchDocument("long", text, TestCorpus.ReferenceDate) { Warning = "repaired" }, new BatchDocument("short", "重庆高新区", null) };

        var spooled = await Lines(new BatchOptions { Threads = 1, SpoolLongDocuments = true }, input);
        var whole = await Lines(new BatchOptions { Threads = 1 }, input);

        Assert.That(spooled.Results[0].Result, Is.Null, "the long document's entities are not held");
        Assert.That(spooled.Results[1].Result, Is.Not.Null);
        Assert.That(spooled.Output, Is.EqualTo(whole.Output));
    }

    private static async Task<(List<BatchResult> Results, byte[] Output)> Lines(BatchOptions options, BatchDocument[] input)
    {
        var results = await new BatchExtractor(SharedExtractor.Instance, options).ExtractAsync(input.ToAsyncEnumerable()).ToListAsync();
        using var output = new MemoryStream();
        foreach (var result in results) BatchJsonl.WriteLine(output, result);
        return (results, output.ToArray());
    }

    [Test]
    public async Task The_documents_reference_date_wins_over_the_batch_default()
    {
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions
        {
            Threads = 1,
            Extraction = new ExtractionOptions { ReferenceDate = new DateOnly(2001, 1, 1) },
        });
        var input = new[] { new BatchDocument("own", "今年", new DateOnly(2020, 11, 23)), new BatchDocument("default", "今年", null) };

        var results = await batch.ExtractAsync(input.ToAsyncEnumerable()).ToListAsync();

        Assert.That(results.Select(r => r.Result!.ReferenceDate), Is.EqualTo(new DateOnly?[] { new(2020, 11, 23), new(2001, 1, 1) }));
    }

    [Test]
    public async Task Reading_stays_within_the_in_flight_bound_while_the_caller_waits()
    {
        var read = 0;
        async IAsyncEnumerable<BatchDocument> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return new BatchDocument($"d{i}", "重庆高新区今年增长", null);
                await Task.Yield();
            }
        }
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 2, MaxInFlight = 5 });

        await using var results = batch.ExtractAsync(Endless()).GetAsyncEnumerator();
        Assert.That(await results.MoveNextAsync(), Is.True);
        await Task.Delay(300);

        // Five pending in the ordered queue, one taken by the caller, one more waiting to be queued.
        Assert.That(Volatile.Read(ref read), Is.LessThanOrEqualTo(7));
    }

    [Test]
    public void Cancellation_stops_the_batch()
    {
        using var cancellation = new CancellationTokenSource();
        async IAsyncEnumerable<BatchDocument> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return new BatchDocument($"d{i}", "重庆高新区", null);
                await Task.Yield();
            }
        }
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 2 });

        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            var count = 0;
            await foreach (var _ in batch.ExtractAsync(Endless(), cancellation.Token))
            {
                if (++count == 10) await cancellation.CancelAsync();
            }
        });
    }

    [Test]
    public async Task An_input_error_ends_the_batch_after_the_results_before_it()
    {
        async IAsyncEnumerable<BatchDocument> Failing()
        {
            yield return new BatchDocument("a", "重庆", null);
            await Task.Yield();
            throw new IOException("disk gone");
        }
        var batch = new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 2 });
        var seen = new List<string?>();

        var e = Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var result in batch.ExtractAsync(Failing())) seen.Add(result.Document.Id);
        });

        Assert.That(e!.Message, Is.EqualTo("disk gone"));
        Assert.That(seen, Is.EqualTo(new[] { "a" }));
        await Task.CompletedTask;
    }

    [Test]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchExtractor(SharedExtractor.Instance, new BatchOptions { Threads = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchExtractor(SharedExtractor.Instance, new BatchOptions { MaxDocumentLength = 0 }));
    }

    private static IEnumerable<string> ArticlePieces(int count)
    {
        var article = TestCorpus.ReadArticle();
        for (var i = 0; i < count; i++)
        {
            var start = i * 577 % article.Length;
            yield return article.Substring(start, Math.Min(article.Length - start, 100 + i * 97 % 900));
        }
    }

    private static IAsyncEnumerable<BatchDocument> Documents(IEnumerable<string> texts) =>
        texts.Select((t, i) => new BatchDocument($"d{i}", t, null)).ToAsyncEnumerable();

    private static string Describe(ExtractionResult result) =>
        GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result)) + string.Join("|", result.Tokens.Select(t => $"{t.Start}:{t.Length}"));
}
