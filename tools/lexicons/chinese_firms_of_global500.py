#!/usr/bin/env python3
"""Convert the Chinese firms of the Fortune Global 500 of 2020 and 2021 into chinese-global-500.tsv: the large Chinese
groups that no exchange list of companies.tsv names (华为投资控股, 恒力集团, 正威国际, 江苏沙钢, 山东能源, 陕西延长石油,
厦门建发, 鸿海精密, 和硕).

Input: the files of fortune_global_500.py (global500/data2020.json and data2021.json of github.com/SunicYosen/spider,
commit 18ed132, 2021-10-17: Fortune China's lists, 财富中文网): the records of country 中国 (mainland, Hong Kong and
Taiwan firms). Only the Chinese name, the English name and the country are taken.

A firm is one English name, named by its Chinese name of 2021 (of 2020 when only that year lists it; the other year's
name, when it differs, is a form of it), as in fortune_global_500.py.

Left out, so that each firm has one record (companies.tsv lists most of the groups by their exchange short names,
central groups by their SASAC names):
  - a firm whose name, or the name without its legal form at any step (绿地控股集团股份有限公司 → 绿地控股 → 绿地), with or
    without a leading province, city or 中国 (中国工商银行 → 工商银行), is a name or form of companies.tsv,
    internet-companies.tsv, central-enterprise-news-forms.tsv, professional-service-firms.tsv or
    fortune-global-500.tsv (万科企业 → 万科, 紫金矿业, 厦门国贸控股集团 → 厦门国贸: the listed unit names it in the news);
  - a firm that a listed name contracts: a name of those lists of three characters or more whose characters all occur,
    in order, in the firm's name without its legal form (with or without its group word) and leading place, opening
    with the same character and closing with the same one (上海汽车集团 ↔ 上汽集团, 广州汽车工业集团 ↔ 广汽集团), or a
    listed name that closes it (苏宁易购 ↔ 易购): the exchange's short name of the same firm. The test is loose: it also
    leaves out 华阳新材料科技集团 (华阳集团, another firm) and 大同煤矿集团 (大同集团), which errs on the side of one record.
Forms by the rule of fortune_global_500.py, with a leading province or city (provinces-and-prefectures.tsv, as
companies.tsv drops them), 中国, 中国台湾, 台湾 or 香港 in the place of the country: drop the bracketed part and the legal
form as often as one closes the name (正威国际集团有限公司 → 正威国际), then the place (北京建龙重工 → 建龙重工), then one
industry word (建龙重工 → 建龙). Every form is cut from a registered name, so every form is judged: one is left out when
jieba has it as common vocabulary or a well-known place, or when it is made only of such words and industry words
(山东|能源, 广西|投资, 华夏|保险); when it is 中国 and two characters (中国|化工: a sector, the rule of companies.tsv); when
it is a bare trade name (字号) of two characters (恒力, 富邦, 国泰, 盛虹: the Enterprise Name Registration rules keep a trade
name unique only within a registration authority's area and trade, and 国泰染整 or 富邦家具 in fresh news were other
firms); when another list holds it or two firms share it. The other year's name is a form as it stands.
Ambiguous: jieba's common words, names of persons and places of frequency 100 or more (the rules of
fortune_global_500.py), the name or form of a county (和硕 of 和硕县, by counties.tsv), and a cut form that opens with a
well-known place (北京建龙, 浙江恒逸); a registered name that opens with its place is a firm's name, not marked for that.

Usage, from the repository root (the inputs as for fortune_global_500.py):
    python3 tools/lexicons/chinese_firms_of_global500.py data2020.json data2021.json \
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
"""

import os
import sys

from companies_from_public_lists import EXTRA_INDUSTRY_WORDS, NATIONAL_PREFIX_ONLY, CommonWords, place_stems, read_words, unique
from fortune_global_500 import (BRACKETED, CHINA, DATA, FOREIGN_INDUSTRY_WORDS, OTHER_LISTS, SOURCE, Forms, merge_renamed,
                                read_firms, sole_forms)
from lexicon_io import write_lexicon

OUTPUT = os.path.join(DATA, "chinese-global-500.tsv")
LISTS = OTHER_LISTS + ["fortune-global-500.tsv"]
TAG = "fortune-global-500-china"
# Leading words of a Chinese firm's name that name its place, beside the provinces and prefectures
NATIONAL_PLACES = ["中国", "中国台湾", "台湾", "香港"]
MIN_CONTRACTION = 3  # a listed name of two characters (上汽 …) is too short to be read as a contraction
COUNTIES_FILE = os.path.join("src", "ZoneExtract", "Recognition", "Places", "Data", "counties.tsv")
COUNTY_WORDS = ("县", "市", "区", "旗")
# The length of a bare trade name (字号: 恒力, 富邦, 国泰): the Enterprise Name Registration rules keep one unique only
# within a registration authority's area and trade, so such a form alone may name any of many local firms
TRADE_NAME_LENGTH = 2
# The company forms that may close a group's name (上海汽车集团|股份有限公司), longest first, and the group's words
COMPANY_FORMS = ["股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司"]
GROUP_WORDS = ("集团", "控股")


def county_names():
    """The counties' names and their short forms without the closing 县, 市, 区 or 旗 (和硕县 → 和硕)."""
    names = set()
    with open(COUNTIES_FILE, encoding="utf-8") as source:
        for line in source:
            if not line.startswith("#"):
                name = line.split("\t")[0]
                names.add(name)
                if name.endswith(COUNTY_WORDS) and len(name) > 2:
                    names.add(name[:-1])
    return names


def read_lists(files=LISTS):
    """The names of the other lists (<files>), and their names and forms together."""
    names, forms = set(), set()
    for file in files:
        with open(os.path.join(DATA, file), encoding="utf-8") as source:
            for line in source:
                if not line.startswith("#"):
                    cells = line.rstrip("\n").split("\t")
                    names.add(cells[0])
                    forms.add(cells[0])
                    forms.update(cells[1].split())
    return names, forms


def cores(forms, name):
    """The name without its bracketed part and its legal forms (上海汽车集团股份有限公司 → 上海汽车), and, when a group's
    word closes what the company form leaves, the group's name (上海汽车集团), with and without a leading place."""
    found = [forms.core(name)]
    plain = BRACKETED.sub("", name)
    for form in COMPANY_FORMS:
        if plain.endswith(form) and plain[: -len(form)].endswith(GROUP_WORDS):
            found.append(plain[: -len(form)])
            break
    return unique(f for core in found for f in [core, forms._without_country(core)])


def bare_forms(forms, name):
    """Every core of the name, and each without every closing industry word (鸿海精密工业 → 鸿海精密, 鸿海; 华为投资 →
    华为): the forms under which another list may hold the same firm."""
    found = []
    for form in cores(forms, name):
        while form not in found:
            found.append(form)
            form = forms._without_industry(form, cut_kept_words=True)
    return found


def contracts(listed, core):
    """True when <listed> keeps characters of <core> in order, from its first character, and closes with its last word
    (上汽集团 of 上海汽车集团, 浦发银行 of 浦东发展银行, 中国太保 of 中国太平洋保险), or when <listed> is the close of
    <core> (易购 of 苏宁易购: the exchange's short name kept its last word)."""
    if len(listed) >= len(core):
        return False
    if core.endswith(listed) and len(listed) >= 2:
        return True
    if len(listed) < MIN_CONTRACTION or listed[0] != core[0] or listed[-1] != core[-1]:
        return False
    at = 0
    for character in listed:
        at = core.find(character, at)
        if at < 0:
            return False
        at += 1
    return True


def main(path_2020, path_2021, jieba_dict):
    places = place_stems() | set(NATIONAL_PLACES)
    industry = read_words(os.path.join(DATA, "company-suffixes.tsv")) + EXTRA_INDUSTRY_WORDS + FOREIGN_INDUSTRY_WORDS
    common = CommonWords(jieba_dict)
    forms = Forms(places, industry, common)
    firms = merge_renamed(read_firms(path_2020, path_2021), forms)
    listed_names, listed = read_lists()
    counties = county_names()
    derived, registered, already, contracted = {}, set(), [], []
    for firm in firms.values():
        names = firm["names"]
        if firm["country"] != CHINA:
            continue
        if any(f in listed for n in names for f in [n] + bare_forms(forms, n)):
            already.append(names[0])
        elif any(contracts(l, f) for n in names for f in cores(forms, n) for l in listed_names):
            contracted.append(names[0])
        else:
            registered.update(names)
            # every form is cut from a name, the first too: a place and an industry word name no firm (山东|能源, 广西|投资)
            # and 中国 with two characters left names a sector (中国|化工), as in companies.tsv
            derived[names[0]] = [f for f in unique(names[1:] + [f for n in names for f in forms.of(n)
                                                               if not forms._word_or_place(f) and not NATIONAL_PREFIX_ONLY.fullmatch(f)])
                                 if f != names[0]]
    records = []
    for name, own in sorted(sole_forms(derived).items()):
        # a cut form of two characters is a bare trade name (字号), which many local firms share (国泰染整, 富邦家具): left out
        own = [f for f in own if f not in listed and (f in registered or len(f) > TRADE_NAME_LENGTH)]
        # a registered name that opens with its place (山东能源集团有限公司) is no place's trade: only the cut forms are asked
        # and a name or form that is a county's (和硕 of 和硕县) is a place as well
        ambiguous = [f for f in [name] + own if common.ambiguous(f) or forms.names_person_or_place(f) or f in counties
                     or f not in registered and forms.opens_with_place(f)]
        records.append((name, " ".join(own), TAG, " ".join(ambiguous)))
    write_lexicon(OUTPUT, HEADER, records)
    print("%d records; left out %d already listed, %d contracted by a listed name"
          % (len(records), len(already), len(contracted)))
    print("already listed: " + " ".join(already))
    print("contracted: " + " ".join(contracted))


HEADER = SOURCE + [
    "No licence is stated. The Chinese firms (country 中国: mainland, Hong Kong, Taiwan) that the other company lists do",
    "not hold: a firm whose name without its legal form and leading place is a name or form of companies.tsv,",
    "internet-companies.tsv, central-enterprise-news-forms.tsv, professional-service-firms.tsv or",
    "fortune-global-500.tsv, or that such a name contracts (上汽集团 of 上海汽车集团), is left out (one record a firm).",
    "Forms derived by rule: drop the legal form (正威国际集团有限公司 → 正威国际), then a leading province, city or 中国",
    "(北京建龙重工 → 建龙重工), then one industry word; a form that jieba has as common vocabulary or a well-known place, or",
    "made only of such words and industry words (山东|能源), 中国 and two characters (中国化工), a bare trade name of two",
    "characters (恒力, 富邦: many local firms bear one), a form another list holds or two firms share, is left out.",
    "Columns as in companies.tsv: name, short forms, source tag, ambiguous forms (jieba's common words, names of persons",
    "and places of frequency 100 or more, a county's name or short form (和硕), short forms that open with a place).",
    "Read by the rules only (CompanyLexicon.Listed), not by the name model's list features.",
    "Generated by tools/lexicons/chinese_firms_of_global500.py; do not edit by hand.",
]


if __name__ == "__main__":
    main(*sys.argv[1:4])
