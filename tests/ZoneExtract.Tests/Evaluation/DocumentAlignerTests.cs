using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

public class DocumentAlignerTests
{
    private static GoldDocument Doc(string? id, string text) => new(id, text, null, []);

    [Test]
    public void Pairs_by_id_when_every_document_has_one()
    {
        var pairs = DocumentAligner.Align([Doc("a", "甲"), Doc("b", "乙")], [Doc("b", "乙"), Doc("a", "甲")]);

        Assert.That(pairs.Select(p => (p.Gold.Id, p.Predicted.Id)), Is.EqualTo(new[] { ("a", "a"), ("b", "b") }));
    }

    [Test]
    public void Pairs_by_position_when_an_id_is_missing()
    {
        var pairs = DocumentAligner.Align([Doc("a", "甲"), Doc(null, "乙")], [Doc("x", "甲"), Doc("y", "乙")]);

        Assert.Multiple(() =>
        {
            Assert.That(pairs.Select(p => p.Predicted.Id), Is.EqualTo(new[] { "x", "y" }));
            Assert.That(pairs[1].NameAt(1), Is.EqualTo("#2"));
        });
    }

    [Test]
    public void Refuses_missing_extra_duplicated_or_different_documents()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DocumentAligner.Align([Doc("a", "甲"), Doc("b", "乙")], [Doc("a", "甲")]),
                Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("no prediction for gold document 'b'"));
            Assert.That(() => DocumentAligner.Align([Doc("a", "甲")], [Doc("a", "甲"), Doc("c", "丙")]),
                Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("not in the gold file: c"));
            Assert.That(() => DocumentAligner.Align([Doc("a", "甲")], [Doc("a", "甲"), Doc("a", "甲")]),
                Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("document id 'a' twice"));
            Assert.That(() => DocumentAligner.Align([Doc(null, "甲")], [Doc(null, "甲"), Doc(null, "乙")]),
                Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("the gold file has 1 and the predictions 2"));
            Assert.That(() => DocumentAligner.Align([Doc("a", "重庆高新区\n今年")], [Doc("a", "重庆高新区\r\n今年")]),
                Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("document a: the predicted text differs from the gold text at character 5"));
        });
    }
}
