#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Summarises one run of security/scan.sh into OUT/findings.md and prints it.

Usage: findings.py OUT MINUTES COMMAND. Reads OUT/wapiti.json, OUT/sqlmap-*.log and
OUT/access.log. Exits 1 when there is a wapiti finding of medium level or above, an injectable
parameter, or a 5xx answer; 0 otherwise.
"""
import collections
import glob
import json
import os
import re
import sys

LEVELS = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}


def wapiti(out):
    path = os.path.join(out, "wapiti.json")
    if not os.path.exists(path):
        return [], "wapiti wrote no report"
    report = json.load(open(path, encoding="utf-8"))
    found = collections.Counter()
    for kind in ("vulnerabilities", "anomalies", "additionals"):
        for category, items in (report.get(kind) or {}).items():
            for item in items:
                found[(int(item.get("level", 0)), kind, category, item.get("method", ""),
                       item.get("path", ""), item.get("parameter", ""),
                       " ".join(str(item.get("info", "")).split())[:200])] += 1
    rows = [key + (count,) for key, count in found.items()]
    version = report.get("infos", {}).get("version", "wapiti")
    return sorted(rows, key=lambda r: (-r[0], r[2], r[4])), version


def sqlmap(out):
    rows = []
    for path in sorted(glob.glob(os.path.join(out, "sqlmap-*.log"))):
        name = os.path.basename(path)[len("sqlmap-"):-len(".log")]
        text = open(path, encoding="utf-8", errors="replace").read()
        parameter = r"((?:\(custom\) )?(?:[A-Z]+ )?parameter '[^']+')"
        tested = sorted(set(re.findall(r"testing for SQL injection on " + parameter, text)))
        injectable = sorted(set(re.findall(parameter + r" is '[^']+' injectable", text)))
        errors = re.search(r"HTTP error codes detected during run:\s*\n?(.*)", text)
        ended = re.search(r"ended with (\d+)", text)
        verdict = ("INJECTABLE: " + ", ".join(injectable) if injectable
                   else "budget used up before the end" if ended and ended.group(1) == "124"
                   else "not injectable" if "do not appear to be injectable" in text
                   or "does not seem to be injectable" in text else "see log")
        rows.append((name, ", ".join(tested) or "-", verdict,
                     errors.group(1).strip() if errors else "-", len(injectable)))
    return rows


def access(out):
    statuses = collections.Counter()
    server_errors = collections.Counter()
    paths = set()
    line_re = re.compile(r'"(\S+) (\S+)[^"]*" (\d{3}) ')
    path = os.path.join(out, "access.log")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            m = line_re.search(line)
            if not m:
                continue
            status = int(m.group(3))
            paths.add(m.group(2).split("?")[0])
            statuses[status // 100 * 100] += 1
            if status >= 500:
                server_errors[f"{m.group(1)} {m.group(2).split('?')[0]} → {status}"] += 1
    return statuses, server_errors, len(paths)


def main():
    out, minutes, command = sys.argv[1], sys.argv[2], sys.argv[3]
    wrows, wnote = wapiti(out)
    srows = sqlmap(out)
    statuses, server_errors, paths = access(out)
    lines = [f"# Scan findings ({minutes} min)", "", f"Command: `{command}`", "",
             f"Requests answered: " + ", ".join(f"{k // 100}xx {v}" for k, v in
                                                 sorted(statuses.items()))
             + f" ({paths} distinct paths)", "",
             f"## wapiti ({wnote})", "",
             "| level | kind | category | method | path | parameter | info | times |",
             "|---|---|---|---|---|---|---|---|"]
    for level, kind, category, method, path, parameter, info, count in wrows:
        lines.append(f"| {LEVELS.get(level, level)} | {kind} | {category} | {method} | `{path}` "
                     f"| {parameter} | {info.replace('|', '/')} | {count} |")
    lines += ["", "## sqlmap", "", "| target | parameters tested | verdict | HTTP errors |",
              "|---|---|---|---|"]
    for name, tested, verdict, errors, _ in srows:
        lines.append(f"| {name} | {tested} | {verdict} | {errors} |")
    lines += ["", "## 5xx answers (access log)", ""]
    lines += [f"- {k}: {v}" for k, v in server_errors.most_common()] or ["- none"]
    text = "\n".join(lines) + "\n"
    open(os.path.join(out, "findings.md"), "w", encoding="utf-8").write(text)
    print(text)
    bad = (any(r[0] >= 2 for r in wrows if r[1] == "vulnerabilities")
           or any(r[4] for r in srows) or server_errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
