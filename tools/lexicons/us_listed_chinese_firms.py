#!/usr/bin/env python3
"""Convert a table of the Chinese names of the Chinese firms listed in New York into us-listed-chinese-firms.tsv: the firms
listed only in the US (中概股) that no other company list names, 虎牙, 富途控股, 陆金所, 老虎证券, 逸仙电商, 嘉银科技.

Input: the section 在美上市的中国内地／港澳台公司 of NAMES in scripts/supply-chain/company_names_zh.py of
github.com/254684589-max/ooglex-site, commit 88069d2 (written after its authors' SEC probe of 2026-09-06): the SEC
registrant's name, as the SEC's filings spell it, and the firm's own registered Chinese name, checked firm by firm by its
authors (only names with a fixed use in Chinese financial news are taken). No licence is stated; only names are taken. The
repository's newest snapshot no longer holds the file, so the input is the section's text as stored for that commit, the
lines '"ENGLISH": "中文",' between the section's comment and the next section's.

Left out, so that each firm has one record: a name that another company list holds as a name or form, or whose form by
rule (the name without its legal form, place and industry word) it holds (百度, 蔚来, 知乎 of the Hong Kong list, 斗鱼 and 满帮
of the Internet list, 爱奇艺 of the private top 500), as chinese_private_top500.py does.
Forms: the name as it stands, and its forms by the rules of chinese_firms_of_global500.py (富途控股 → 富途, 挚文集团 → 挚文,
嘉银科技 → 嘉银), unless jieba has the form as common vocabulary (老虎 of 老虎证券) or a well-known place, or it is made only of such words
and industry words, or another list holds it. The cut forms are derived by rule, so the rules count them only in a text
that names the firm in full (CompanyLexicon reads the file with derived short forms, as the Hong Kong list).
Ambiguous: jieba's common words, names of persons and places (逸仙, Sun Yat-sen's name), a county's name, a form in Latin
letters, as in chinese-private-top-500.tsv, and by hand the everyday words that jieba lacks or counts rarely and that are
names here (云集 to gather, 亚朵 a flower, 新氧, 趣活).

Usage, from the repository root:
    python3 tools/lexicons/us_listed_chinese_firms.py company_names_zh.section.py \
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
"""

import os
import re
import sys

from chinese_firms_of_global500 import NATIONAL_PLACES, bare_forms, county_names, read_lists
from chinese_private_top500 import LISTS as PRIVATE_TOP500_LISTS
from companies_from_public_lists import EXTRA_INDUSTRY_WORDS, NATIONAL_PREFIX_ONLY, CommonWords, place_stems, read_words, unique
from fortune_global_500 import DATA, FOREIGN_INDUSTRY_WORDS, Forms, is_latin_form
from lexicon_io import write_lexicon

OUTPUT = os.path.join(DATA, "us-listed-chinese-firms.tsv")
LISTS = PRIVATE_TOP500_LISTS + ["recent-hong-kong-listings.tsv", "chinese-private-top-500.tsv"]
TAG = "us-listed-chinese-2026"
SECTION_START = "在美上市的中国内地"
ENTRY = re.compile(r'^\s*"([^"]+)":\s*"([^"]+)",\s*$')
EXPECTED_ENTRIES = 96
# everyday words that jieba lacks or counts rarely and that the list uses as a firm's whole name: they need evidence
EVERYDAY_WORDS = {"云集", "亚朵", "新氧", "趣活"}


def read_names(path):
    """The section's Chinese names in the order of the source."""
    names, inside = [], False
    with open(path, encoding="utf-8") as source:
        for line in source:
            if SECTION_START in line:
                inside = True
            elif inside and line.strip().startswith("# ──"):
                break
            elif inside and ENTRY.match(line):
                names.append(ENTRY.match(line).group(2))
    if len(names) != EXPECTED_ENTRIES:
        raise SystemExit("%s: expected %d entries, got %d" % (path, EXPECTED_ENTRIES, len(names)))
    return names


def main(path, jieba_dict):
    places = place_stems() | set(NATIONAL_PLACES)
    industry = read_words(os.path.join(DATA, "company-suffixes.tsv")) + EXTRA_INDUSTRY_WORDS + FOREIGN_INDUSTRY_WORDS
    common = CommonWords(jieba_dict)
    forms = Forms(places, industry, common)
    _, listed = read_lists(LISTS)
    counties = county_names()
    records, already = [], []
    for name in read_names(path):
        if any(f in listed for f in [name] + bare_forms(forms, name)):
            already.append(name)
            continue
        own = [f for f in unique(forms.of(name)) if f != name and f not in listed and not common.ambiguous(f)
               and not forms._word_or_place(f) and not NATIONAL_PREFIX_ONLY.fullmatch(f)]
        ambiguous = [f for f in [name] + own if common.ambiguous(f) or forms.names_person_or_place(f) or f in counties
                     or is_latin_form(f) or f in EVERYDAY_WORDS]
        records.append((name, " ".join(own), TAG, " ".join(ambiguous)))
    records.sort()
    write_lexicon(OUTPUT, HEADER, records)
    print("%d records, %d forms; %d left out as listed: %s"
          % (len(records), sum(len(r[1].split()) for r in records), len(already), " ".join(already)))


HEADER = [
    "Chinese firms listed in New York (中概股) that no other company list holds, by their own Chinese names.",
    "Source: the Chinese names of the US-listed mainland, Hong Kong and Taiwan firms in scripts/supply-chain/",
    "company_names_zh.py of github.com/254684589-max/ooglex-site (commit 88069d2, after 2026-09-06): the SEC registrant",
    "and its registered Chinese name, checked firm by firm by the repository's authors. No licence is stated; only names",
    "are taken. A firm whose name or form by rule another company list holds is left out (百度, 蔚来, 斗鱼, 爱奇艺).",
    "Columns as in companies.tsv: name, short forms (by the rules of chinese-global-500.tsv: 富途控股 → 富途; derived,",
    "so they count only beside the full name), source tag, ambiguous forms (jieba's common words, names of persons and",
    "places, a county's name, Latin letters, and by hand everyday words jieba lacks: 云集, 亚朵, 新氧, 趣活).",
    "Read by the rules only (CompanyLexicon.Listed), not by the name model's list features.",
    "Generated by tools/lexicons/us_listed_chinese_firms.py; do not edit by hand.",
]


if __name__ == "__main__":
    main(*sys.argv[1:3])
