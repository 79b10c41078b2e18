#!/usr/bin/env python3
"""Companies listed in Taiwan (TWSE and TPEx) by their exchange short names, into taiwan-listings.tsv (rules only).

The firms listed in Taiwan (宏碁, 华硕, 联发科, 友达, 仁宝) are a large class in Chinese economic news (electronics
supply chains, cross-strait investment), and only those of the Fortune Global 500 were in a list (鸿海, 广达, 纬创,
台积电 via companies.tsv's names-in-chinese).

Input (not committed): twse_equities.csv and tpex_equities.csv of the repository mlouielu/twstock (twstock/codes/,
commit 7794b138f0a65f420acb8c310a5ffd2ec4248db4, 2026-03-27; the two files last changed by commit 563524ff, 2026-03-26):
the exchanges' ISIN code lists (type, code, traditional-character short name 公司簡稱, ISIN, listing date, market,
industry), MIT licence; only the names are taken. Obtain them with
    git clone https://github.com/mlouielu/twstock && git -C twstock show 7794b13:twstock/codes/twse_equities.csv > twse_equities.csv
    git -C twstock show 7794b13:twstock/codes/tpex_equities.csv > tpex_equities.csv
and the OpenCC dictionary folder of the npm package opencc 1.4.2 (see hong_kong_listings.py).

Kept: the shares (股票) and the innovation board's (創新板); ETFs, ETNs, warrants, preferred shares, asset-backed
securities and the depositary receipts of foreign firms (康師傅-DR) are left out. The exchange's marks are dropped
(-KY, a firm registered abroad; -創, the innovation board), full-width letters made ASCII, the name simplified with
OpenCC (華碩 → 华硕, 友達 → 友达). A name that a company list already holds as a name or form is left out (鸿海, 台积电,
和硕 stay their lists'). A two-character name that is an everyday word (jieba's frequency rule, or by hand:
数字, 全国, 新建, 稳得), a place (大同, 龙岩, 荣成) or the prefix of two or more mainland firms of the lists (中航, 华电, 华通)
is left out: it is that far more often than the firm. One form by rule: a holding company's name without 投控 or 控股
(日月光投控 → 日月光), which is how the news names the group, when no list holds it. Ambiguous (a list hit is evidence,
not a verdict): a two-character name that jieba's dictionary lacks (仁宝, 群创, 联电: jieba cuts it only by guess, and it is
as often part of a longer name, 广华|奥迪, 曜越|太阳神), and a longer one that is common vocabulary (所罗门, 创业家).

Usage, from the repository root:
    python3 tools/lexicons/taiwan_listings.py twse_equities.csv tpex_equities.csv OPENCC_DICTIONARY_FOLDER \\
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
It writes src/ZoneExtract/Recognition/Names/Data/taiwan-listings.tsv (in code order).
"""

import csv
import os
import re
import sys

from companies_from_public_lists import CommonWords, NAMES_DATA, place_stems
from former_a_share_names import listed_forms
from hong_kong_listings import TraditionalToSimplified, half_width
from lexicon_io import write_lexicon
from recent_hong_kong_listings import LISTS as EARLIER_LISTS

LISTS = EARLIER_LISTS + ["recent-hong-kong-listings.tsv", "chinese-private-top-500.tsv"]
SHARE_TYPES = {"股票", "創新板"}
# -KY marks a firm registered abroad, -創 a share of the innovation board, * a share whose par value is not NT$10;
# none is part of the name.
MARKS = re.compile(r"(?:\*|-KY創|-KY|-創)$")
HOLDING = re.compile(r"(?:投控|控股)$")
HAN = re.compile(r"[\u4e00-\u9fff]")
COUNTIES_FILE = os.path.join("src", "ZoneExtract", "Recognition", "Places", "Data", "counties.tsv")
COUNTY_ENDINGS = ("自治县", "自治旗", "林区", "特区", "县", "市", "区", "旗")
# Names that are everyday words, people's or historical names, or other bodies' names, which jieba's dictionary lacks or
# counts too rarely (or tags as a name, nz) for the frequency rule: 中华 (China), 新华 (the news agency), 全域 (全域旅游),
# 易发 (liable to), 创业家 (an entrepreneur), 庆生 (a birthday), 汉唐 (two dynasties), 蒙恬 (a general), 必应 (Bing).
COMMON_WORDS_JIEBA_LACKS = {
    "中华", "正文", "新华", "橘子", "大略", "联成", "怀特", "秋雨", "兆赫", "双键", "全科", "绿意", "所罗门", "加高", "奇偶",
    "王座", "聚积", "蒙恬", "寒舍", "绿茵", "易发", "天良", "精诚", "立德", "志强", "厚生", "安可", "地心引力", "亚力",
    "五福", "单井", "能率", "百一", "升阳", "光罩", "直得", "生达", "世德", "太空梭", "欣欣", "零壹", "全台", "精金", "全域",
    "三顾", "台端", "高技", "顺天", "庆生", "必应", "创业家", "尖点", "关贸", "长盛", "居易", "汉唐", "阳明", "世纪", "材料",
    "稳得", "神盾", "南帝", "智通",  # 智通 heads 智通财经, a financial news outlet that the news quotes as its source
}


def county_stems():
    """County-level names without their ending (荣成市 → 荣成, 淳安县 → 淳安)."""
    stems = set()
    with open(COUNTIES_FILE, encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or not line.strip():
                continue
            name = line.split("\t")[0]
            ending = next((e for e in COUNTY_ENDINGS if name.endswith(e)), "")
            if len(name) - len(ending) >= 2:
                stems.add(name[: len(name) - len(ending)])
    return stems


def group_prefixes(lists):
    """Two characters that begin the names of two or more firms of the other lists: a mainland group's prefix (中航 of
    中航西飞, 中航沈飞; 华电 of 华电国际), which a Taiwan name of those two characters would cut off the mainland names.
    Names, not forms, are counted: 广达电脑 and 广达电脑公司 are one firm."""
    counts = {}
    for file in lists:
        with open(os.path.join(NAMES_DATA, file), encoding="utf-8") as source:
            for line in source:
                name = line.split("\t")[0]
                if not line.startswith("#") and len(name) > 2:
                    counts[name[:2]] = counts.get(name[:2], 0) + 1
    return {prefix for prefix, count in counts.items() if count >= 2}


def taiwan_companies(paths):
    """(code, traditional short name) of every listed share, in code order."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as source:
            rows += [row for row in csv.DictReader(source) if row["type"] in SHARE_TYPES]
    for row in sorted(rows, key=lambda r: r["code"]):
        yield row["code"], MARKS.sub("", MARKS.sub("", half_width(row["name"])))  # 太景*-KY: two marks


def main(twse, tpex, opencc_dictionaries, jieba_dict):
    known = listed_forms(LISTS)
    common = CommonWords(jieba_dict)
    convert = TraditionalToSimplified(opencc_dictionaries).convert
    # A two-character name that is an everyday word, a place or a mainland group's prefix is that far more often than
    # the firm (数字, 全国 before 工厂 or 上市; 龙岩的GDP; 中航|锂电), and the context rules cannot tell: left out. Longer
    # names that are words stay, marked ambiguous.
    places = place_stems() | county_stems()
    prefixes = group_prefixes(LISTS)

    def word_place_or_prefix(name):
        return len(name) == 2 and (common.ambiguous(name) or name in COMMON_WORDS_JIEBA_LACKS or name in places
                                   or name in prefixes)
    names = [name for name in dict.fromkeys(convert(name) for _, name in taiwan_companies([twse, tpex]))
             if len(HAN.findall(name)) >= 2 and name not in known]
    left_out = [name for name in names if word_place_or_prefix(name)]
    names = [name for name in names if name not in left_out]
    def unknown_pair(form):
        # Two characters that jieba's dictionary lacks are cut as a word only by its guess, and are as often part of a
        # longer name or a phrase (稳得|住, 广华|奥迪 a car dealer, 曜越|太阳神 a team): evidence is needed. The well-known
        # names are jieba's words (华硕, 宏碁, 友达, 台塑) and count on their own.
        return len(form) == 2 and common.entries.get(form) is None

    records = []
    for name in names:
        short = HOLDING.sub("", name)
        forms = [short] if short != name and len(HAN.findall(short)) >= 2 and short not in known and short not in names else []
        ambiguous = [form for form in [name] + forms
                     if unknown_pair(form) or common.ambiguous(form) or form in COMMON_WORDS_JIEBA_LACKS]
        records.append((name, " ".join(forms), "twse-tpex-2026", " ".join(ambiguous)))
    write_lexicon(
        os.path.join(NAMES_DATA, "taiwan-listings.tsv"),
        ["Source: github.com/mlouielu/twstock (twstock/codes/twse_equities.csv and tpex_equities.csv, commit 7794b13,",
         "2026-03-27, the lists last updated 2026-03-26): the ISIN code lists of the Taiwan Stock Exchange and the Taipei",
         "Exchange with each security's short name (公司簡稱); MIT licence, only the names are taken; simplified with OpenCC's",
         "dictionaries (npm opencc 1.4.2). Shares and the innovation board's only: ETFs, warrants, preferred shares and the",
         "depositary receipts of foreign firms left out; the marks -KY, -創 and * dropped.",
         "The Taiwan-listed firms that the company lists lack (宏碁, 华硕, 联发科, 友达, 仁宝), by their exchange short name.",
         "Generated by tools/lexicons/taiwan_listings.py; do not edit by hand.",
         "Read by the rules only (CompanyLexicon.Listed), not by the name model's list features.",
         "Two-character names that are everyday words, places or the prefix of mainland firms' names (数字, 大同, 中航) are",
         "left out. Columns as in companies.tsv: name, short forms (a holding company's name without 投控 or 控股: 日月光",
         "of 日月光投控), source tag, ambiguous forms (two characters that jieba's dictionary lacks, 仁宝, 群创, and longer",
         "common words, 所罗门; a list hit is evidence, not a verdict)."],
        records)
    print("Taiwan listings: %d, forms %d, ambiguous %d; left out as a word, place or group prefix: %d (%s)" % (
        len(records), sum(1 for r in records if r[1]), sum(len(r[3].split()) for r in records), len(left_out),
        " ".join(left_out)))


if __name__ == "__main__":
    main(*sys.argv[1:5])
