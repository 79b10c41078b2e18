#!/usr/bin/env python3
"""Central Party and state bodies (党中央, 国务院, 人大, 政协, 两高) from a public directory of central departments.

The State Council's own organisation page (中国政府网 国务院组织机构) could not be read here; this script reads a public
restatement of it, the directory 《中央有关部门集》: one markdown page whose sections list, as bullets, the
bodies of the Party Central Committee (4.1 职能部门, 4.2 办事机构, 4.3 直属事业单位, 4.4 派出机关) and of the State
Council (5.1 办事机构, 5.2 直属机构 with the 直属特设机构, 5.3 直属事业单位, 5.4 组成部门 with, as sub-bullets, the
国家局 each ministry manages), each with its website and, on the same line, often the short form news uses.

Source input: fuwu/zhongyang.md of github.com/DiamonWoo/Laosheng.top, commit
960d764c2764edb3314e225cd500a5144b8d56c4 (2026-08-22), obtained with
    git clone https://github.com/DiamonWoo/Laosheng.top /tmp/Laosheng.top
    git -C /tmp/Laosheng.top show 960d764:fuwu/zhongyang.md > /tmp/zhongyang.md
Run, from the repository root,
    python3 tools/lexicons/government_bodies_from_central_directory.py /tmp/zhongyang.md
It writes src/ZoneExtract/Recognition/Names/Data/government-bodies.tsv in the directory's order.
"""

import os
import re
import sys

from lexicon_io import write_lexicon

NAMES_DATA = os.path.join("src", "ZoneExtract", "Recognition", "Names", "Data")
# Section number -> kind of the bodies its top-level bullets name; sub-bullets of 5.2 and 5.4 name national bureaus.
KIND_BY_SECTION = {
    "4": "party-central", "4.1": "party-department", "4.2": "party-office", "4.3": "party-institution",
    "4.4": "party-agency", "5.1": "state-council-office", "5.2": "state-council-agency",
    "5.3": "state-council-institution", "5.4": "state-council-ministry",
}
BUREAU_SECTIONS = {"5.2", "5.4"}
# Sections 1-3 are headed by the body itself (全国人民代表大会, 中国人民政治协商会议) or, for the courts, by the two
# bodies' short forms (最高法和最高检), each body on a line of its own that opens with an emblem.
HEADED_BODIES = {"1": "npc", "3": "cppcc"}
COURT_SECTION = "2"
HEADING = re.compile(r"^(\d(?:\.\d)?) (.+)$")
UNDERLINE = re.compile(r"^(=+|-+)$")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
SUP = re.compile(r"<sup>.*?</sup>")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
BRACKETED = re.compile(r"[【〖]([\u4e00-\u9fff]+)[】〗]")
# A bracketed word in a sub-bullet is a body only if it ends like one (【置顶】 marks a pinned article).
BODY_ENDING = re.compile(r"(局|署|委员会|机构|办公室|中心|院)$")
NATIONAL_BUREAU = re.compile(r"^国家[\u4e00-\u9fff]+局$")


def plain(line):
    """Link texts without their addresses, superscripts dropped: 中央[社会工作部](url) -> 中央社会工作部."""
    return SUP.sub("", LINK.sub(lambda m: m.group(1), line))


def is_contraction(short, name):
    """A short form keeps characters of the name in their order (发改委 of 国家发展和改革委员会, 中宣部 of 中央宣传部)."""
    if not 2 <= len(short) < len(name):
        return False
    rest = iter(name)
    return all(char in rest for char in short)


def name_and_short_form(text):
    """The first name on a line and the first later run of Chinese characters that contracts it. The directory writes
    some bodies by short form first (人社部 ... 人力资源和社会保障部, 国资委 ... 国有资产监督管理委员会): then the two swap."""
    runs = CJK_RUN.findall(BRACKETED.sub(lambda m: " " + m.group(1) + " ", text))
    if not runs:
        return None, ""
    name = runs[0]
    if len(runs) > 1 and is_contraction(name, runs[1]):
        return runs[1], name
    return name, next((run for run in runs[1:] if is_contraction(run, name)), "")


def sections(lines):
    """(section number, line) for every line under a numbered heading; a heading is a line followed by ===/---, and
    an unnumbered one (编制依据, 图例) ends the numbered part it follows."""
    current = None
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and UNDERLINE.match(following):
            heading = HEADING.match(line)
            current = heading.group(1) if heading else None
            if current:
                yield current, "#" + heading.group(2)
        elif current:
            yield current, line


def bodies(lines):
    court_forms = []
    for section, line in sections(lines):
        if line.startswith("#") and section in HEADED_BODIES:
            yield plain(line[1:]).split()[0], "", HEADED_BODIES[section]
        elif line.startswith("#") and section == COURT_SECTION:
            court_forms = re.split(r"[和及]", CJK_RUN.findall(line)[0])
        elif section == COURT_SECTION and re.match(r"^[^\s\w*-]+\s*最高人民", line):
            name = CJK_RUN.findall(plain(line))[0]
            yield name, next((form for form in court_forms if is_contraction(form, name)), ""), "judiciary"
        elif line.startswith("* ") and section in KIND_BY_SECTION:
            name, short = name_and_short_form(plain(line[2:]))
            # The Party preamble also lists congresses and books; only its bodies, named 中央…, are taken, and not
            # 中央委员会 itself, a name every Party committee shares.
            if name and (section != "4" or (name.startswith("中央") and name != "中央委员会")):
                yield name, short, KIND_BY_SECTION[section]
        elif re.match(r"^\t- ", line) and section in BUREAU_SECTIONS:
            text = plain(line)
            named = [name for name in BRACKETED.findall(text) if BODY_ENDING.search(name)]
            named += [run for run in CJK_RUN.findall(text) if NATIONAL_BUREAU.match(run)]
            for name in dict.fromkeys(named):
                rest = text[text.index(name) + len(name):]
                yield name, next((run for run in CJK_RUN.findall(rest) if is_contraction(run, name)), ""), "national-bureau"


def main(path):
    with open(path, encoding="utf-8") as source:
        lines = [line.rstrip("\r\n") for line in source]
    records, seen = [], set()
    for name, short, kind in bodies(lines):
        if name not in seen:  # a body listed twice (国家行政学院 with 中央党校) keeps its first record
            seen.add(name)
            records.append((name, short, kind))
    write_lexicon(
        os.path.join(NAMES_DATA, "government-bodies.tsv"),
        ["Central bodies of the Party and the state (the bodies themselves are listed after the source).",
         "Source: the directory 《中央有关部门集》, fuwu/zhongyang.md of github.com/DiamonWoo/Laosheng.top, commit",
         "960d764c2764edb3314e225cd500a5144b8d56c4 (2026-08-22), restating the 中国政府网 国务院组织机构 page and the central",
         "departments' sites. A partial list as of that page: it keeps bodies merged in 2023 (国家乡村振兴局, 国家外国专家局),",
         "and short forms only where it writes one next to the name (发改委, 工信部, 中宣部; not 证监会, 统计局).",
         "Bodies: the State Council's ministries, agencies, offices, institutions and the national bureaus under them; the",
         "Party Central Committee's departments, offices, institutions and agencies; 全国人民代表大会, 中国人民政治协商会议,",
         "最高人民法院, 最高人民检察院.",
         "Generated by tools/lexicons/government_bodies_from_central_directory.py; do not edit by hand.",
         "Columns: name <TAB> short form ('' if the directory gives none; always a contraction of the name) <TAB> kind",
         "(npc, cppcc, judiciary, party-central, party-department, party-office, party-institution, party-agency,",
         "state-council-office, state-council-agency, state-council-institution, state-council-ministry, national-bureau)."],
        records)
    print("government bodies: %d, %d with a short form" % (len(records), sum(1 for r in records if r[1])))


if __name__ == "__main__":
    main(sys.argv[1])
