"""Hong Kong listed companies' short names (證券簡稱), converted to simplified characters.

Source: hk_stock_list.csv of github.com/TheStepTwo/quantitative_trading, commit
6193095c75acc258f4dbce215b007c919625efb4 (2020-04-26): code, traditional-character short name, price of every
security traded on HKEX that day. The conversion uses OpenCC's dictionaries TSPhrases.txt and TSCharacters.txt as
shipped in the npm package opencc 1.4.2 (data/dictionary/, licence Apache-2.0).
"""

import csv
import os
import re

# Stock-code ranges of HKEX's allocation plan that hold companies' shares (main board and GEM); the others hold
# exchange-traded funds (02800-02849, 03000-03199), parallel-trading counters (02900-02999), debt and foreign
# shares (04000-04999), leveraged and inverse products (07200-07799), US-dollar (09000-09199) and RMB counters (8xxxx).
SHARE_CODES = [(1, 2799), (2850, 2899), (3200, 3999), (6000, 6999), (8000, 8999), (9200, 9999)]
# Funds and trusts that sit among the share codes (盈富基金, 領展房產基金, 越秀房產信託基金).
NOT_A_COMPANY = re.compile(r"基金|信託|信托|ETF|-R$")
# The snapshot appends 's' to the names of securities eligible for short selling; HKEX adds share-structure marks
# (-W weighted voting rights, -B pre-revenue biotech, -S secondary listing, -SW) and marks temporary counters
# (（新）, -新, （舊）). None of them is part of the name.
MARKS = re.compile(r"(?:s|-[A-Z]+|（新）|-新|（舊）|-舊)$")
HAN = re.compile(r"[\u4e00-\u9fff]")


class TraditionalToSimplified:
    """OpenCC's traditional-to-simplified conversion: longest phrase first, else the character's first mapping."""

    def __init__(self, dictionary_folder):
        self.phrases = self._read(os.path.join(dictionary_folder, "TSPhrases.txt"))
        self.characters = self._read(os.path.join(dictionary_folder, "TSCharacters.txt"))
        self.longest = max(len(phrase) for phrase in self.phrases)

    @staticmethod
    def _read(path):
        mapping = {}
        with open(path, encoding="utf-8") as source:
            for line in source:
                if line.strip() and not line.startswith("#"):
                    key, values = line.rstrip("\n").split("\t")
                    mapping[key] = values.split(" ")[0]
        return mapping

    def convert(self, text):
        out, i = [], 0
        while i < len(text):
            for length in range(min(self.longest, len(text) - i), 1, -1):
                phrase = self.phrases.get(text[i:i + length])
                if phrase:
                    out.append(phrase)
                    i += length
                    break
            else:
                out.append(self.characters.get(text[i], text[i]))
                i += 1
        return "".join(out)


def half_width(name):
    """Full-width Latin letters, digits and signs as ASCII (Ａ８新媒體 → A8新媒體), spaces removed as in A-share names.

    Full-width parentheses stay: they are the Chinese ones (亞洲水泥（中國）).
    """
    name = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" and c not in "（）" else c for c in name)
    return name.replace(" ", "").replace("\u3000", "")


def hong_kong_companies(path, dictionary_folder):
    """Simplified short names of the listed companies, in code order."""
    convert = TraditionalToSimplified(dictionary_folder).convert
    with open(path, encoding="utf-8-sig", newline="") as source:  # the file starts with a byte-order mark
        rows = sorted(csv.DictReader(source), key=lambda row: row["code"])
    for row in rows:
        code, name = int(row["code"]), MARKS.sub("", MARKS.sub("", half_width(row["name"])))
        if any(low <= code <= high for low, high in SHARE_CODES) and not NOT_A_COMPANY.search(name) \
                and len(HAN.findall(name)) >= 2:
            yield convert(name)
