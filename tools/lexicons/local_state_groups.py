#!/usr/bin/env python3
"""Convert the lists of the enterprises that the provincial (and Xinjiang Production and Construction Corps) SASACs
supervise (省国资委监管企业名录) into local-state-groups.tsv: the groups owned by provinces and big cities that government
and economic news names constantly (陕煤集团, 陕西交控, 首钢集团, 潞安化工集团), most of them unlisted.

Input: site/data/entity_list.csv of github.com/Promise0130/guozi, commit ae97700 (2026-04-03): a restatement of the lists
that the SASACs publish on their sites (gzw.beijing.gov.cn/yggq/jgqy/, www.gzw.sh.gov.cn, sasac.tj.gov.cn, gzw.gd.gov.cn,
jsgzw.jiangsu.gov.cn, gzw.gxzf.gov.cn, gzw.fujian.gov.cn …; each row names its SASAC and site), extracted on 2026-04-02
and 2026-04-04; for a few provinces only the firms that the SASAC's news names (Shandong, Sichuan, Zhejiang, Hebei …).
Only the registered name (entity_name_full), the list's short name (entity_name_short) and the province are taken; a row
that names no firm (东莞市国资委监管企业) or no company (北京市供销合作总社) is left out.

Left out, so that each firm has one record: a firm whose registered name (brackets of either width), own short name or
group's name is a name or form of another company list (山东高速 of the exchange; 上海国际集团, 光明食品 of companies.tsv's
controllers), or whose name without its legal form is a listed name (晋能控股集团 of chinese-global-500.tsv). Unlike the
private groups, a listed unit's form inside the group's name does not count (陕西煤业 of 陕西煤业化工集团, 延长石油 of
延长石油国际), nor does a listed name that contracts the group's (天源集团 is no 天津能源投资集团): a state group and its
listed unit are two firms, and the unit's forms stay the unit's.
Forms by the rules of chinese_private_top500.py (the group's name, the name without legal form, place and one industry
word; common vocabulary, places, bare two-character trade names and forms that two firms share left out; an ambiguous
cut form of three characters too, 长三角 of 长三角投资), but a form that drops the place opening the name is left out
(城建集团 of 北京城建集团, 地矿集团 of 陕西地矿集团: what is left is the kind of firm that every province and city has); and one
more form: the list's short name when it opens with the firm's province or the province's one-character short name
(陕西交控, 陕煤集团, 陕汽控股, 广西交投): such a name is the firm's own; a short name without it is most often the bare kind
of firm that every province has (交投集团, 机场集团, 能源集团) and is left out.
Ambiguous marks as in chinese-private-top-500.tsv: common words, persons' and places' names, a county's name, a cut form
that opens with a well-known place (陕西交控, 北京城建), and the form cut of both its place and an industry word.

Usage, from the repository root:
    git -C guozi show ae97700:site/data/entity_list.csv > entity_list.csv
    python3 tools/lexicons/local_state_groups.py entity_list.csv ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
"""

import csv
import os
import sys

from chinese_firms_of_global500 import NATIONAL_PLACES, TRADE_NAME_LENGTH, county_names, read_lists
from chinese_private_top500 import LISTS as PRIVATE_TOP500_LISTS, group_names, kept_and_ambiguous_forms
from companies_from_public_lists import EXTRA_INDUSTRY_WORDS, NATIONAL_PREFIX_ONLY, CommonWords, place_stems, read_words, unique
from fortune_global_500 import DATA, FOREIGN_INDUSTRY_WORDS, Forms, sole_forms
from lexicon_io import write_lexicon

OUTPUT = os.path.join(DATA, "local-state-groups.tsv")
LISTS = PRIVATE_TOP500_LISTS + ["chinese-private-top-500.tsv"]
TAG = "provincial-sasac-lists-2026"
EXPECTED_ROWS = 401
SHORT_FORM_LENGTH = 3
FIRM_ROW_LEVEL = "L1"  # the rows of level L2 stand for a city's whole list (广州市国资委监管企业), not for a firm
# The provinces' one-character short names (简称) as the lists write the province (陕西 → 陕 of 陕煤集团); 新疆兵团 is 兵
PROVINCE_SHORT_NAMES = {
    "北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "蒙", "辽宁": "辽", "吉林": "吉", "黑龙江": "黑",
    "上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫",
    "湖北": "鄂", "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼", "重庆": "渝", "四川": "川", "贵州": "黔",
    "云南": "滇", "西藏": "藏", "陕西": "陕", "甘肃": "甘", "青海": "青", "宁夏": "宁", "新疆": "新", "新疆兵团": "兵",
}


def read_rows(path):
    """The firms' rows: (registered name, the list's short name, province)."""
    with open(path, encoding="utf-8-sig") as source:
        rows = list(csv.DictReader(source))
    if len(rows) != EXPECTED_ROWS:
        raise SystemExit("%s: expected %d rows, got %d" % (path, EXPECTED_ROWS, len(rows)))
    return [(row["entity_name_full"], row["entity_name_short"], row["province"]) for row in rows
            if row["admin_level"] == FIRM_ROW_LEVEL and row["entity_name_full"].endswith("公司")]


def own_short_name(short, province):
    """The list's short name when it opens with the province or its one-character short name (陕西交控, 陕煤集团), else None;
    never one that closes with 公司 (吉盛公司), which is how a text calls back a firm named before."""
    own = short.startswith((province, PROVINCE_SHORT_NAMES[province])) and len(short) > TRADE_NAME_LENGTH
    return short if own and not short.endswith("公司") else None


def held_elsewhere(forms, name, short, listed_names, listed):
    """True when another list holds the firm: its registered name (brackets of either width), its own short name or its
    group's name is a name or form there (首钢集团有限公司 of companies.tsv's controllers, 山东高速 of the exchange), or
    the name without its legal form is a listed name (晋能控股 of chinese-global-500.tsv). A form of a listed unit that
    the group's name contains says nothing (陕西煤业 of 陕西煤业化工集团, 延长石油 of 延长石油国际): the group and its
    listed unit are two firms, and the unit's forms stay the unit's."""
    names = [name, name.replace("（", "(").replace("）", ")"), short] + group_names(forms, name)
    return any(n in listed for n in names) or forms.core(name) in listed_names


def keeps_place(forms, name, form):
    """False for a form cut of the place that opens the firm's name (城建集团 of 北京城建集团, 地矿集团 of 陕西地矿集团): a
    state group is named for its place and its trade, and without the place what is left is the kind of firm that every
    province and city has."""
    opens_with_place = lambda text: forms._without_country(forms.core(text)) != forms.core(text)
    return not opens_with_place(name) or opens_with_place(form)


def main(path, jieba_dict):
    places = place_stems() | set(NATIONAL_PLACES)
    industry = read_words(os.path.join(DATA, "company-suffixes.tsv")) + EXTRA_INDUSTRY_WORDS + FOREIGN_INDUSTRY_WORDS
    common = CommonWords(jieba_dict)
    forms = Forms(places, industry, common)
    listed_names, listed = read_lists(LISTS)
    counties = county_names()
    shorts = {name: own_short_name(short, province) for name, short, province in read_rows(path)}
    already = [name for name, short in shorts.items() if held_elsewhere(forms, name, short, listed_names, listed)]
    derived = {}
    for name in (name for name in shorts if name not in already):
        cut = [f for f in group_names(forms, name) + forms.of(name)
               if not forms._word_or_place(f) and not NATIONAL_PREFIX_ONLY.fullmatch(f) and keeps_place(forms, name, f)]
        short = shorts[name]
        derived[name] = unique(cut + [short] * (short is not None and not forms._word_or_place(short)))
    registered = set(derived)
    records = []
    for name, own in sorted(sole_forms(derived).items()):
        # a group's name is the firm's own, with its place or not (广东省广晟控股集团); a cut form that opens with a place
        # (陕西交控) reads as the place's trade as easily, and so does the form cut twice: both need evidence
        groups, own, ambiguous = kept_and_ambiguous_forms(forms, common, counties, listed, registered, name, own)
        # a short ambiguous cut form (长三角 of 长三角投资) is a region or a word as often as the firm: left out
        own = [f for f in own if f in groups or len(f) > SHORT_FORM_LENGTH or f not in ambiguous]
        ambiguous = [f for f in ambiguous if f == name or f in own]
        records.append((name, " ".join(own), TAG, " ".join(ambiguous)))
    write_lexicon(OUTPUT, HEADER, records)
    print("%d records; %d left out as listed: %s" % (len(records), len(already), " ".join(already)))


HEADER = [
    "Source: the lists of the enterprises that the provincial SASACs supervise (省国资委监管企业名录, on the SASACs' sites:",
    "gzw.beijing.gov.cn, www.gzw.sh.gov.cn, sasac.tj.gov.cn, gzw.gd.gov.cn, jsgzw.jiangsu.gov.cn, gzw.gxzf.gov.cn,",
    "gzw.fujian.gov.cn, sxgz.shaanxi.gov.cn and others), as restated on 2026-04-02 and 2026-04-04 in",
    "github.com/Promise0130/guozi, site/data/entity_list.csv, commit ae97700 (ae977001e58e85bc53d7282e60c78419f7451dd2);",
    "for a few provinces only the firms that the SASAC's news names. Registered names, short names and provinces only.",
    "No licence is stated. The firms that the other company lists do not hold: a firm whose name, own short name or group's",
    "name is a name or form of companies.tsv, internet-companies.tsv, central-enterprise-news-forms.tsv,",
    "professional-service-firms.tsv, fortune-global-500.tsv, chinese-global-500.tsv, foreign-listed-firms.tsv,",
    "former-a-share-names.tsv or chinese-private-top-500.tsv, or whose name without legal form is a listed name, is left",
    "out; a listed unit's form inside the group's name (陕西煤业 of 陕西煤业化工集团) stays the unit's, not the group's.",
    "Forms derived by rule as in chinese-private-top-500.tsv (the group's name; drop the legal form, a leading place, one",
    "industry word; common words, places, two-character trade names and forms two firms share left out; a form that drops",
    "the place opening the name left out too: 城建集团 of 北京城建集团), and the list's short name when it opens with the",
    "province or its one-character short name (陕西交控, 陕煤集团, 广西交投).",
    "The four columns of chinese-global-500.tsv, with the ambiguity marks of chinese-private-top-500.tsv.",
    "Only CompanyLexicon.Listed reads it (the rules), the name model's list features do not.",
    "Generated by tools/lexicons/local_state_groups.py; do not edit by hand.",
]


if __name__ == "__main__":
    main(*sys.argv[1:3])
