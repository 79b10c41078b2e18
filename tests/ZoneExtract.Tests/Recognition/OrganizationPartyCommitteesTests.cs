using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The democratic parties and their committees (texts written for these tests).</summary>
public class OrganizationPartyCommitteesTests
{
    private static Entity[] Extend(string text, params Entity[] accepted) =>
        OrganizationPartyCommittees.Extend(new Document(text, text, [], null, EntityLabel.All), accepted, SharedExtractor.Resources.Names.Lexicons);

    [TestCase("会议期间，民建商丘市委会向大会提交提案。", "民建商丘市委会")]
    [TestCase("民进海南省委会主委出席。", "民进海南省委会")]
    [TestCase("民进内蒙古区委会原主委出席。", "民进内蒙古区委会")]
    [TestCase("九三学社天津市委员会召开会议。", "九三学社天津市委员会")]
    [TestCase("民进中央提交集体提案。", "民进中央")]
    public void A_committee_opened_by_a_party_s_name_is_one_body(string text, string committee)
    {
        // what was read inside the committee's name (商丘市委, 中央) gives way to it
        var inner = text.IndexOf(committee, StringComparison.Ordinal) + 2;
        var length = Math.Min(4, committee.Length - 2);
        var extended = Extend(text, new OrganizationEntity(inner, length, text.Substring(inner, length)));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Organization, committee) }));
    }

    [TestCase("中共商丘市委召开会议。")]
    [TestCase("农民建设市场。")]
    public void No_party_s_name_no_party_committee(string text) => Assert.That(Extend(text), Is.Empty);

    [TestCase("民进5件提案入选全国政协年度好提案。", "民进")]
    [TestCase("民建会员参加会议。", "民建")]
    public void A_party_by_its_short_form_is_an_organisation(string text, string party) =>
        Assert.That(SharedExtractor.Instance.Extract(text).Entities.OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(party));

    [TestCase("人民进行了投票。")]
    [TestCase("居民建议增加公交。")]
    [TestCase("民进党当局表示反对。")]
    public void A_party_s_short_form_inside_another_word_is_none(string text) =>
        Assert.That(SharedExtractor.Instance.Extract(text).Entities.OfType<OrganizationEntity>().Select(o => o.Text), Does.Not.Contain("民进").And.Not.Contain("民建"));

    [Test]
    public void A_correspondent_s_foreign_station_stays_outside_the_outlet() =>
        Assert.That(SharedExtractor.Instance.Extract("报告建议减少贸易壁垒。(经济日报驻日内瓦记者 杨海泉)").Entities.OfType<OrganizationEntity>().Select(o => o.Text),
            Is.EqualTo(new[] { "经济日报" }));
}
