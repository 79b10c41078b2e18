#!/usr/bin/env python3
"""Body text of the likgjava/eb news pages (webapp/view/staticpags/, 2011), one paragraph a line, for the word
clusters of the name model (`zoneextract clusters --text`).

A page's title (its <h1>) is compared with --skip-titles BEFORE its body is read: a listed title (articles reserved
for independent evaluation) is skipped unread. Pages whose path is the meta.source of a gold file given with
--skip-gold (the dev corpus) and pages whose id is listed in --skip-ids are skipped too; only the paths of those gold
files are read. Identical paragraphs (pages repeat boilerplate) are written once.

usage: eb_news_text.py --repo EB_GIT_DIR --skip-titles FILE [--skip-gold GOLD.jsonl ...] [--skip-ids FILE] > eb.txt
"""
import argparse
import html
import json
import re
import subprocess
import sys
import unicodedata

PREFIX = "webapp/view/staticpags/"


def norm(title):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", html.unescape(title)))


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def gold_paths(path):
    paths = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                source = json.loads(line).get("meta", {}).get("source", "")
                if "likgjava/eb/" in source:
                    paths.add(source.split("likgjava/eb/", 1)[1])
    return paths


def paragraphs(body):
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", body)
    body = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\u00a0", " ")
    for line in body.split("\n"):
        line = line.strip()
        if sum(1 for c in line if "\u4e00" <= c <= "\u9fff") >= 8:
            yield line


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--skip-titles", required=True)
    parser.add_argument("--skip-gold", action="append", default=[])
    parser.add_argument("--skip-ids", default=None)
    args = parser.parse_args()
    reserved = {norm(l) for l in open(args.skip_titles, encoding="utf-8") if l.strip()}
    skip_paths = set().union(*(gold_paths(g) for g in args.skip_gold)) if args.skip_gold else set()
    skip_ids = {l.strip() for l in open(args.skip_ids, encoding="utf-8") if l.strip()} if args.skip_ids else set()
    pages = [p for p in git(args.repo, "ls-tree", "-r", "HEAD", "--name-only").decode().splitlines()
             if p.startswith(PREFIX) and p.endswith(".jsp")]
    seen, counts = set(), {"pages": 0, "reserved": 0, "dev": 0, "ids": 0, "untitled": 0, "paragraphs": 0}
    for path in sorted(pages):
        if path in skip_paths:
            counts["dev"] += 1
            continue
        if path.rsplit("/", 1)[1][:-4] in skip_ids:
            counts["ids"] += 1
            continue
        page = git(args.repo, "show", "HEAD:" + path).decode("utf-8", "replace")
        heading = re.search(r"(?is)<h1>(.*?)</h1>", page)
        if not heading:
            counts["untitled"] += 1
            continue
        if norm(re.sub(r"<[^>]+>", "", heading.group(1))) in reserved:
            counts["reserved"] += 1
            continue  # its body is never looked at
        counts["pages"] += 1
        for line in paragraphs(page[heading.end():]):
            if line not in seen:
                seen.add(line)
                counts["paragraphs"] += 1
                print(line)
    print(" ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
