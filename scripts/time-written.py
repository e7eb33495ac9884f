#!/usr/bin/env python3
"""Scores the days Tally gives claims and main incidents on the written time set (resolve/time/written).

  python3 scripts/time-written.py [SET_DIR] [-v]

For each gold row (doc, harm, min, start, end) the claims of that document with that harm and that lower bound are
looked up in `tally extract`'s output; the row is right when one of them has a `when` that overlaps the gold span
(as score.py scores `when`). For each document whose main.tsv gives a day, `tally docs`' `event_date` is right when
it lies within a day of it (as score.py scores FA-KES dates). TALLY_BIN runs another build.
"""
import datetime as dt, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TALLY = os.environ.get("TALLY_BIN") or os.path.join(HERE, "..", "tally")
DEFAULT = os.path.join(HERE, "..", "core/src/test/resources/org/tally/resolve/time/written")


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def run(*args):
    out = subprocess.run([TALLY, *args], capture_output=True, text=True)
    if out.returncode not in (0, 2):
        sys.exit(f"tally {' '.join(args)} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def day(s):
    return dt.date.fromisoformat(s[:10]) if s else None


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    root = args[0] if args else DEFAULT
    claims = run("extract", os.path.join(root, "docs"), "--format", "jsonl")
    docs = {str(d["doc"]): d for d in run("docs", os.path.join(root, "docs"), "--format", "jsonl")}
    right = 0
    gold = rows(os.path.join(root, "gold.tsv"))
    for doc, harm, n, start, end, phrase in gold:
        s, e = day(start), day(end)
        found = [c for c in claims if c["doc"] == doc and c["harm"] == harm and c.get("min") == int(n)]
        spans = [(day(c["when"]["start"]), day(c["when"]["end"])) for c in found if c.get("when")]
        if any(a <= e and s <= b for a, b in spans):
            right += 1
        elif verbose:
            why = "no such claim" if not found else ("no when" if not spans else f"when {spans}")
            print(f"CLAIM {doc} {harm} {n}: gold {start}..{end} ({phrase}): {why}")
    mains = [(doc, d) for doc, d in rows(os.path.join(root, "main.tsv")) if d != "-"]
    main_right = 0
    for doc, d in mains:
        got = day(docs.get(doc, {}).get("event_date"))
        if got and abs((got - day(d)).days) <= 1:
            main_right += 1
        elif verbose:
            print(f"MAIN  {doc}: gold {d}, event_date {got}, published {docs.get(doc, {}).get('date')}")
    print(f"claim days right {right} of {len(gold)} ({right / len(gold):.3f}); "
          f"main incident's day right {main_right} of {len(mains)} ({main_right / len(mains):.3f})")


if __name__ == "__main__":
    main()
