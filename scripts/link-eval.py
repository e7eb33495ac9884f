#!/usr/bin/env python3
"""Pairwise precision and recall of incident linking on FA-KES.

  python3 scripts/link-eval.py corpus/fakes-dev.csv [incidents.jsonl docs.jsonl] [--any]

Without the file arguments it runs `./tally incidents FAKES --format jsonl` and `./tally docs FAKES --format jsonl`.

Gold: two articles report the same incident when their crowd-annotated `date`, governorate (`location`) and
`cause_of_death` all agree (rows with a blank in any of them are left out). Predicted: the claims of two articles'
main incidents (the sentence `tally docs` gives as `event_evidence`) share an incident (kind "incident"; series are
running counts, not events) in Tally's output; with --any, any claims of the two articles do (background mentions of
a past massacre then count as the same event, which FA-KES's one-event-per-article columns do not). Pairs are unordered pairs of
distinct articles. The crowd columns are noisy and coarse (one cause and one place per article), so this is a
yardstick for changes to linking, not gold truth.
"""
import csv, io, itertools, json, subprocess, sys
from collections import defaultdict


def gold_pairs(path):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    groups = defaultdict(set)
    for row in csv.DictReader(io.StringIO(text)):
        key = tuple(row[c].strip().lower() for c in ("date", "location", "cause_of_death"))
        if all(key):
            groups[key].add(row["unit_id"].strip())
    return pairs(groups.values()), sum(len(g) for g in groups.values())


def predicted_pairs(lines, leads):
    groups = []
    linked = set()
    for line in lines:
        if not line.strip():
            continue
        incident = json.loads(line)
        docs = {str(c["doc"]) for c in incident["claims"]
                if leads is None or leads.get(str(c["doc"])) == c.get("quote")}
        if incident["kind"] == "incident":
            groups.append(docs)
            if len(docs) > 1:
                linked |= docs
    return pairs(groups), len(groups), linked


def pairs(groups):
    out = set()
    for docs in groups:
        out.update(itertools.combinations(sorted(docs), 2))
    return out


def tally(verb, fakes):
    run = subprocess.run(["./tally", verb, fakes, "--format", "jsonl"], capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(run.stderr)
    return run.stdout.splitlines()


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    fakes = argv[1]
    anyclaim = "--any" in argv
    files = [a for a in argv[2:] if not a.startswith("--")]
    if files:
        lines = open(files[0], encoding="utf-8").read().splitlines()
        doc_lines = open(files[1], encoding="utf-8").read().splitlines() if len(files) > 1 else []
    else:
        lines = tally("incidents", fakes)
        doc_lines = [] if anyclaim else tally("docs", fakes)
    leads = None
    if not anyclaim:
        leads = {}
        for line in doc_lines:
            if line.strip():
                doc = json.loads(line)
                if doc.get("event_evidence"):
                    leads[str(doc["doc"])] = doc["event_evidence"]["text"]
    gold, gold_docs = gold_pairs(fakes)
    pred, incidents, linked = predicted_pairs(lines, leads)
    both = gold & pred
    p = len(both) / len(pred) if pred else 0.0
    r = len(both) / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"gold pairs {len(gold)} (over {gold_docs} articles with date, location and cause)")
    print(f"predicted pairs {len(pred)} ({incidents} incidents; {len(linked)} articles share one with another)")
    print(f"true pairs {len(both)}")
    print(f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main(sys.argv)
