using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The learned name model: decoding, the shipped model, and a tiny reproducible training run.</summary>
public class NameModelTests
{
    private const int Company = 0; // label index of COMPANY in NameTags.Labels

    [Test]
    public void The_decoder_never_starts_a_span_with_an_inside_tag()
    {
        var tags = NameTags.Count;
        var scores = new float[3 * tags];
        Array.Fill(scores, -10f);
        scores[0 * tags + NameTags.Outside] = 0f;
        scores[1 * tags + NameTags.Inside(Company)] = 0f;   // best alone, but I may not follow O
        scores[1 * tags + NameTags.Begin(Company)] = -1f;
        scores[2 * tags + NameTags.Inside(Company)] = 0f;
        var spans = NameTagDecoder.Decode(scores, 3, new float[tags * tags], tags);
        Assert.That(spans, Is.EqualTo(new[] { (1, 2, Company) }));
    }

    [Test]
    public void The_decoder_keeps_one_label_per_span()
    {
        var tags = NameTags.Count;
        var scores = new float[2 * tags];
        Array.Fill(scores, -10f);
        scores[0 * tags + NameTags.Begin(Company)] = 0f;
        scores[1 * tags + NameTags.Inside(3)] = 0f;        // I-LOC after B-COMPANY is not allowed
        scores[1 * tags + NameTags.Inside(Company)] = -2f;
        var spans = NameTagDecoder.Decode(scores, 2, new float[tags * tags], tags);
        Assert.That(spans, Is.EqualTo(new[] { (0, 2, Company) }));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Decoding_runs_between_certain_outside_characters_equals_decoding_the_whole_text(int seed)
    {
        var tags = NameTags.Count;
        var random = new Random(seed);
        const int length = 200;
        var scores = new float[length * tags];
        for (var i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 4 - 3);
        var transitions = new float[tags * tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = (float)(random.NextDouble() * 2 - 1);
        var outside = Enumerable.Range(0, length).Select(_ => random.Next(4) == 0).ToArray();
        for (var i = 0; i < length; i++)
        {
            if (!outside[i]) continue;
            scores.AsSpan(i * tags, tags).Fill(float.NegativeInfinity); // how the recogniser forces O
            scores[i * tags + NameTags.Outside] = 0f;
        }

        var whole = NameTagDecoder.Decode(scores, length, transitions, tags);

        var byRuns = new List<(int Start, int Length, int Label)>();
        for (var start = 0; start < length;)
        {
            if (outside[start]) { start++; continue; }
            var end = start;
            while (end < length && !outside[end]) end++;
            var run = new DecodeRun(end - start, AfterOutside: start > 0, BeforeOutside: end < length);
            byRuns.AddRange(NameTagDecoder.Decode(scores.AsSpan(start * tags, (end - start) * tags), run, transitions, tags)
                .Select(s => (start + s.Start, s.Length, s.Label)));
            start = end;
        }
        Assert.That(byRuns, Is.EqualTo(whole));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void The_decoder_finds_the_path_of_a_one_tag_at_a_time_viterbi_with_its_first_best_on_ties(int seed)
    {
        var tags = NameTags.Count;
        var random = new Random(seed);
        // scores and transitions from a few values, so that ties are everywhere; some scores forced to −∞
        float Value() => random.Next(12) == 0 ? float.NegativeInfinity : random.Next(-2, 2);
        var transitions = new float[tags * tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = random.Next(-1, 2);
        foreach (var length in new[] { 1, 2, 3, 17, 300, 700 })
        {
            var scores = new float[length * tags];
            for (var i = 0; i < scores.Length; i++) scores[i] = Value();
            scores.AsSpan(0, tags).Replace(float.NegativeInfinity, 0f); // a first character with some finite tag
            foreach (var run in new[] { new DecodeRun(length, false, false), new DecodeRun(length, true, true), new DecodeRun(length, true, false) })
            {
                Assert.That(NameTagDecoder.Decode(scores, run, transitions, tags), Is.EqualTo(ReferenceDecode(scores, run, transitions, tags)),
                    $"length {length}, {run}");
            }
        }
    }

    /// <summary>Viterbi one tag at a time: allowed previous tags in increasing order, a candidate taken only when strictly greater.</summary>
    private static List<(int Start, int Length, int Label)> ReferenceDecode(float[] scores, DecodeRun run, float[] transitions, int tags)
    {
        static bool Allowed(int previous, int tag) =>
            !NameTags.IsInside(tag) || NameTags.LabelOf(previous) == NameTags.LabelOf(tag) && previous != NameTags.Outside;
        var length = run.Length;
        var best = new float[tags];
        var back = new int[length, tags];
        for (var tag = 0; tag < tags; tag++)
        {
            best[tag] = NameTags.IsInside(tag) ? float.NegativeInfinity : scores[tag] + (run.AfterOutside ? transitions[NameTags.Outside * tags + tag] : 0f);
        }
        for (var i = 1; i < length; i++)
        {
            var next = new float[tags];
            for (var tag = 0; tag < tags; tag++)
            {
                var score = float.NegativeInfinity;
                var from = 0;
                for (var previous = 0; previous < tags; previous++)
                {
                    if (!Allowed(previous, tag)) continue;
                    var candidate = best[previous] + transitions[previous * tags + tag];
                    if (candidate > score) (score, from) = (candidate, previous);
                }
                next[tag] = score + scores[i * tags + tag];
                back[i, tag] = from;
            }
            best = next;
        }
        if (run.BeforeOutside)
        {
            for (var tag = 0; tag < tags; tag++) best[tag] += transitions[tag * tags + NameTags.Outside];
        }
        var path = new int[length];
        for (var tag = 1; tag < tags; tag++) if (best[tag] > best[path[length - 1]]) path[length - 1] = tag;
        for (var i = length - 1; i > 0; i--) path[i - 1] = back[i, path[i]];
        var spans = new List<(int Start, int Length, int Label)>();
        for (var i = 0; i < length;)
        {
            if (path[i] == NameTags.Outside || NameTags.IsInside(path[i])) { i++; continue; }
            var end = i + 1;
            while (end < length && path[end] == NameTags.Inside(NameTags.LabelOf(path[i]))) end++;
            spans.Add((i, end - i, NameTags.LabelOf(path[i])));
            i = end;
        }
        return spans;
    }

    [Test]
    public void A_frequent_verb_is_certainly_outside_a_name_except_before_or_as_a_company_head()
    {
        _ = SharedExtractor.Instance; // jieba's dictionary tells the frequent verbs
        const string text = "加快开发新品。蓝湾开发有限公司。蓝湾控股。";
        var words = new[] { "加快", "开发", "新品", "。", "蓝湾", "开发", "有限公司", "。", "蓝湾", "控股", "。" };
        var tokens = new List<Token>();
        var at = 0;
        foreach (var word in words)
        {
            tokens.Add(new Token(at, word.Length, word, null));
            at += word.Length;
        }
        var outside = NameModelRecognizer.OutsideForSure(text, tokens, SharedExtractor.Resources.Names);
        Assert.That(outside[text.IndexOf("开发新品", StringComparison.Ordinal)], Is.True, "开发 before an ordinary word");
        Assert.That(outside[text.IndexOf("开发有限", StringComparison.Ordinal)], Is.False, "开发 before the legal form");
        Assert.That(outside[text.IndexOf("控股", StringComparison.Ordinal)], Is.False, "控股 is a company head itself");
    }

    [Test]
    public void The_shipped_model_loads_and_finds_a_person_and_a_company()
    {
        var text = "浙江吉利控股集团董事长李书福昨天在杭州宣布了这项计划。";
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { Labels = EntityLabel.Person | EntityLabel.Company });
        Assert.That(result.People.Select(p => p.Text), Does.Contain("李书福"));
        Assert.That(result.Companies.Select(c => c.Text).Any(c => c.Contains("吉利")), Is.True);
    }

    [Test]
    public void Training_on_a_tiny_set_is_reproducible_and_learns_it()
    {
        var sentences = Enumerable.Range(0, 4).SelectMany(_ => new[]
        {
            new TrainingSentence("星河电子今天在苏州发布新品。", [(0, 4, EntityLabel.Company), (7, 2, EntityLabel.Location)]),
            new TrainingSentence("记者王大海报道了星河电子。", [(2, 3, EntityLabel.Person), (8, 4, EntityLabel.Company)]),
            new TrainingSentence("苏州的天气很好。", [(0, 2, EntityLabel.Location)]),
        }).ToList();
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var options = new NameModelTrainingOptions(Iterations: 3);
        var (first, _) = trainer.Train(sentences, options);
        var (second, _) = trainer.Train(sentences, options);

        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        second.Save(b);
        Assert.That(a.ToArray(), Is.EqualTo(b.ToArray()), "same data and seed give the same model");

        a.Position = 0;
        var reloaded = NameTagModel.Load(a);
        var (folded, tokens) = trainer.Prepare("星河电子今天在苏州发布新品。");
        Assert.That(NameModelRecognizer.Tag(reloaded, folded, tokens, trainer.Lexicons), Does.Contain((0, 4, Company)));
    }

    [Test]
    public void A_model_file_opens_with_text_lines_naming_its_data_and_loads_with_them_from_any_stream()
    {
        var sentences = new List<TrainingSentence> { new("星河电子今天在苏州发布新品。", [(0, 4, EntityLabel.Company), (7, 2, EntityLabel.Location)]) };
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (model, _) = trainer.Train(sentences, new NameModelTrainingOptions(Iterations: 2, SequenceEpochs: 0));
        using var plain = new MemoryStream();
        using var headed = new MemoryStream();
        model.Save(plain);
        model.Save(headed, ["trained on corpus/dev/tune.gold.jsonl", "second line"]);

        var bytes = headed.ToArray();
        var header = "# trained on corpus/dev/tune.gold.jsonl\n# second line\n"u8.ToArray();
        Assert.That(bytes[..header.Length], Is.EqualTo(header), "the first lines are text");
        Assert.That(bytes[header.Length..], Is.EqualTo(plain.ToArray()), "then the same weights as without a header");
        foreach (var stream in new Stream[] { new MemoryStream(bytes), new ForwardOnlyStream(bytes), new MemoryStream(plain.ToArray()) })
        {
            var reloaded = NameTagModel.Load(stream);
            Assert.That(reloaded.Transitions, Is.EqualTo(model.Transitions));
        }
    }

    /// <summary>A stream that cannot seek, as a network or decompression stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Test]
    public void The_sequence_perceptron_learns_from_zero_weights_what_the_decoder_then_finds()
    {
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("记者王大海报道了星河电子的新品。");
        var features = new int[folded.Length * NameFeatures.Base];
        NameFeatures.Extract(folded, tokens, trainer.Lexicons, NameFeatures.Base, features);
        var gold = new int[folded.Length];
        gold[8] = NameTags.Begin(Company);
        for (var i = 9; i < 12; i++) gold[i] = NameTags.Inside(Company);
        var tags = NameTags.Count;
        var perceptron = new SequencePerceptron(new float[NameFeatures.Space * tags], new float[tags], new float[tags * tags], NameFeatures.Base);
        var zero = NameTagModel.FromWeights(new float[NameFeatures.Space * tags], new float[tags], new float[tags * tags], NameFeatures.Base);
        Assert.That(NameModelRecognizer.Tag(zero, folded, tokens, trainer.Lexicons), Is.Empty, "zero weights find nothing");

        perceptron.Train([new SequencePerceptron.Sentence(features, gold, NameModelRecognizer.OutsideForSure(folded, tokens, trainer.Names))], epochs: 5, rate: 1f, seed: 1);
        var (weights, biases, transitions) = perceptron.Averaged();

        Assert.That(NameModelRecognizer.Tag(NameTagModel.FromWeights(weights, biases, transitions, NameFeatures.Base), folded, tokens, trainer.Lexicons), Is.EqualTo(new[] { (8, 4, Company) }));
    }

    [TestCase(9)] // the shipped tag set
    [TestCase(5)] // fewer than a vector's eight lanes, more than eight, and a full second vector: the scores are stored
    [TestCase(8)] // lane by lane in other ways (speed13)
    [TestCase(12)]
    [TestCase(16)]
    public void Scores_read_only_the_rows_of_the_features_given_even_the_last_row_and_its_neighbours(int tags)
    {
        // rows lie one after another (no padding), so a vector load of a row also reads the next row's weights: they
        // must never reach the scores; the last row's load must stay inside the table
        var weights = new float[NameFeatures.Space * tags];
        for (var i = 0; i < weights.Length; i++) weights[i] = (i * 7919 % 2001 - 1000) / 1000f;
        var biases = Enumerable.Range(0, tags).Select(t => t / 10f).ToArray();
        var model = NameTagModel.FromWeights(weights, biases, new float[tags * tags], NameFeatures.Base);
        var scale = weights.Max(Math.Abs) / short.MaxValue;
        int[] features = [0, 1, 2, NameFeatures.Space / 2, NameFeatures.Space - 2, NameFeatures.Space - 1, 0, 5, 6, 7, 8, 9, 10, NameFeatures.Space - 1];
        var scores = new float[tags];
        model.Score(features, scores);
        for (var tag = 0; tag < tags; tag++)
        {
            var sum = features.Sum(f => (int)Math.Round(weights[f * tags + tag] / scale));
            Assert.That(scores[tag], Is.EqualTo(biases[tag] + scale * sum), $"tag {tag}");
        }
    }

    [Test]
    public void The_feature_indices_are_the_hashes_of_each_template_computed_one_at_a_time()
    {
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("格力电器与ABC公司在珠海签约 2020年投资50亿元，王大海出席。");
        var lexicons = trainer.Lexicons;
        var words = NameFeatures.Words(folded, tokens, lexicons, NameFeatures.WithLexicons);
        var features = new int[folded.Length * NameFeatures.WithLexicons];
        NameFeatures.Extract(folded, tokens, lexicons, NameFeatures.WithLexicons, features);
        static int N(char c) => c is >= '0' and <= '9' ? '0' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        static int Hash(int template, int a, int b = 0, int c = 0) => FeatureHash.Of(template, a, b, c);
        for (var i = 0; i < folded.Length; i++)
        {
            var (c0, cm1, cp1) = (N(folded[i]), i > 0 ? N(folded[i - 1]) : '\u0002', i + 1 < folded.Length ? N(folded[i + 1]) : '\u0003');
            var w = words[i];
            int[] expected =
            [
                Hash(0, c0), Hash(1, cm1), Hash(2, cp1), Hash(3, cm1, c0), Hash(4, c0, cp1), Hash(5, cm1, c0, cp1),
                Hash(6, w.Position, c0), Hash(7, w.Position, w.Word), Hash(8, w.Position, w.Previous), Hash(9, w.Position, w.Next),
                Hash(10, w.Position, (int)w.Lexicon, (int)w.NextLexicon), Hash(11, c0, (int)w.NextLexicon), Hash(12, w.Position, w.Tag),
                Hash(13, w.PreviousTag, w.Tag, w.NextTag), Hash(14, w.Company, w.Place), Hash(15, w.Company, w.Place, w.Tag),
            ];
            Assert.That(features.AsSpan(i * NameFeatures.WithLexicons, NameFeatures.WithLexicons).ToArray(), Is.EqualTo(expected), $"character {i}");
        }
    }

    [Test]
    public void A_words_lexicon_class_is_looked_up_once_with_the_three_lists_order_place_company_head_organisation_head()
    {
        var lexicons = ModelLexicons.From(SharedExtractor.Resources);
        var names = lexicons.Names;
        NameFeatures.LexiconClass OneListAtATime(string word) =>
            names.Places.All.Contains(word) ? NameFeatures.LexiconClass.Place
            : names.Lexicons.CompanySuffixes.Contains(word) ? NameFeatures.LexiconClass.CompanyHead
            : names.Lexicons.OrganizationSuffixes.Contains(word) ? NameFeatures.LexiconClass.OrganizationHead
            : NameFeatures.LexiconClass.None;
        string[] others = ["珠海市", "发展", "公", "有限公司集团", "委员", "x"];
        var words = names.Places.All.Keys.Concat(names.Lexicons.CompanySuffixes.Keys).Concat(names.Lexicons.OrganizationSuffixes.Keys).Concat(others).ToList();
        foreach (var word in words) Assert.That(lexicons.LexiconClassOf(word), Is.EqualTo(OneListAtATime(word)), word);
        Assert.That(words.Select(word => lexicons.LexiconClassOf(word)).Distinct().Count(), Is.EqualTo(4), "every class occurs");
    }

    [Test]
    public void A_word_table_from_the_pools_keeps_nothing_of_the_text_read_before_it()
    {
        // texts of one length and word count, so that the pools hand the first text's arrays to the second
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var lexicons = trainer.Lexicons;
        var (before, beforeTokens) = trainer.Prepare(string.Concat(Enumerable.Repeat("珠海市的格力电器，", 10)));
        var (text, tokens) = trainer.Prepare(string.Concat(Enumerable.Repeat("王大海出席了会议，", 10)));
        var companies = new byte[text.Length];
        var places = new byte[text.Length];
        LexiconMarks.Mark(text, tokens, lexicons, companies, places);
        using (var fresh = NameFeatures.Words(before, beforeTokens, lexicons, NameFeatures.WithClusters))
            Assert.That(Enumerable.Range(0, before.Length).Count(i => fresh[i].Company != LexiconMarks.None && fresh[i].Place == LexiconMarks.None), Is.GreaterThan(0), "the first text has marks to leave behind");
        for (var round = 0; round < 3; round++)
        {
            NameFeatures.Words(before, beforeTokens, lexicons, NameFeatures.WithClusters).Dispose();
            using var words = NameFeatures.Words(text, tokens, lexicons, NameFeatures.WithClusters);
            for (var i = 0; i < text.Length; i++)
                Assert.That((words[i].Company, words[i].Place), Is.EqualTo(((int)companies[i], (int)places[i])), $"character {i}");
            Assert.That((words[0].Previous, words[0].PreviousTag, words.Classes(0).Previous), Is.EqualTo((-1, -1, -1)), "before the first word");
            var last = text.Length - 1;
            Assert.That((words[last].Next, words[last].NextTag, words[last].NextLexicon, words.Classes(last).Next), Is.EqualTo((-2, -2, NameFeatures.LexiconClass.None, -2)), "after the last word");
        }
    }

    [Test]
    public void The_base_features_are_the_first_templates_of_the_features_with_lexicons()
    {
        // the fourteen are written into a shorter span than the sixteen: the last six hashes of the upper vector must land, the other two not
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("格力电器与ABC公司在珠海签约 2020年投资50亿元，王大海出席。");
        var withLexicons = new int[folded.Length * NameFeatures.WithLexicons];
        NameFeatures.Extract(folded, tokens, trainer.Lexicons, NameFeatures.WithLexicons, withLexicons);
        var baseOnly = new int[folded.Length * NameFeatures.Base + 1];
        baseOnly[^1] = -1;
        NameFeatures.Extract(folded, tokens, trainer.Lexicons, NameFeatures.Base, baseOnly.AsSpan(0, folded.Length * NameFeatures.Base));
        for (var i = 0; i < folded.Length; i++)
            Assert.That(baseOnly.AsSpan(i * NameFeatures.Base, NameFeatures.Base).ToArray(),
                Is.EqualTo(withLexicons.AsSpan(i * NameFeatures.WithLexicons, NameFeatures.Base).ToArray()), $"character {i}");
        Assert.That(baseOnly[^1], Is.EqualTo(-1), "nothing is written past the last character's features");
    }

    [Test]
    public void A_model_file_of_another_format_is_refused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Throws<InvalidDataException>(() => NameTagModel.Load(stream));
    }
}
