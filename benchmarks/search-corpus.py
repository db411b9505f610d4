#!/usr/bin/env python3
"""QUALITY.md P4/P5 corpus: N FAQ-like entries (default 100,000) built from the demo FAQ texts.

Each entry is Chinese (seven in ten) or English: one demo question of that language as its title
(numbered, so titles differ) and a body of three to six sentences drawn from the demo FAQ answers
of that language, with a fixed seed, so the text is real Traditional Chinese or English.
Writes corpus.tsv (id, title, body; tabs and newlines removed) and queries.tsv (length, query):
QUERIES substrings of each length 1-6 cut from random entries (Chinese for 1-2 characters, Chinese
or English words for longer ones), so every query has at least one hit.

Usage: python3 benchmarks/search-corpus.py OUT_DIR [N] [QUERIES]
"""
import glob
import html
import json
import os
import random
import re
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
per_length = int(sys.argv[3]) if len(sys.argv) > 3 else 200
root = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "demo", "faq")
titles = {"zh": [], "en": []}
sentences = {"zh": [], "en": []}
for path in sorted(glob.glob(os.path.join(root, "*.json"))):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for e in data["entries"]:
        for lang in ("zh", "en"):
            titles[lang].append(e["question"][lang])
            text = html.unescape(re.sub(r"<[^>]+>", " ", e["answer"][lang]))
            parts = re.split(r"(?<=[。！？；])|(?<=[.!?;])\s+", text)
            sentences[lang] += [p.strip() for p in parts if p and len(p.strip()) > 3]
if not titles["zh"]:
    sys.exit("no demo FAQ under " + root)
rng = random.Random(20261207)
clean = lambda s: re.sub(r"[\t\r\n]+", " ", s)
rows = []
with open(os.path.join(out, "corpus.tsv"), "w", encoding="utf-8") as f:
    for i in range(1, n + 1):
        lang = "zh" if rng.random() < 0.7 else "en"
        title = clean(f"{rng.choice(titles[lang])} ({i})")
        sep = "" if lang == "zh" else " "
        body = clean(sep.join(rng.choice(sentences[lang]) for _ in range(rng.randint(3, 6))))
        rows.append(title + " " + body)
        f.write(f"{i}\t{title}\t{body}\n")
cjk = re.compile(r"[\u4e00-\u9fff]+")
with open(os.path.join(out, "queries.tsv"), "w", encoding="utf-8") as f:
    for length in range(1, 7):
        made = 0
        while made < per_length:
            text = rng.choice(rows)
            runs = [m.group() for m in cjk.finditer(text) if len(m.group()) >= length]
            if length >= 3 and rng.random() < 0.25:
                words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) == length]
                if words:
                    f.write(f"{length}\t{rng.choice(words).lower()}\n")
                    made += 1
                    continue
            if runs:
                run = rng.choice(runs)
                start = rng.randrange(len(run) - length + 1)
                f.write(f"{length}\t{run[start:start + length]}\n")
                made += 1
print(f"{n} entries, {6 * per_length} queries in {out}")
