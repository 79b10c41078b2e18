#!/usr/bin/env python3
"""Company lexicon from public lists: A-share, 北交所 and Hong Kong listings, central enterprises, controlling groups,
foreign firms' Chinese names.

Source inputs (none is committed; each is fetched from a public GitHub repository):
  1. stock_basic.csv of the repository yzq129/quant-factor, commit bac99cfa2f121a03eddf3ea04079bc897581eb17
     (2026-06-28): a Tushare stock_basic snapshot of all listed A shares of 上交所, 深交所 and 北交所 with the
     exchange short name, the actual controller and its kind. Obtain it with
         git clone https://github.com/yzq129/quant-factor && git -C quant-factor show bac99cf:stock_basic.csv > stock_basic.csv
  2. cards_hanzi_words/companies_tweets_stats.md of the repository artxgj/twitter-chinese-text, commit
     06b8135dc0b18c994cd04cbc70b37c23b39ed5ea: the Chinese names of companies and brands with their English names.
  3. docs/jobs/list-soe.md of the repository gdvzz/logd, commit 16831b13dcb13de1a1b034a8e2c47cd03a4ba984: the SASAC
     and Ministry of Finance lists of central enterprises (see central_enterprises.py).
  4. hk_stock_list.csv of the repository TheStepTwo/quantitative_trading, commit 6193095c75acc258f4dbce215b007c919625efb4,
     and the OpenCC dictionary folder of the npm package opencc 1.4.2 (see hong_kong_listings.py).
  5. jieba's dict.txt (word, frequency, part of speech), as shipped in the NuGet package jieba.NET 0.42.2
     (~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt), to mark short forms that are common words.
Run, from the repository root,
    python3 tools/lexicons/companies_from_public_lists.py stock_basic.csv companies_tweets_stats.md dict.txt \
        list-soe.md hk_stock_list.csv package/data/dictionary
It writes src/ZoneExtract/Recognition/Names/Data/companies.tsv (deterministic: sorted by source, then name).
"""

import csv
import os
import re
import sys
from collections import Counter

from central_enterprises import central_enterprises
from hong_kong_listings import hong_kong_companies
from lexicon_io import write_lexicon

NAMES_DATA = os.path.join("src", "ZoneExtract", "Recognition", "Names", "Data")
PLACES_FILE = os.path.join("src", "ZoneExtract", "Recognition", "Places", "Data", "provinces-and-prefectures.tsv")
SUFFIX_FILE = os.path.join(NAMES_DATA, "company-suffixes.tsv")

# Legal forms that close a full name, longest first (Company Law of the PRC and the usual group forms).
LEGAL_FORMS = ["集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司",
               "集团公司", "总公司", "集团", "公司"]
# Industry words that close exchange short names beside those of company-suffixes.tsv (格力电器, 海螺水泥, 贵州茅台).
EXTRA_INDUSTRY_WORDS = ["股份", "电力", "能源", "新能源", "汽车", "水泥", "物流", "高科", "生物", "信息", "技术",
                        "发展", "国际", "投资", "矿业", "家电", "通讯", "啤酒", "酒业", "医疗", "智能", "材料", "环境",
                        "建设", "交通", "港口", "机场", "高速", "能源", "农业", "种业", "文化", "旅游", "健康",
                        "电池", "数码", "网络", "设备", "制造", "工业", "科学", "股份公司"]
# Exchange short-name markers that are no part of the name: risk warnings (ST, *ST), ex-dividend and new-listing
# marks (XD, XR, DR, N, C), share reform (S), and the A/B share class or the 科创板 U/W/D marks at the end.
MARKER_PREFIX = re.compile(r"^(?:\*ST|S\*ST|SST|ST|XD|XR|DR|S|N|C)(?=[\u4e00-\u9fff])")
MARKER_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(?:[AB]|-[UWD]+)$")
# 中国 / 国家 with one or two characters left names a sector, not a firm (中国电子科技 stripped to 中国电子 would name
# another group), so such a form is kept only when it is the name itself.
NATIONAL_PREFIX_ONLY = re.compile(r"(?:中国|中华|国家)[\u4e00-\u9fff]{0,2}")
# Two characters ending in 业 name a sector (铜业, 纸业, 林业), not a firm: 云南铜业 gives no 铜业.
SECTOR_WORD = re.compile(r"[\u4e00-\u9fff]业")
CONTROLLER_KINDS = {"中央企业": "central-enterprise", "地方国有企业": "local-state-enterprise", "企业": "enterprise",
                    "外资": "foreign-controller", "集体企业": "collective-enterprise", "民营企业": "private-enterprise"}
# jieba frequencies above which a 2-character (or longer) form is a common word; proper-noun tags (nz, nt) are exempt.
COMMON_WORD_FREQUENCY = {2: 100, 3: 1000}


def read_words(path):
    with open(path, encoding="utf-8") as source:
        words = []
        for line in source:
            if line.strip() and not line.startswith("#"):
                words.extend(line.split())
        return words


def place_stems():
    """Province and prefecture names and their short forms (广东省 → 广东, 珠海市 → 珠海)."""
    stems = set()
    for name in read_words(PLACES_FILE):
        stems.add(name)
        for ending in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "特别行政区", "地区", "省", "市", "盟"):
            if name.endswith(ending) and len(name) - len(ending) >= 2:
                stems.add(name[: -len(ending)])
                break
    return stems


def normalise_short_name(name):
    name = name.replace(" ", "").replace("\u3000", "").replace("Ａ", "A").replace("Ｂ", "B")
    name = re.sub(r"\(退\)$|退$", "", name)
    name = MARKER_PREFIX.sub("", name)
    return MARKER_SUFFIX.sub("", name)


class ShortForms:
    """Short forms by rule: drop a leading province or city, the legal form, then one industry word."""

    def __init__(self, places, industry_words):
        self.places = sorted(places, key=len, reverse=True)
        self.industry_words = sorted(set(industry_words), key=len, reverse=True)
        self.generic = set(industry_words) | set(places)

    def _strip_place(self, name):
        for place in self.places:
            if name.startswith(place) and len(name) > len(place):
                rest = name[len(place):]
                return rest if rest not in self.generic else name
        return name

    def _strip_industry(self, name):
        for word in self.industry_words:
            if name.endswith(word) and len(name) - len(word) >= 2:
                return name[: -len(word)]
        return name

    def of(self, name, is_full_name, strip_place=True):
        core = re.sub(r"[（(][^）)]*[）)]", "", name)
        if is_full_name:
            for form in LEGAL_FORMS:
                if core.endswith(form) and len(core) > len(form):
                    core = core[: -len(form)]
                    break
        forms = []
        for candidate in (core, self._strip_place(core) if strip_place else core):
            forms.append(candidate)
            stripped = self._strip_industry(candidate)
            if not NATIONAL_PREFIX_ONLY.fullmatch(stripped):
                forms.append(stripped)
        return unique(form for form in forms if self._acceptable(form, name))

    def _acceptable(self, form, name):
        return form != name and len(form) >= 2 and form not in self.generic and not SECTOR_WORD.fullmatch(form)


def unique(items):
    seen, ordered = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            ordered.append(item)
    return ordered


class CommonWords:
    def __init__(self, dict_path):
        self.entries = {}
        with open(dict_path, encoding="utf-8") as source:
            for line in source:
                parts = line.split()
                if len(parts) == 3:
                    self.entries[parts[0]] = (int(parts[1]), parts[2])

    def ambiguous(self, form):
        if len(form) <= 1:
            return True
        frequency, tag = self.entries.get(form, (0, "nz"))
        threshold = COMMON_WORD_FREQUENCY.get(len(form), COMMON_WORD_FREQUENCY[3])
        return frequency >= threshold and tag not in ("nz", "nt")


def listed_companies(path):
    with open(path, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    exchanges = {"SH": "a-share-sse", "SZ": "a-share-szse", "BJ": "bse"}
    for row in sorted(rows, key=lambda r: r["ts_code"]):
        yield normalise_short_name(row["name"]), exchanges[row["ts_code"][-2:]], False
    controllers = {}
    for row in rows:
        name, kind = row["act_name"].strip(), CONTROLLER_KINDS.get(row["act_ent_type"])
        if kind and name.endswith("公司") and len(name) > 4:
            controllers.setdefault(name, kind)
    for name in sorted(controllers):
        yield name, "controller-" + controllers[name], True


def foreign_names(path):
    """Rows '| [中文](中文.md)/[繁體](繁體.md) | English | ...': the first (simplified) Chinese name of each."""
    with open(path, encoding="utf-8") as source:
        for line in source:
            match = re.match(r"\|\s*\[([^\]]+)\]", line)
            if match:
                yield match.group(1), "names-in-chinese", False


def main(stock_basic, companies_markdown, jieba_dict, central_enterprise_list, hong_kong_list, opencc_dictionaries):
    forms = ShortForms(place_stems(), read_words(SUFFIX_FILE) + EXTRA_INDUSTRY_WORDS)
    common = CommonWords(jieba_dict)
    # Tier 0 holds the mainland lists, the official central-enterprise list first so that its tag wins over the
    # controller tag for the same group; tier 1 the Hong Kong listings, which come second everywhere.
    tiers = [[(name, source, True) for name, source in central_enterprises(central_enterprise_list)]
             + list(listed_companies(stock_basic)) + list(foreign_names(companies_markdown)),
             [(name, "hkex", False) for name in hong_kong_companies(hong_kong_list, opencc_dictionaries)]]
    derived = {}
    for tier, entries in enumerate(tiers):
        for name, source, is_full_name in entries:
            if name not in derived:  # a later list repeats a name: keep the first record
                # Hong Kong short names lead with places that name the firm (香港交易所, 深圳高速公路): no place is dropped.
                derived[name] = (source, tier, forms.of(name, is_full_name, strip_place=source != "hkex"))
    # A derived form that two companies of the same tier share, or that is another company's name, identifies no one
    # firm (东方, 航天, 路桥 from 东方电气, 中国卫星 …, 山东路桥): it is left out. A form that an earlier tier already
    # gives to one company is not given to a later tier's company (海螺 stays 海螺水泥's, not 海螺创业's).
    owners = {}
    for name, (_, tier, short) in derived.items():
        for form in short:
            owners.setdefault(form, []).append((tier, name))
    records = []
    for name, (source, tier, short) in derived.items():
        short = [form for form in short if form not in derived and sole_owner(owners[form]) == name]
        ambiguous = [form for form in [name] + short if common.ambiguous(form)]
        records.append((name, " ".join(short), source, " ".join(ambiguous)))
    ordered = sorted(records, key=lambda record: (record[2], record[0]))
    write_lexicon(
        os.path.join(NAMES_DATA, "companies.tsv"),
        ["Companies from public lists, with short forms derived by rule.",
         "Sources:",
         "- a-share-sse, a-share-szse, bse: every A share listed on the Shanghai, Shenzhen and Beijing stock exchanges",
         "  by its exchange short name (证券简称), from the Tushare stock_basic snapshot in github.com/yzq129/quant-factor",
         "  (stock_basic.csv, commit bac99cf, 2026-06-28). The source gives no full legal names: the name column holds",
         "  the short name with the exchange's markers removed (*ST, ST, XD, N, C prefixes; A/B, -U/-W suffixes).",
         "- sasac-central-enterprise: the 100 groups of 国务院国资委履行出资人职责的企业名单 (SASAC 央企名录 of",
         "  2025-07-29), full legal names; two groups carry a second registered name, which is a record too.",
         "  mof-central-enterprise, mof-central-financial-enterprise: the Ministry of Finance's 4 enterprises and 26",
         "  central financial enterprises (财政部履行出资人职责的中央企业名录). All three as restated in",
         "  github.com/gdvzz/logd (docs/jobs/list-soe.md, commit 16831b1, 2026-02-14).",
         "- controller-*: the companies named in the stock_basic snapshot as the actual controller (实际控制人) of a",
         "  listed company and not on the lists above, full legal names, by the source's kind of controller.",
         "- names-in-chinese: Chinese names of companies and brands as written in Chinese-language news and posts, from",
         "  github.com/artxgj/twitter-chinese-text (cards_hanzi_words/companies_tweets_stats.md, commit 06b8135).",
         "- hkex: companies' shares listed in Hong Kong (main board and GEM codes; funds, trusts and other products",
         "  left out) by their short name, from the snapshot of 2020-04-26 in github.com/TheStepTwo/quantitative_trading",
         "  (hk_stock_list.csv, commit 6193095), converted to simplified characters with OpenCC's dictionaries (npm",
         "  opencc 1.4.2). A name already listed above is kept there once.",
         "Generated by tools/lexicons/companies_from_public_lists.py; do not edit by hand.",
         "Short forms by rule (docs/lexicons.md): drop a leading province or city (provinces-and-prefectures.tsv), the",
         "legal form (股份有限公司, 集团有限公司 …) and one industry word (company-suffixes.tsv and a few more); a form",
         "shared by two companies or equal to another company's name is left out, and a Hong Kong listing gets no form",
         "that a mainland record has.",
         "Ambiguous: the name or short forms that are common words (one character, or listed in jieba's dict.txt of",
         "jieba.NET 0.42.2 with a frequency of at least 100 for two characters, 1000 for more, and a tag other than",
         "nz/nt). A list hit is evidence, not a verdict.",
         "Columns: name <TAB> short forms (space-separated) <TAB> source tag <TAB> ambiguous forms (space-separated)."],
        ordered)
    print("companies: %d" % len(ordered))
    for tag, count in sorted(Counter(record[2] for record in ordered).items()):
        print("  %s: %d" % (tag, count))


def sole_owner(tiers_and_names):
    """The one company of the earliest tier that derives a form, or None when that tier has several."""
    first = min(tier for tier, _ in tiers_and_names)
    names = [name for tier, name in tiers_and_names if tier == first]
    return names[0] if len(names) == 1 else None


if __name__ == "__main__":
    main(*sys.argv[1:7])
