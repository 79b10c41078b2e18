#!/usr/bin/env python3
"""Convert the Fortune Global 500 lists of 2020 and 2021 in Chinese into fortune-global-500.tsv: the foreign firms.

Input: global500/data2020.json and global500/data2021.json of github.com/SunicYosen/spider (commit 18ed132,
2021-10-17): the records of Fortune China's lists (财富中文网, www.caifuzhongwen.com), each with the firm's Chinese
name (company_name), its English name (company_name_en) and its country. Only the names and the country are taken.

A firm is one English name; it is named by its Chinese name of 2021 (of 2020 when only that year lists it), and the
other year's Chinese name, when it differs, is a form of it. A firm of one year only whose forms meet those of a firm of
the other year only, or whose name opens the other's, is that firm renamed (道达尔公司 → 道达尔能源公司, 爱信精机 → 爱信).
Left out: the Chinese firms (country 中国), which companies.tsv holds under the exchange short names and the SASAC
names, which this script cannot match to the Fortune names (上汽集团 ↔ 上海汽车集团股份有限公司, 浦发银行 ↔ 上海浦东
发展银行); a name whose Latin part runs words together (EnergyTransfer公司: the source dropped the spaces), which matches
no text; and a firm that the rules' other lists already hold (one of its forms is a name or form of companies.tsv,
internet-companies.tsv, central-enterprise-news-forms.tsv or professional-service-firms.tsv: 丰田, 三星, 微软), so that
each firm has one record.

Forms by rule, each step on the result of the one before (docs/lexicons.md):
  1. drop a bracketed part, then the legal form, as often as one closes the name (株式会社, 股份有限公司, 控股, 集团,
     公司 …): 丰田通商公司 → 丰田通商, 日本邮政控股公司 → 日本邮政;
  2. drop a leading country (the firm's own, or any of countries.tsv) and then 皇家 (Royal): 荷兰皇家壳牌石油 → 壳牌石油;
  3. drop one closing industry word (company-suffixes.tsv and the extra words of companies_from_public_lists.py, with
     石油, 电信 and a few more): 壳牌石油 → 壳牌; not a word that the character before it extends (慕尼黑|再保险), and
     not 银行 or 再保险, which foreign banks and reinsurers keep in Chinese (德意志银行, 慕尼黑再保险: what is left
     is a country or a city).
A name of two names joined by a dash (洛克希德－马丁) gives only the forms without the dash and with a middle dot.
The name without its legal form is always a form; a form written only in Latin letters needs three of them (ABB of
瑞士ABB集团, ADM of ADM公司; not CJ) and is ambiguous, since an acronym or a Latin word names many things; a form cut further (steps 2 and 3) is left out when jieba's dict.txt
has it as common vocabulary (the rule of companies.tsv, proper nouns aside: 全球 of 荷兰全球保险, 电话 of 西班牙电话)
or as a well-known place (a place word of frequency 500 or more: 巴黎 of 法国巴黎银行, 纽约), or when it is made only of
such words and industry words, cut by the longest dictionary words (国家|电力, 对外|银行, 中部|电力). Every form needs two
characters with one Chinese character and must not be a country or only an industry word (英国石油 gives neither 英国
nor 石油). A form that two firms of the list share names neither (通用 of 通用电气 and 通用动力) and is left out.
Ambiguous forms: those that jieba's dict.txt has as common words (the rule of companies.tsv) or as a person's or a
place's name 100 times or more (福特, 戴尔, 苏黎世), and a form that opens with a country or a well-known place (英国石油,
德国电信, 东京电力: read as a place's trade as easily as the firm).

Usage, from the repository root:
    git -C spider show 18ed132:global500/data2020.json > data2020.json   (and data2021.json)
    python3 tools/lexicons/fortune_global_500.py data2020.json data2021.json \
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt
"""

import json
import os
import re
import sys

from companies_from_public_lists import COMMON_WORD_FREQUENCY, EXTRA_INDUSTRY_WORDS, SECTOR_WORD, CommonWords, read_words, unique
from lexicon_io import write_lexicon

DATA = os.path.join("src", "ZoneExtract", "Recognition", "Names", "Data")
OUTPUT = os.path.join(DATA, "fortune-global-500.tsv")
COUNTRIES_FILE = os.path.join("src", "ZoneExtract", "Recognition", "Places", "Data", "countries.tsv")
OTHER_LISTS = ["companies.tsv", "internet-companies.tsv", "central-enterprise-news-forms.tsv",
               "professional-service-firms.tsv"]
TAG = "fortune-global-500"
CHINA = "中国"
# Legal forms closing a Chinese or a foreign firm's name, longest first.
LEGAL_FORMS = ["集团控股有限公司", "集团股份有限公司", "集团有限责任公司", "集团有限公司", "控股有限公司", "股份有限公司",
               "有限责任公司", "控股株式会社", "有限公司", "株式会社", "集团公司", "控股公司", "股份公司", "总公司", "集团",
               "公司", "控股"]
# Industry words of foreign names that the lists of companies_from_public_lists.py lack.
FOREIGN_INDUSTRY_WORDS = ["石油", "电信", "化学", "人寿", "人寿保险", "生命保险", "再保险", "金融", "零售"]
KEPT_INDUSTRY_WORDS = {"银行", "再保险"}
ROYAL = "皇家"
DASH = "－"
PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
NAME_TAGS = {"nr", "nrt", "nrfg", "ns"}
# jieba frequency from which a place word is a well-known place (巴黎 3756, 东京, 纽约), not a brand that jieba tags as a
# place (福特 145)
PLACE_FREQUENCY = 500
MAX_WORD = 4  # the longest dictionary word looked for when a form is cut into words
RUN_TOGETHER = re.compile(r"[a-z][A-Z]")
BRACKETED = re.compile(r"[（(][^）)]*[）)]")
LATIN_FORM = re.compile(r"[A-Za-z][A-Za-z&.\-]*")
MIN_LATIN_LETTERS = 3  # fewer are as often a market's or a product's mark (CJ, GS)


def has_chinese(form):
    return any("\u4e00" <= c <= "\u9fff" for c in form)


def is_latin_form(form):
    """A form written only in Latin letters (and &, ., -) with at least three letters: ABB of 瑞士ABB集团, ADM of ADM公司."""
    return LATIN_FORM.fullmatch(form) is not None and sum(c.isalpha() for c in form) >= MIN_LATIN_LETTERS


class Forms:
    def __init__(self, countries, industry_words, common):
        self.countries = sorted(countries, key=len, reverse=True)
        self.industry_words = sorted(set(industry_words), key=len, reverse=True)
        self.generic = set(industry_words) | set(countries) | set(LEGAL_FORMS) | {ROYAL}
        self.common = common

    def core(self, name):
        """The name without a bracketed part and its legal forms (东风汽车公司集团有限公司 → 东风汽车)."""
        core = BRACKETED.sub("", name)
        stripped = True
        while stripped:
            stripped = False
            for form in LEGAL_FORMS:
                if core.endswith(form) and len(core) > len(form):
                    core, stripped = core[: -len(form)], True
                    break
        return core

    def candidates(self, name, cut_kept_words=False):
        """Every form the steps give, before any is judged: the name without its legal form first. To find the firm in
        the other lists, <cut_kept_words> cuts 银行 too (汇丰银行 → 汇丰)."""
        core = self.core(name)
        if DASH in core:  # two names joined: written with the dot or run together, never cut further
            return unique([core, core.replace(DASH, ""), core.replace(DASH, "·")])
        found = []
        for candidate in unique([core, self._without_country(core)]):
            found += [candidate, self._without_industry(candidate, cut_kept_words)]
        return unique(found)

    def of(self, name):
        """The acceptable forms of a name other than the name itself."""
        found = self.candidates(name)
        kept = found[:1] + [f for f in found[1:] if DASH in found[0] or not self._word_or_place(f)]
        return [f for f in kept if f != name and self.acceptable(f)]

    def acceptable(self, form):
        return ((len(form) >= 2 and has_chinese(form) or is_latin_form(form)) and form not in self.generic
                and not SECTOR_WORD.fullmatch(form))

    def names_person_or_place(self, form):
        """A form that jieba has as a person's or a place's name of some frequency (福特, 戴尔, 苏黎世)."""
        frequency, tag = self.common.entries.get(form, (0, ""))
        return tag in NAME_TAGS and frequency >= COMMON_WORD_FREQUENCY[2]

    def opens_with_place(self, form):
        """A form that opens with a country or a well-known place (英国石油, 东京电力)."""
        if any(form.startswith(country) for country in self.countries):
            return True
        for length in range(2, min(4, len(form) - 1) + 1):
            frequency, tag = self.common.entries.get(form[:length], (0, ""))
            if tag == "ns" and frequency >= PLACE_FREQUENCY:
                return True
        return False

    def _without_country(self, core):
        for country in self.countries:
            if core.startswith(country) and len(core) > len(country):
                rest = core[len(country):]
                return rest[len(ROYAL):] if rest.startswith(ROYAL) else rest
        return core

    def _without_industry(self, form, cut_kept_words=False):
        for word in self.industry_words:
            if form.endswith(word) and len(form) - len(word) >= 2:
                extended = form[-len(word) - 1:] in self.common.entries
                kept = word in KEPT_INDUSTRY_WORDS and not cut_kept_words
                return form if extended or kept else form[: -len(word)]
        return form

    def _word_or_place(self, form):
        """Common vocabulary or a well-known place (全球, 电话, 巴黎, 东京), or made only of common vocabulary and industry
        words, cut by the longest dictionary words shorter than the form (国家|电力, 对外|银行, 美国|纽约)."""
        if self._common_or_place(form):
            return True
        words, at = [], 0
        while at < len(form):
            length = next(n for n in range(min(MAX_WORD, len(form) - at, len(form) - 1), 0, -1)
                          if n == 1 or form[at:at + n] in self.common.entries or form[at:at + n] in self.generic)
            words.append(form[at:at + length])
            at += length
        return all(word in self.generic or len(word) >= 2 and self._common_or_place(word) for word in words)

    def _common_or_place(self, word):
        frequency, tag = self.common.entries.get(word, (0, "nz"))
        threshold = COMMON_WORD_FREQUENCY.get(len(word), COMMON_WORD_FREQUENCY[3])
        return frequency >= threshold and tag not in PROPER_TAGS or tag == "ns" and frequency >= PLACE_FREQUENCY


def read_firms(path_2020, path_2021):
    """English name → country, Chinese names (2021 first) and the years that list it."""
    firms = {}
    for year, path in (("2021", path_2021), ("2020", path_2020)):
        with open(path, encoding="utf-8") as source:
            records = json.load(source)
        if len(records) != 500:
            raise SystemExit("%s: expected 500 records, got %d" % (path, len(records)))
        for record in records:
            firm = firms.setdefault(record["company_name_en"].strip(),
                                    {"country": record["country"], "names": [], "years": set()})
            name = record["company_name"].replace(" ", "")
            firm["years"].add(year)
            if name not in firm["names"]:
                firm["names"].append(name)
    return firms


def merge_renamed(firms, forms):
    """Joins the names of a firm of the 2020 list only to the firm of the 2021 list only that it became."""
    def forms_of(key):
        return set(forms.of(firms[key]["names"][0])) | {firms[key]["names"][0]}

    only = {year: [key for key, firm in firms.items() if firm["years"] == {year}] for year in ("2020", "2021")}
    merged = {}
    for old in only["2020"]:
        for new in only["2021"]:
            shorter, longer = sorted([forms.core(firms[old]["names"][0]), forms.core(firms[new]["names"][0])], key=len)
            if (firms[old]["country"] == firms[new]["country"] and new not in merged.values()
                    and (forms_of(old) & forms_of(new) or len(shorter) >= 2 and longer.startswith(shorter))):
                merged[old] = new
                break
    for old, new in merged.items():
        firms[new]["names"] += [n for n in firms.pop(old)["names"] if n not in firms[new]["names"]]
    return firms


def sole_forms(derived):
    """Each firm's forms that no other firm of <derived> (name → forms) shares or bears as its name (通用 of 通用电气 and
    通用动力)."""
    owners = {}
    for name, own in derived.items():
        for form in own:
            owners.setdefault(form, []).append(name)
    return {name: [f for f in own if len(owners[f]) == 1 and f not in derived] for name, own in derived.items()}


def listed_forms():
    """The names and forms of the rules' other lists, less the short forms that a list marks ambiguous: such a form (现代 of
    the A share 现代投资) does not show that a foreign firm cut to it (现代汽车 → 现代) is the same firm."""
    forms = set()
    for file in OTHER_LISTS:
        with open(os.path.join(DATA, file), encoding="utf-8") as source:
            for line in source:
                if not line.startswith("#"):
                    cells = line.rstrip("\n").split("\t")
                    forms.add(cells[0])
                    ambiguous = set(cells[3].split()) if len(cells) > 3 else set()
                    forms.update(f for f in cells[1].split() if f not in ambiguous)
    return forms


def main(path_2020, path_2021, jieba_dict):
    countries = {word for word in read_words(COUNTRIES_FILE) if not word.isascii()}
    firms = read_firms(path_2020, path_2021)
    countries |= {firm["country"] for firm in firms.values()}
    industry = read_words(os.path.join(DATA, "company-suffixes.tsv")) + EXTRA_INDUSTRY_WORDS + FOREIGN_INDUSTRY_WORDS
    common = CommonWords(jieba_dict)
    forms = Forms(countries, industry, common)
    firms = merge_renamed(firms, forms)
    listed = listed_forms()
    derived, chinese, already, run_together = {}, [], [], []
    for firm in firms.values():
        names = firm["names"]
        if firm["country"] == CHINA:
            chinese.append(names[0])
        elif RUN_TOGETHER.search(names[0]):
            run_together.append(names[0])
        elif any(f in listed and f not in forms.generic for n in names for f in [n] + forms.candidates(n, cut_kept_words=True)):
            already.append(names[0])
        else:
            derived[names[0]] = [f for f in unique(names[1:] + [f for n in names for f in forms.of(n)]) if f != names[0]]
    records = []
    for name, own in sorted(sole_forms(derived).items()):
        ambiguous = [f for f in [name] + own if common.ambiguous(f) or forms.names_person_or_place(f) or forms.opens_with_place(f)
                     or is_latin_form(f)]
        records.append((name, " ".join(own), TAG, " ".join(ambiguous)))
    write_lexicon(OUTPUT, HEADER, records)
    print("%d firms: %d records; left out %d Chinese, %d already listed, %d with run-together Latin names"
          % (len(firms), len(records), len(chinese), len(already), len(run_together)))
    print("already listed: " + " ".join(already))
    print("run together: " + " ".join(run_together))


SOURCE = [
    "Source: Fortune China's Global 500 lists of 2020 and 2021 (财富世界500强, www.caifuzhongwen.com), as scraped into",
    "github.com/SunicYosen/spider, global500/data2020.json and global500/data2021.json, commit 18ed132",
    "(18ed13229ca58f420c311333a9ff3d8581a962d3), dated 2021-10-17. Names and countries only.",
]
HEADER = SOURCE + [
    "The foreign firms of either year by their Chinese names (the Chinese firms are left to companies.tsv), with forms",
    "derived by rule: drop the legal form (丰田通商公司 → 丰田通商), then a leading country and 皇家 (荷兰皇家壳牌石油 →",
    "壳牌石油), then one industry word, not 银行 or 再保险 (壳牌石油 → 壳牌); a form cut from the name that jieba has as common",
    "vocabulary or a well-known place (全球, 巴黎), a country or only an industry word (英国石油 gives no 英国 and no",
    "石油), or a form two firms share (通用) is left out. A firm that companies.tsv, internet-companies.tsv,",
    "central-enterprise-news-forms.tsv or professional-service-firms.tsv already holds is left out (one record a firm).",
    "Columns as in companies.tsv: name, short forms, source tag, ambiguous forms (jieba's common words by the rule of",
    "companies.tsv, jieba's names of persons and places of frequency 100 or more: 福特, 苏黎世; forms that open with a",
    "country or a well-known place: 英国石油, 东京电力; forms only in Latin letters, at least three: ABB, ADM).",
    "Read by the rules only (CompanyLexicon.Listed), not by the name model's list features.",
    "Generated by tools/lexicons/fortune_global_500.py; do not edit by hand.",
]


if __name__ == "__main__":
    main(*sys.argv[1:4])
