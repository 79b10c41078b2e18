#!/usr/bin/env python3
"""Convert the All-China Federation of Industry and Commerce's list 中国民营企业500强 (2026 edition, by 2025 revenue)
into chinese-private-top-500.tsv: the large private groups that no other company list names, most of them unlisted
(信发集团, 冀南钢铁, 东明石化, 德龙钢铁产业集团, 上上电缆, 德力西, 奥克斯).

Input: assets/private-enterprises-2026.json of github.com/Jelix-o/ubot-ai-agent, commit 84091c0 (a restatement of the
list published on 2026-09-22, checked row by row against the published table by its authors): the 500 entries' names.
Only the name is taken; the script reads the file's "entries" (rank, name).

Left out, so that each firm has one record, as in chinese_firms_of_global500.py: a firm whose name, or the name without
its legal form and industry word at any step, with or without a leading province, city or 中国, or the brand in brackets
that closes its name (美团 of 北京三快在线科技有限公司（美团）), is a name or form of another company list (京东集团, 比亚迪,
华为投资控股 → 华为, 恒力集团 of chinese-global-500.tsv), or that a listed name of three characters or more contracts
(上汽集团 of 上海汽车集团).
Forms by the rules of chinese_firms_of_global500.py: drop the bracketed part and the legal form (信发集团有限公司 →
信发), then a leading place
(河北津西钢铁 → 津西钢铁), then one industry word (津西钢铁 → 津西); a form that jieba has as common vocabulary or a
well-known place, or made only of such words and industry words (人民|控股, 日出|实业), a cut form of two characters (a
bare trade name, 信发, 九羊: many local firms bear one), a form another list holds or two firms share, is left out; the
registered name and the group's name (信发集团, 九羊集团 of 山东九羊集团有限公司) stay.
Ambiguous: jieba's common words, names of persons and places, a county's name or short form, and a cut form that opens
with a well-known place, as in chinese-global-500.tsv; a form only in Latin letters (OPPO), as in fortune-global-500.tsv;
and the form that needed both the place and an industry word cut away (爱奇艺 of 北京爱奇艺科技: the video site as often as
the firm).

Usage, from the repository root:
    python3 tools/lexicons/chinese_private_top500.py private-enterprises-2026.json \
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
"""

import json
import os
import re
import sys

from chinese_firms_of_global500 import (GROUP_WORDS, LISTS as GLOBAL500_LISTS, NATIONAL_PLACES, TRADE_NAME_LENGTH, bare_forms,
                                        contracts, cores, county_names, read_lists)
from companies_from_public_lists import EXTRA_INDUSTRY_WORDS, NATIONAL_PREFIX_ONLY, CommonWords, place_stems, read_words, unique
from fortune_global_500 import DATA, FOREIGN_INDUSTRY_WORDS, Forms, is_latin_form, sole_forms
from lexicon_io import write_lexicon

OUTPUT = os.path.join(DATA, "chinese-private-top-500.tsv")
LISTS = GLOBAL500_LISTS + ["chinese-global-500.tsv", "foreign-listed-firms.tsv", "former-a-share-names.tsv"]
TAG = "acfic-private-top-500-2026"
EXPECTED_ENTRIES = 500
CLOSING_BRACKET = re.compile(r"[（(]([^）)]*)[）)]$")


def closing_brand(name):
    """The bracketed part that closes a registered name, the brand by which the list names the firm (美团 of
    北京三快在线科技有限公司（美团）), or None."""
    match = CLOSING_BRACKET.search(name)
    return match.group(1) if match and name[: match.start()].endswith("公司") else None


def read_names(path):
    """The list's names in rank order, without spaces (TCL 科技集团 → TCL科技集团)."""
    with open(path, encoding="utf-8") as source:
        entries = json.load(source)["entries"]
    if len(entries) != EXPECTED_ENTRIES:
        raise SystemExit("%s: expected %d entries, got %d" % (path, EXPECTED_ENTRIES, len(entries)))
    return [entry["name"].replace(" ", "") for entry in sorted(entries, key=lambda e: e["rank"])]


def group_names(forms, name):
    """The group's names that close with its group word, with and without a leading place (九羊集团 of 山东九羊集团有限公司):
    forms as they stand, never cut further."""
    return [f for f in cores(forms, name) if f.endswith(GROUP_WORDS) and f != name and not generic(forms, f)]


def generic(forms, group):
    """A group's name whose words before the group word are only common vocabulary, a place or industry words (钢铁控股集团
    of 日照钢铁控股集团 without its place, 建工集团 of 南通建工集团): no firm's name."""
    stem = forms.core(group)
    return stem == group or stem in forms.generic or forms._word_or_place(stem)


def cut_twice(forms, name):
    """The form that only cutting both the leading place and an industry word gives (爱奇艺 of 北京爱奇艺科技有限公司, 三快在线
    of 北京三快在线科技有限公司), or None: the least certain form, which names an operating company's platform or brand as
    often as the firm (爱奇艺 the video site)."""
    core = forms.core(name)
    without_place = forms._without_country(core)
    both = forms._without_industry(without_place)
    return both if both not in (core, without_place, forms._without_industry(core)) else None


def kept_and_ambiguous_forms(forms, common, counties, listed, registered, name, own, also_ambiguous=lambda form: False):
    """The firm's group names, the forms kept and the forms marked ambiguous: a cut form of two characters is a bare trade
    name (字号), which many local firms share (信发, 九羊), and is left out unless it is the group's name; jieba's common words,
    names of persons and places, a county's name, the form cut twice (爱奇艺) and a cut form that opens with a place need
    evidence."""
    groups = set(group_names(forms, name))
    own = [f for f in own if f not in listed and (f in groups or len(f) > TRADE_NAME_LENGTH)]
    twice = cut_twice(forms, name)
    ambiguous = [f for f in [name] + own if common.ambiguous(f) or forms.names_person_or_place(f) or f in counties
                 or also_ambiguous(f) or f == twice
                 or f not in registered and f not in groups and forms.opens_with_place(f)]
    return groups, own, ambiguous


def main(path, jieba_dict):
    places = place_stems() | set(NATIONAL_PLACES)
    industry = read_words(os.path.join(DATA, "company-suffixes.tsv")) + EXTRA_INDUSTRY_WORDS + FOREIGN_INDUSTRY_WORDS
    common = CommonWords(jieba_dict)
    forms = Forms(places, industry, common)
    listed_names, listed = read_lists(LISTS)
    counties = county_names()
    derived, already, contracted = {}, [], []
    for name in read_names(path):
        if any(f in listed for f in [name, closing_brand(name)] + bare_forms(forms, name)):
            already.append(name)
        elif any(contracts(l, f) for f in cores(forms, name) for l in listed_names):
            contracted.append(name)
        else:
            derived[name] = unique(group_names(forms, name) + [f for f in forms.of(name)
                                            if not forms._word_or_place(f) and not NATIONAL_PREFIX_ONLY.fullmatch(f)])
    registered = set(derived)
    records = []
    for name, own in sorted(sole_forms(derived).items()):
        # a form only in Latin letters (OPPO) is as often the brand of a product (OPPO X1) as the firm: marked, as in
        # fortune-global-500.tsv
        _, own, ambiguous = kept_and_ambiguous_forms(forms, common, counties, listed, registered, name, own, is_latin_form)
        records.append((name, " ".join(own), TAG, " ".join(ambiguous)))
    write_lexicon(OUTPUT, HEADER, records)
    print("%d records; %d left out as listed: %s; %d as contracted by a listed name: %s"
          % (len(records), len(already), " ".join(already), len(contracted), " ".join(contracted)))


HEADER = [
    "Source: the All-China Federation of Industry and Commerce's list 2026中国民营企业500强 (全国工商联, published",
    "2026-09-22, ranked by 2025 revenue), as restated in github.com/Jelix-o/ubot-ai-agent,",
    "assets/private-enterprises-2026.json, commit 84091c0 (84091c0209bc5c4c0177d2f3e4a9bc338b27acca). Names only.",
    "No licence is stated. The firms that the other company lists do not hold: a firm whose name without its legal form,",
    "industry word and leading place, or the brand in brackets that closes it (美团), is a name or form of companies.tsv,",
    "internet-companies.tsv, central-enterprise-news-forms.tsv, professional-service-firms.tsv, fortune-global-500.tsv,",
    "chinese-global-500.tsv, foreign-listed-firms.tsv or former-a-share-names.tsv, or that such a name contracts, is left",
    "out (one record a firm).",
    "Forms derived by rule: the group's name (九羊集团 of 山东九羊集团有限公司); drop the legal form, then a leading province,",
    "city or 中国 (河北津西钢铁 → 津西钢铁), then one industry word; a form that jieba has as common vocabulary or a",
    "well-known place, or made only of such words and industry words (人民|控股), a cut form of two characters (信发, 九羊:",
    "many local firms bear one), a form another list holds or two firms share, is left out.",
    "The four columns of chinese-global-500.tsv, with its ambiguity marks; also marked: forms only in Latin letters (OPPO)",
    "and the form cut of both its place and an industry word (爱奇艺 of 北京爱奇艺科技), which need evidence.",
    "Only CompanyLexicon.Listed reads it (the rules), the name model's list features do not.",
    "Generated by tools/lexicons/chinese_private_top500.py; do not edit by hand.",
]


if __name__ == "__main__":
    main(*sys.argv[1:3])
