#!/usr/bin/env python3
"""Converts the Chinese test cases of Microsoft Recognizers-Text (MIT) and JioNLP (Apache-2.0) into
ZoneExtract case files (annotation spec §4 values).

Usage: convert_suites.py RECOGNIZERS_GIT_DIR JIONLP_GIT_DIR OUT_DIR
Each *_GIT_DIR is a git directory (a clone or a bare mirror); files are read at the commits named below.
Writes OUT_DIR/<Suite>/cases.jsonl, one case a line:
  {"id", "text", "reference", "expected": [{"start", "span", "value"}], "note"}
and prints, per suite, the number of cases written and left out (with reasons) for SOURCE.md.
Hand decisions (expected values that follow our spec instead of the source, values the source's own
format cannot express) are in overrides/*.tsv beside this script.
"""
import ast
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

RT_COMMIT = "90e968ea44dc8fda3f2e1c3e4b20aa233817488d"
JIO_COMMIT = "783abc5237e05f25aea2a11dcc2ae2e0e9f4cd23"
HERE = os.path.dirname(os.path.abspath(__file__))


def git_show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def plain(d):
    """A decimal as the spec writes it: no exponent, no trailing zeros."""
    d = Decimal(d)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def read_overrides(name):
    """overrides/<name>.tsv: id, then the replacement expected list as JSON (or LEAVE_OUT), then the reason."""
    table = {}
    path = os.path.join(HERE, "overrides", name + ".tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, expected, reason = line.split("\t")
            table[key] = (None if expected == "LEAVE_OUT" else json.loads(expected), reason)
    return table


RT_SOURCE = ("microsoft/Recognizers-Text", RT_COMMIT, "MIT (Copyright (c) Microsoft Corporation)")
JIO_SOURCE = ("dongrixinyu/JioNLP", JIO_COMMIT, "Apache-2.0")


class Suite:
    def __init__(self, name, overrides, source, paths, scope):
        self.name = name
        self.source = source
        self.paths = paths
        self.scope = scope
        self.cases = []
        self.left_out = collections.Counter()
        self.overrides = read_overrides(overrides)
        self.used = set()
        self.contradictions = []

    def add(self, case_id, text, reference, expected, note=""):
        if case_id in self.overrides:
            self.used.add(case_id)
            replacement, reason = self.overrides[case_id]
            if replacement is None:
                self.left_out[reason] += 1
                return
            self.contradictions.append((case_id, text, reason))
            expected = replacement
            note = reason
        for e in expected:
            if "start" not in e:
                e["start"] = text.index(e["span"])
            assert text[e["start"]:e["start"] + len(e["span"])] == e["span"], (case_id, e)
        self.cases.append({"id": case_id, "text": text, "reference": reference,
                           "expected": [{"start": e["start"], "span": e["span"], "value": e["value"]} for e in expected],
                           "note": note})

    def leave_out(self, reason):
        self.left_out[reason] += 1

    def write(self, out_dir):
        unused = set(self.overrides) - self.used
        assert not unused, f"{self.name}: overrides never used: {sorted(unused)}"
        folder = os.path.join(out_dir, self.name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "cases.jsonl"), "w", encoding="utf-8") as f:
            for case in self.cases:
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        repo, commit, licence = self.source
        lines = [f"# {self.name}", "",
                 f"Converted by `tools/suites/convert_suites.py` (do not edit `cases.jsonl` by hand; change the script or",
                 f"`tools/suites/overrides/` and run it again).", "",
                 f"- Repository: https://github.com/{repo}",
                 f"- Commit: {commit}",
                 "- Files: " + ", ".join(f"`{p}`" for p in self.paths),
                 f"- Licence: {licence}; the cases are test data taken as facts (input, expected span, expected value).",
                 f"- Scope: {self.scope}", "",
                 f"{len(self.cases)} cases; {sum(self.left_out.values())} left out:", ""]
        lines += [f"- {count}: {reason}" for reason, count in self.left_out.most_common()] or ["- none"]
        lines += ["", "Cases whose expected value follows our spec (/work/shared/annotation-spec.md) instead of the source,",
                  "or whose value the source's own format cannot express:", ""]
        lines += [f"- `{case_id}` «{text}»: {reason}" for case_id, text, reason in self.contradictions] or ["- none"]
        with open(os.path.join(folder, "SOURCE.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{self.name}: {len(self.cases)} cases, {sum(self.left_out.values())} left out, {len(self.contradictions)} following our spec")


# ---------------------------------------------------------------- Recognizers-Text

def rt_span(case_input, result):
    start = result["Start"]
    end = start + result["Length"] if "Length" in result else result["End"] + 1
    return start, case_input[start:end]


def rt_currency(git_dir):
    suite = Suite("RecognizersCurrency", "recognizers-currency", RT_SOURCE,
                  ["Specs/NumberWithUnit/Chinese/CurrencyModel.json"], "every case")
    cases = json.loads(git_show(git_dir, RT_COMMIT, "Specs/NumberWithUnit/Chinese/CurrencyModel.json"))
    for n, case in enumerate(cases):
        expected = []
        for r in case["Results"]:
            start, span = rt_span(case["Input"], r)
            res = r["Resolution"]
            expected.append({"start": start, "span": span,
                             "value": {"amount": plain(res["value"]) if res.get("value") else None,
                                       "currency": res.get("isoCurrency")}})
        if any(e["value"]["amount"] is None or e["value"]["currency"] is None for e in expected) \
                and f"currency-{n}" not in suite.overrides:
            raise SystemExit(f"currency-{n} needs an override: {case['Input']}")
        suite.add(f"currency-{n}", case["Input"], None, expected)
    return suite


def rt_percent(git_dir):
    suite = Suite("RecognizersPercent", "recognizers-percent", RT_SOURCE,
                  ["Specs/Number/Chinese/PercentModel.json"], "every case")
    cases = json.loads(git_show(git_dir, RT_COMMIT, "Specs/Number/Chinese/PercentModel.json"))
    for n, case in enumerate(cases):
        expected = []
        for r in case["Results"]:
            start, span = rt_span(case["Input"], r)
            value = plain(r["Resolution"]["value"].rstrip("%"))
            points = re.search("百\\s*分\\s*[点點]", span) is not None
            expected.append({"start": start, "span": span, "value": {"points" if points else "percent": value}})
        suite.add(f"percent-{n}", case["Input"], None, expected)
    return suite


def iso_week_monday(day):
    return day - dt.timedelta(days=day.weekday())


def timex_to_range(timex, reference):
    """Our inclusive (start, end) for the single-period timexes whose meaning is unambiguous; None otherwise."""
    ref = reference
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d{2})-(\d{2})", timex)
    if m:
        year = ref.year if m[1] == "XXXX" else int(m[1])
        day = dt.date(year, int(m[2]), int(m[3]))
        return day, day
    m = re.fullmatch(r"XXXX-XX-(\d{2})", timex)
    if m:
        day = dt.date(ref.year, ref.month, int(m[1]))  # ValueError when the reference month has no such day
        return day, day
    m = re.fullmatch(r"XXXX-WXX-(\d)", timex)
    if m:
        day = iso_week_monday(ref) + dt.timedelta(days=int(m[1]) - 1)
        return day, day
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d{2})", timex)
    if m:
        year = ref.year if m[1] == "XXXX" else int(m[1])
        first = dt.date(year, int(m[2]), 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first, last
    m = re.fullmatch(r"(\d{4})", timex)
    if m:
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", timex)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else (monday, monday + dt.timedelta(days=6))
    return None


def rt_dates(git_dir):
    suite = Suite("RecognizersDate", "recognizers-date", RT_SOURCE,
                  ["Specs/DateTime/Chinese/DateParser.json", "Specs/DateTime/Chinese/DatePeriodParser.json"],
                  "every case of the two parser specs (the extractor specs repeat their inputs without values)")
    for file, prefix in (("DateParser", "date"), ("DatePeriodParser", "dateperiod")):
        cases = json.loads(git_show(git_dir, RT_COMMIT, f"Specs/DateTime/Chinese/{file}.json"))
        for n, case in enumerate(cases):
            case_id = f"{prefix}-{n}"
            reference = dt.date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])
            expected = []
            for r in case["Results"]:
                start, span = rt_span(case["Input"], r)
                try:
                    period = timex_to_range(r["Value"]["Timex"], reference)
                except ValueError:
                    period = None
                if period is None:
                    expected = None
                    break
                expected.append({"start": start, "span": span,
                                 "value": {"start": period[0].isoformat(), "end": period[1].isoformat()}})
            if expected is None and case_id not in suite.overrides:
                raise SystemExit(f"{case_id} needs an override: {case['Input']} {case['Results']}")
            suite.add(case_id, case["Input"], reference.isoformat(), expected or [])
    return suite


# ---------------------------------------------------------------- JioNLP

class PythonLiterals(ast.NodeTransformer):
    """Replaces the test file's time bases (timestamps in variables, datetime calls) by literals."""

    def __init__(self, names):
        self.names = names

    def visit_Name(self, node):
        return ast.copy_location(ast.Constant(self.names[node.id]), node) if node.id in self.names else node

    def visit_Call(self, node):
        function = ast.unparse(node.func)
        if function == "datetime.datetime":
            return ast.copy_location(ast.Constant(("datetime",) + tuple(a.value for a in node.args)), node)
        if function == "time.time":
            return ast.copy_location(ast.Constant(("now",)), node)
        return node


def first_list_named(source, variable, names):
    tree = PythonLiterals(names).visit(ast.parse(source))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == variable for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"no list {variable}")


JIO_CURRENCY = {"元": "CNY", "港元": "HKD", "美元": "USD", "日元": "JPY", "新台币": "TWD", "泰铢": "THB",
                "卢布": "RUB", "欧元": "EUR", "韩元": "KRW", "澳元": "AUD"}
# Qualifiers that our spec keeps outside the MONEY span (§3), longest first.
MONEY_QUALIFIERS = ["至少", "不到", "小于", "大约", "约", "近", "从"]
MONEY_TAILS = ["（含）以上", "以上", "左右", "上下", "整"]  # 整 after 元 stays outside, as in 壹佰贰拾万元整


def jio_money(git_dir):
    suite = Suite("JioMoney", "jionlp-money", JIO_SOURCE, ["test/test_money_parser.py"],
                  "every case of `money_string_list`; qualifiers (约, 近, 以上, …) are outside our span (spec §3)")
    cases = first_list_named(git_show(git_dir, JIO_COMMIT, "test/test_money_parser.py"), "money_string_list", {})
    for n, (text, result) in enumerate(cases):
        span = text
        for q in MONEY_QUALIFIERS:
            if span.startswith(q):
                span = span[len(q):]
                break
        for t in MONEY_TAILS:
            if span.endswith(t):
                span = span[:-len(t)]
                break
        num = result["num"]
        value = {"amount": plain(num[0] if isinstance(num, list) else num), "currency": JIO_CURRENCY[result["case"]]}
        if isinstance(num, list):
            value["amount_max"] = plain(num[1])
        suite.add(f"money-{n}", text, None, [{"span": span, "value": value}])
    return suite


# time.time() in the test file: the day of the pinned commit stands in for "now".
JIO_NOW = dt.date(2026, 6, 5)
BEIJING = dt.timezone(dt.timedelta(hours=8))


def jio_reference(base):
    """JioNLP's time_base (Unix time in Beijing, [y, m, d, ...], {'year': y}, datetime) as a day."""
    if isinstance(base, (int, float)):
        return dt.datetime.fromtimestamp(base, BEIJING).date()
    if isinstance(base, list):
        return dt.date(base[0], base[1] if len(base) > 1 else 1, base[2] if len(base) > 2 else 1)
    if isinstance(base, dict):
        return dt.date(base["year"], base.get("month", 1), base.get("day", 1))
    if isinstance(base, tuple) and base[0] == "datetime":
        return dt.date(*base[1:4])
    if base == ("now",):
        return JIO_NOW
    raise SystemExit(f"unknown time base {base!r}")


# Words that make a JioNLP whole-day case something our DATE label does not cover.
HOLIDAY = re.compile("节|除夕|元旦|春节|中秋|端午|重阳|清明|冬至|夏至|立春|立秋|寒食|小年|腊八|七夕|国庆|劳动|圣诞|感恩|复活|情人")
LUNAR = re.compile("农历|阴历|腊月|正月|初[一二三四五六七八九十]|廿|卅|[一二三四五六七八九十]月(十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十)$(?<!日)")
DURATION = re.compile("^(近|最近|过去|未来)|(天|日|周|星期|月|季度|年)(半|多)?(之|以)?(前|后|内|来)$")


def jio_time(git_dir):
    suite = Suite("JioTime", "jionlp-time", JIO_SOURCE, ["test/test_time_parser.py"],
                  "the calendar part of the first `time_string_list`: points and spans of whole days "
                  "(time_base: Unix time read in Beijing time; time.time() read as the commit day 2026-06-05)")
    source = git_show(git_dir, JIO_COMMIT, "test/test_time_parser.py")
    cases = first_list_named(source, "time_string_list", {"_ts_1": 1623604000, "_ts_2": 1630480532})
    for n, (text, base, result) in enumerate(cases):
        case_id = f"time-{n}"
        if result is None or result.get("type") not in ("time_point", "time_span") or not isinstance(result.get("time"), list):
            if case_id in suite.overrides:
                suite.add(case_id, text, None, [])
            else:
                suite.leave_out("not a calendar point or span (time period, time delta, no result)")
            continue
        first, last = result["time"]
        if not (isinstance(first, str) and isinstance(last, str) and first.endswith("00:00:00") and last.endswith("23:59:59")) \
                or "inf" in (first, last):
            if case_id in suite.overrides:
                suite.add(case_id, text, None, [])
            else:
                suite.leave_out("time of day or open-ended (not whole days)")
            continue
        if case_id not in suite.overrides:
            if HOLIDAY.search(text):
                suite.leave_out("holiday or solar term (not a form in our spec)")
                continue
            if LUNAR.search(text):
                suite.leave_out("lunar calendar date")
                continue
            if DURATION.search(text.strip()):
                suite.leave_out("duration or open period relative to the reference (not DATE in our spec §3)")
                continue
        span = text.strip()
        reference = jio_reference(base).isoformat()
        suite.add(case_id, text, reference, [{"span": span, "value": {"start": first[:10], "end": last[:10]}}])
    return suite


def main():
    rt_dir, jio_dir, out_dir = sys.argv[1:4]
    for suite in (rt_currency(rt_dir), rt_percent(rt_dir), rt_dates(rt_dir), jio_money(jio_dir), jio_time(jio_dir)):
        suite.write(out_dir)


if __name__ == "__main__":
    main()
