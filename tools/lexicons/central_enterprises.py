"""Central state-owned enterprises (中央企业) from a restatement of the official name lists.

Source: docs/jobs/list-soe.md of github.com/gdvzz/logd, commit 16831b13dcb13de1a1b034a8e2c47cd03a4ba984
(2026-02-14). It restates, each as a markdown table,
  - 国务院国资委履行出资人职责的企业名单 of the SASAC site (央企名录, published 2025-07-29,
    http://www.sasac.gov.cn/n2588045/n27271785/n27271792/c14159097/content.html): 100 groups;
  - 国务院授权财政部履行出资人职责的企业 (4) and 中央金融企业 (26) of the Ministry of Finance's
    财政部履行出资人职责的中央企业名录 (https://zcgls.mof.gov.cn/zhuantilanmu/czblz/202108/t20210817_3745862.htm).
The ministry's central cultural enterprises (113 publishers and newspapers) are not taken: they are no economic actors
of the news this lexicon serves.
"""

import re

# Section title in the source -> source tag in companies.tsv.
SECTIONS = {"国务院国资委履行出资人职责的企业名单": "sasac-central-enterprise",
            "国务院授权财政部履行出资人职责的企业": "mof-central-enterprise",
            "中央金融企业": "mof-central-financial-enterprise"}
ROW = re.compile(r"^\|\s*\d+\s*\|\s*([^|]+?)\s*\|")
# Two groups carry a second registered name in square brackets: 中国旅游集团有限公司[香港中旅（集团）有限公司].
SECOND_NAME = re.compile(r"^([^\[]+)\[([^\]]+)\]$")


def central_enterprises(path):
    """(name, source tag) for each listed enterprise, in list order; a second registered name is a record too."""
    tag = None
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.startswith("## "):
                tag = SECTIONS.get(line[3:].strip())
                continue
            match = ROW.match(line)
            if tag and match:
                cell = match.group(1).strip()
                both = SECOND_NAME.match(cell)
                for name in (both.groups() if both else (cell,)):
                    yield name.strip(), tag
