#!/usr/bin/env python3
"""Pairwise precision and recall of incident linking on a written linking set (issue 13).

  python3 scripts/link-written.py GOLD.tsv DOCS.jsonl INCIDENTS.jsonl [-v]

GOLD.tsv (core/src/test/resources/org/tally/link/written/gold.tsv): unit_id, the article's main incident (or "-" for
none), a note. Every pair of articles is judged by it: a pair is gold when both articles have one incident id.
DOCS.jsonl and INCIDENTS.jsonl are `tally docs` and `tally incidents` of the set's articles.csv (--format jsonl).
Predicted pairs are counted as `scripts/link-eval.py --judged` counts them: the main claims of two articles (the
count `tally docs` leads with) share an incident of kind "incident". Unlike the FA-KES pools the gold is complete, so
every predicted pair is judged: a pair with a "-" article is wrong.
-v lists the wrong and the missed pairs with both titles and the incidents that hold the articles' main claims.
"""
import importlib.util, itertools, json, os, sys
from collections import defaultdict

_spec = importlib.util.spec_from_file_location("link_eval", os.path.join(os.path.dirname(__file__), "link-eval.py"))
link_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(link_eval)


def read_gold(path):
    gold = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        gold[cells[0].strip()] = (cells[1].strip(), cells[2].strip() if len(cells) > 2 else "")
    return gold


def gold_pairs(gold):
    groups = defaultdict(set)
    for unit, (incident, _) in gold.items():
        if incident != "-":
            groups[incident].add(unit)
    return link_eval.pairs(groups.values())


def read_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main(argv):
    files = [a for a in argv[1:] if not a.startswith("-")]
    if len(files) != 3:
        sys.exit(__doc__)
    gold = read_gold(files[0])
    docs = {str(d["doc"]): d for d in read_jsonl(files[1])}
    incidents = read_jsonl(files[2])
    leads = {unit: d["event_evidence"] for unit, d in docs.items() if d.get("event_evidence")}
    pred, count, linked, home = link_eval.predicted_pairs(incidents, leads)
    pred = {pair for pair in pred if pair[0] in gold and pair[1] in gold}
    want = gold_pairs(gold)
    true = pred & want
    p = len(true) / len(pred) if pred else None
    r = len(true) / len(want) if want else None
    f = 2 * p * r / (p + r) if p and r else None
    shown = lambda x: "n/a" if x is None else f"{x:.3f}"
    lead_less = sorted(u for u, (incident, _) in gold.items() if incident != "-" and u not in leads)
    print(f"articles {len(gold)}  gold pairs {len(want)}  predicted {len(pred)}  true {len(true)}  "
          f"P {shown(p)}  R {shown(r)}  F1 {shown(f)}  (no main incident: {len(lead_less)} of the articles with one)")
    if "-v" in argv:
        for kind, listed in (("WRONG", sorted(pred - want)), ("MISSED", sorted(want - pred))):
            for a, b in listed:
                print(f"\n=== {kind} {a} {b}")
                for unit in (a, b):
                    print(f"  [{unit}] {gold[unit][0]} {docs.get(unit, {}).get('title', '')[:90]}")
                seen = set()
                for unit in (a, b):
                    for incident in home.get(unit, []):
                        if incident["id"] in seen:
                            continue
                        seen.add(incident["id"])
                        when = incident.get("when") or {}
                        place = incident.get("location") or {}
                        print(f"  {incident['id']} {when.get('start')}..{when.get('end')} {place.get('name')}/"
                              f"{place.get('admin1')} {incident['harm']} {incident['victims']} "
                              f"{incident['low']}-{incident['high']} {len(incident['claims'])} claims")
        for unit in lead_less:
            print(f"\n=== NO MAIN INCIDENT [{unit}] {gold[unit][0]} {docs.get(unit, {}).get('title', '')[:90]}")


if __name__ == "__main__":
    main(sys.argv)
