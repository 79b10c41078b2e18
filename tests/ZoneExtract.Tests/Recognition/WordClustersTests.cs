using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Tests.Recognition;

/// <summary>Word classes from unlabeled text (the exchange algorithm) and the name model's features over them.</summary>
public class WordClustersTests
{
    [Test]
    public void Words_that_stand_in_the_same_contexts_share_a_class_and_other_words_do_not()
    {
        // every sentence is a place, a verb, a place: two classes predict each next class for sure, any other split does not
        string[] places = ["北京", "上海", "广州"], verbs = ["连接", "靠近", "超过"];
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var first in places)
        foreach (var verb in verbs)
        foreach (var second in places)
            sentences.Add([first, verb, second]);
        var classes = WordClustering.Cluster(sentences, classes: 2, minCount: 2, passes: 10, log: null);
        Assert.That(places.Select(w => classes[w]).Distinct().Count(), Is.EqualTo(1), string.Join(" ", classes.Select(e => e.Key + e.Value)));
        Assert.That(verbs.Select(w => classes[w]).Distinct().Count(), Is.EqualTo(1), string.Join(" ", classes.Select(e => e.Key + e.Value)));
        Assert.That(classes["北京"], Is.Not.EqualTo(classes["连接"]));
        Assert.That(WordClustering.Cluster(sentences, 2, 2, 10, null), Is.EqualTo(classes), "the same text gives the same classes");
    }

    [Test]
    public void Words_rarer_than_the_minimum_count_get_no_class()
    {
        var sentences = new List<IReadOnlyList<string>> { new[] { "常见", "罕见" }, new[] { "常见", "词" }, new[] { "常见", "词" } };
        Assert.That(WordClustering.Cluster(sentences, 2, minCount: 2, passes: 3, log: null).Keys, Is.EquivalentTo(new[] { "常见", "词" }));
    }

    [Test]
    public void The_cluster_features_are_the_list_features_then_the_classes_of_the_word_and_its_neighbours_with_the_position()
    {
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("格力电器在珠海投资，王大海出席。");
        var known = new Dictionary<string, int> { ["格力"] = 7, ["电器"] = 3, ["珠海"] = 9, ["投资"] = 3 };
        var lexicons = new ModelLexicons(trainer.Lexicons.Names, trainer.Lexicons.Companies, trainer.Lexicons.Places, new Lazy<WordClasses>(() => new WordClasses(known)));
        var withClusters = new int[folded.Length * NameFeatures.WithClusters];
        NameFeatures.Extract(folded, tokens, lexicons, NameFeatures.WithClusters, withClusters);
        var withLexicons = new int[folded.Length * NameFeatures.WithLexicons];
        NameFeatures.Extract(folded, tokens, lexicons, NameFeatures.WithLexicons, withLexicons);
        var words = NameFeatures.Words(folded, tokens, lexicons, NameFeatures.WithLexicons);
        var cuts = tokens.Where(t => t.End <= folded.Length).ToList();
        int ClassAt(int t) => t < 0 ? -1 : t >= cuts.Count ? -2 : known.GetValueOrDefault(folded.Substring(cuts[t].Start, cuts[t].Length), WordClasses.Unknown);
        for (var i = 0; i < folded.Length; i++)
        {
            var own = withClusters.AsSpan(i * NameFeatures.WithClusters, NameFeatures.WithClusters);
            Assert.That(own[..NameFeatures.WithLexicons].ToArray(), Is.EqualTo(withLexicons.AsSpan(i * NameFeatures.WithLexicons, NameFeatures.WithLexicons).ToArray()), $"character {i}");
            var t = cuts.FindIndex(c => c.Start <= i && i < c.End);
            var p = words[i].Position;
            Assert.That(own[NameFeatures.WithLexicons..].ToArray(), Is.EqualTo(new[] { FeatureHash.Of(16, p, ClassAt(t)), FeatureHash.Of(17, p, ClassAt(t - 1)), FeatureHash.Of(18, p, ClassAt(t + 1)) }),
                $"character {i}");
        }
    }

    [Test]
    public void A_model_trained_with_cluster_features_reads_nineteen_per_character_and_tags_what_it_learnt()
    {
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var sentences = Enumerable.Repeat(new TrainingSentence("星河电子今天在苏州发布新品。", [(0, 4, EntityLabel.Company)]), 4).ToList();
        var (model, _) = trainer.Train(sentences, new NameModelTrainingOptions(Iterations: 3, SequenceEpochs: 2, ClusterFeatures: true));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NameTagModel.Load(stream);
        Assert.That(loaded.FeaturesPerCharacter, Is.EqualTo(NameFeatures.WithClusters));
        var (folded, tokens) = trainer.Prepare("星河电子今天在苏州发布新品。");
        Assert.That(NameModelRecognizer.Tag(loaded, folded, tokens, trainer.Lexicons), Does.Contain((0, 4, 0)));
    }

    [Test]
    public void A_word_class_read_by_the_words_trie_node_is_the_class_of_its_text()
    {
        var common = SharedExtractor.Resources.Names.Common;
        var listed = new DataFiles(null).ReadRecords(WordClasses.FileName, 2).ToDictionary(r => r[0], r => int.Parse(r[1]), StringComparer.Ordinal);
        var byNode = WordClasses.Load(new DataFiles(null), common);
        var wrong = listed.Where(e => byNode.ClassOf(common.NodeOf(e.Key), e.Key) != e.Value || byNode.ClassOf(0, e.Key) != e.Value).Select(e => e.Key).Take(5).ToList();
        Assert.That(wrong, Is.Empty, "every word of the shipped file, by its node and without one (by its character or text)");
        Assert.That(new[] { "，", "。", "a", "0" }.Select(w => byNode.ClassOf(0, w)), Is.EqualTo(new[] { "，", "。", "a", "0" }.Select(w => listed.GetValueOrDefault(w, WordClasses.Unknown))));
        var inDictionary = listed.Where(e => common.NodeOf(e.Key) != 0).ToList();
        var (first, other) = (inDictionary[0], inDictionary.First(e => e.Value != inDictionary[0].Value));
        Assert.That(byNode.ClassOf(common.NodeOf(first.Key), other.Key), Is.EqualTo(first.Value), "the node decides, not a hash of the text");

        // the features over a text with dictionary words, words of the HMM, full-width letters and a layout break are those of the classes read by text
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("苏州高新区管委会与ＡＢＣ科技签约，格力电器在珠海投资，王大海出席了签约仪式并讲话，该项目总投资约为十二亿元人民币，预计明年\n\n建成投产。");
        Assert.That(ZoneExtract.Segmentation.TokenList.DictionaryNodes(tokens).ToArray().Count(n => n != 0), Is.GreaterThan(10));
        var names = trainer.Lexicons;
        int[] Features(WordClasses classes)
        {
            var lexicons = new ModelLexicons(names.Names, names.Companies, names.Places, new Lazy<WordClasses>(() => classes));
            var features = new int[folded.Length * NameFeatures.WithClusters];
            NameFeatures.Extract(folded, tokens, lexicons, NameFeatures.WithClusters, features);
            return features;
        }
        Assert.That(Features(byNode), Is.EqualTo(Features(new WordClasses(listed))));
    }

    [Test]
    public void A_class_file_is_read_with_its_hash_and_refused_when_a_word_is_listed_twice()
    {
        var folder = Directory.CreateTempSubdirectory("zoneextract-classes-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, WordClasses.FileName), "# test\n公司\t1\n集团\t1\n公司\t2\n");
            Assert.Throws<InvalidDataException>(() => WordClasses.Load(new DataFiles(folder.FullName)));
            File.WriteAllText(Path.Combine(folder.FullName, WordClasses.FileName), "# test\n公司\t1\n集团\t2\n");
            var classes = WordClasses.Load(new DataFiles(folder.FullName));
            Assert.That((classes.ClassOf("集团"), classes.ClassOf("银行")), Is.EqualTo((2, WordClasses.Unknown)));
            var bytes = File.ReadAllBytes(Path.Combine(folder.FullName, WordClasses.FileName));
            Assert.That(classes.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))), "for the model's provenance");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
