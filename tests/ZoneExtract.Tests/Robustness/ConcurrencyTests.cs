using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Robustness;

/// <summary>One shared extractor used from many threads gives exactly what it gives sequentially.</summary>
public class ConcurrencyTests
{
    [Test]
    public void Parallel_extraction_from_one_extractor_equals_sequential_extraction()
    {
        var documents = Documents().ToArray();
        var sequential = documents.Select(Describe).ToArray();

        var parallel = new string[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(documents[i]));

        Assert.That(parallel, Is.EqualTo(sequential));
    }

    /// <summary>Pieces of the reference article of different sizes and offsets, plus tagged and label-restricted runs.</summary>
    internal static IEnumerable<(string Text, ExtractionOptions Options)> Documents()
    {
        var article = TestCorpus.ReadArticle();
        var dated = new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate };
        for (var i = 0; i < 32; i++)
        {
            var start = i * 997 % article.Length;
            var length = Math.Min(article.Length - start, 200 + i * 311 % 1500);
            var options = (i % 8) switch
            {
                0 or 3 or 5 => dated,
                1 or 6 => ExtractionOptions.Default,
                2 or 4 => dated with { Labels = EntityLabel.Money | EntityLabel.Percent | EntityLabel.Date },
                _ => dated with { IncludePosTags = true },
            };
            yield return (article.Substring(start, length), options);
        }
    }

    private static string Describe((string Text, ExtractionOptions Options) document)
    {
        var result = SharedExtractor.Instance.Extract(document.Text, document.Options);
        return GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result))
            + string.Join("|", result.Tokens.Select(t => $"{t.Start}:{t.Length}:{t.Tag}"));
    }
}
