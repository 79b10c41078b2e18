#!/usr/bin/env python3
"""A-share exchange short names that the current list no longer holds, into former-a-share-names.tsv.

News of 2021 and 2022 names listed firms by the exchange short names of that time. Since then many have changed
(御家汇 → 水羊股份 was earlier; 阳光城, 泰禾集团, 亿利洁能 took risk-warning marks or left the exchange), so the
current snapshot of companies.tsv misses them. The news of the 2000s and early 2010s names firms that left the exchange
long before 2021, by their last short names (美的电器, merged into 美的集团 in 2013; 武钢股份, into 宝钢股份 in 2017;
中国北车, into 中国中车 in 2015), which no snapshot of listed shares holds.

Input (not committed): stock_basic.csv of the repository wwy2020211/data_KG, commit
b4b2cb228ff12f0cef86aa548d1ab265f55841d7 (2021-06-21): a Tushare stock_basic snapshot of the A shares of 上交所 and
深交所 (columns: index, TS代码, 股票代码, 股票名称, 行业), GBK-encoded. Obtain it with
    git clone https://github.com/wwy2020211/data_KG && git -C data_KG show b4b2cb2:stock_basic.csv > stock_basic_2021.csv
No licence is stated; only the codes and short names are taken.

Second input (not committed, optional): stock_basic.csv of the repository ShangkunLi/Stock, commit
34aaa9abb3e2675f981f3f1c5e67933b75f1029b (2023-02-07): a baostock query_stock_basic snapshot of the securities of
上交所 and 深交所 since 1990, delisted ones included (columns: code, code_name, ipoDate, outDate, type, status),
GBK-encoded. Taken: the shares (type 1) of the A-share boards (sh.6, sz.0, sz.3) with an outDate, by their last short
name, unless it carries a mark (ST, *ST, S, PT, 退市, 退: the mark took the place of characters, ST东北高 of 东北高速).
Obtain it with
    git clone https://github.com/ShangkunLi/Stock && git -C Stock show 34aaa9a:stock_basic.csv > stock_basic_delisted.csv
No licence is stated; only the codes and short names are taken.

Further inputs (not committed, optional): Tushare get_stock_basics snapshots (columns: code, name, industry, …,
timeToMarket; UTF-8), each tagged by the year of its newest listing date. They give the names of the 2010s that changed
before 2021 (青岛海尔 → 海尔智家, 苏宁云商 → 苏宁易购, TCL集团 → TCL科技, 中海集运 → 中远海发, 华锐风电, delisted in 2020):
- stock_basics.csv of the repository xiaofang1900/stock, commit 29e547dcd5323e0556209474734bc409519d0c4b (2017-12-17;
  the last listing 2017-12-08):
    git clone https://github.com/xiaofang1900/stock && git -C stock show 29e547d:stock_basics.csv > stock_basics_2017.csv
- data/stock_basics.csv of the repository wengowl/stock, commit 41a645c82205a46453d56d72fdfda26dc1c31a36 (2016-09-08;
  the last listing 2016-09-05):
    git clone https://github.com/wengowl/stock && git -C stock show 41a645c:data/stock_basics.csv > stock_basics_2016.csv
A name that carries a mark is left out, as below (XD哈投股 of 哈投股份). No licence is stated; only the codes and short
names are taken.

Each short name is normalised as companies_from_public_lists.py does (the exchange's markers ST, *ST, XD, N, the A/B
class and the 科创板 U/W marks removed). Kept: a name of three characters or more that is no name or form of
companies.tsv or of the rules-only company lists (a two-character name is mostly a risk-warning cut of a longer one,
星源 of 世纪星源, and names no firm alone). No short forms are derived: the list gives the exchange's form only.
Ambiguous: jieba's common words as in companies.tsv; the recogniser also treats a name made only of common words
(前沿|生物) as ambiguous.

Usage, from the repository root:
    python3 tools/lexicons/former_a_share_names.py stock_basic_2021.csv ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt \
        stock_basic_delisted.csv stock_basics_2017.csv stock_basics_2016.csv
It writes src/ZoneExtract/Recognition/Names/Data/former-a-share-names.tsv (sorted by source, then name).
"""

import csv
import io
import os
import re
import sys

from companies_from_public_lists import CommonWords, NAMES_DATA, normalise_short_name
from lexicon_io import write_lexicon

LISTS = ["companies.tsv", "internet-companies.tsv", "central-enterprise-news-forms.tsv",
         "professional-service-firms.tsv", "fortune-global-500.tsv", "chinese-global-500.tsv"]


def listed_forms(files=LISTS):
    """Every name and short form that the given company lists hold."""
    forms = set()
    for file in files:
        with open(os.path.join(NAMES_DATA, file), encoding="utf-8") as source:
            for line in source:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                forms.add(fields[0])
                if len(fields) > 1:
                    forms.update(fields[1].split())
    return forms


# the exchange's marks before or after a name: risk warnings (ST, *ST), the share-reform S of 2005-2007, PT of the
# special-transfer shares of 1999-2002, ex-dividend XD, XR, DR, the first days' N and C, 退市 and 退; each took the place
# of characters of the name (ST东北高 of 东北高速, S山东铝 of 山东铝业, XD哈投股 of 哈投股份), so an old snapshot's name
# that carries one is not the name the news used
MARKED = re.compile(r"^(?:\*ST|S\*ST|SST|ST|XD|XR|DR|S|N|C|PT|退市)(?=[\u4e00-\u9fff])|退$")
A_SHARE_BOARDS = ("sh.6", "sz.0", "sz.3")


def snapshot_names(path):
    with open(path, "rb") as source:
        rows = list(csv.reader(io.StringIO(source.read().decode("gbk"))))
    exchanges = {"SH": "a-share-sse-2021", "SZ": "a-share-szse-2021"}
    for row in sorted(rows[1:], key=lambda r: r[1]):
        yield normalise_short_name(row[3]), exchanges[row[1][-2:]]


def delisted_names(path):
    """The last short names of the A shares that left the exchange, in code order."""
    with open(path, "rb") as source:
        rows = list(csv.reader(io.StringIO(source.read().decode("gbk"))))
    for code, name, _, out_date, kind, _ in sorted(rows[1:], key=lambda r: r[0]):
        if kind == "1" and out_date and code.startswith(A_SHARE_BOARDS) and not MARKED.search(name):
            yield normalise_short_name(name), "a-share-delisted"


def stock_basics_names(path):
    """The unmarked short names of a Tushare get_stock_basics snapshot in code order, tagged by its newest listing's year."""
    with open(path, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    tag = "a-share-" + max(row["timeToMarket"] for row in rows)[:4]
    for row in sorted(rows, key=lambda r: r["code"]):
        if not MARKED.search(row["name"]):
            yield normalise_short_name(row["name"]), tag


def main(stock_basic, jieba_dict, delisted=None, *stock_basics):
    known = listed_forms()
    common = CommonWords(jieba_dict)
    records = {}
    names = list(snapshot_names(stock_basic))
    for path in stock_basics:  # newest first: a name keeps the tag of the newest snapshot that has it
        names += list(stock_basics_names(path))
    names += list(delisted_names(delisted)) if delisted else []
    for name, source in names:
        if len(name) >= 3 and name not in known and name not in records:
            records[name] = (name, "", source, name if common.ambiguous(name) else "")
    ordered = sorted(records.values(), key=lambda record: (record[2], record[0]))
    write_lexicon(
        os.path.join(NAMES_DATA, "former-a-share-names.tsv"),
        ["Sources: the Tushare stock_basic snapshot of the A shares of 上交所 and 深交所 in github.com/wwy2020211/data_KG",
         "(stock_basic.csv, commit b4b2cb2, 2021-06-21); Tushare get_stock_basics snapshots in github.com/xiaofang1900/stock",
         "(stock_basics.csv, commit 29e547d, 2017-12-17) and github.com/wengowl/stock (data/stock_basics.csv, commit 41a645c,",
         "2016-09-08); the baostock stock_basic snapshot with the delisted shares in",
         "github.com/ShangkunLi/Stock (stock_basic.csv, commit 34aaa9a, 2023-02-07); no licence is stated, only the names are taken.",
         "A-share exchange short names (证券简称) that companies.tsv and the rules-only lists no longer hold: the names of 2021",
         "changed or dropped since (御家汇 before its change, 阳光城, 泰禾集团, 亿利洁能), as the news of 2021 and 2022 writes them,",
         "the names of 2017 and 2016 changed before 2021 (青岛海尔, 苏宁云商, 中海集运) and the last names of the A shares delisted",
         "since 1990 (美的电器, 武钢股份, 中国北车), as the news of their time wrote them.",
         "Normalised as companies.tsv (the exchange's markers removed); names of two characters, and the older snapshots' names that carry a mark, left out.",
         "Generated by tools/lexicons/former_a_share_names.py; do not edit by hand.",
         "Read by the rules only (CompanyLexicon.Listed), not by the name model's list features.",
         "Columns as in companies.tsv: name, short forms (none), source tag, ambiguous forms (jieba's common words)."],
        ordered)
    print("former A-share names: %d" % len(ordered))


if __name__ == "__main__":
    main(*sys.argv[1:])
