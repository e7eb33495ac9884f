#!/usr/bin/env python3
"""Judged pairs one linking run gains and loses against another.

  python3 scripts/link-diff.py BEFORE_INCIDENTS BEFORE_DOCS AFTER_INCIDENTS AFTER_DOCS --judged PAIRS [--judged PAIRS]

Each run is the output of `tally incidents … --format jsonl` and `tally docs … --format jsonl` over one corpus.
Pairs are counted as scripts/link-eval.py counts them (the articles' main claims share an incident). Prints, per
judged file, every judged pair that one run links and the other does not, with its judgement and reason: a `yes`
gained or a `no` lost is better, a `yes` lost or a `no` gained is worse.
"""
import importlib.util, json, os, sys

spec = importlib.util.spec_from_file_location("link_eval", os.path.join(os.path.dirname(__file__), "link-eval.py"))
link_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(link_eval)


def linked(incidents_path, docs_path):
    leads = {}
    for line in open(docs_path, encoding="utf-8"):
        if line.strip():
            doc = json.loads(line)
            if doc.get("event_evidence"):
                leads[str(doc["doc"])] = doc["event_evidence"]
    incidents = [json.loads(line) for line in open(incidents_path, encoding="utf-8") if line.strip()]
    return link_eval.predicted_pairs(incidents, leads)[0]


def judged(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        out[tuple(sorted(cols[:2]))] = (cols[2], cols[3] if len(cols) > 3 else "")
    return out


def main(argv):
    files = [a for i, a in enumerate(argv[1:], 1) if not a.startswith("--") and argv[i - 1] != "--judged"]
    pools = [argv[i + 1] for i, a in enumerate(argv) if a == "--judged"]
    if len(files) != 4 or not pools:
        sys.exit(__doc__)
    before, after = linked(files[0], files[1]), linked(files[2], files[3])
    for pool in pools:
        pairs = judged(pool)
        print(f"== {os.path.basename(pool)}")
        for verb, diff in (("gained", after - before), ("lost", before - after)):
            for pair in sorted(diff):
                if pair in pairs:
                    same, reason = pairs[pair]
                    good = (same == "yes") == (verb == "gained")
                    print(f"  {verb} {'better' if good else 'WORSE '} {same:6} {pair[0]} {pair[1]}  {reason[:120]}")


if __name__ == "__main__":
    main(sys.argv)
