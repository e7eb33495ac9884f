#!/usr/bin/env python3
"""How often `tally docs` gives as event_killed the toll of the incident an article leads with, by a gold file.

  python3 scripts/toll-check.py GOLD_CLAIMS.jsonl DOCS.jsonl

The gold lead toll is the first required gold claim (file order, which is text order, headline first) that counts the
killed of one incident; its interval or one of its `alt` intervals must equal event_killed's [min, max].
"""
import json, sys

def main(gold_path, docs_path):
    lead = {}
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        if g.get("none") or g.get("optional") or g["harm"] != "killed" or g.get("scope") != "incident":
            continue
        lead.setdefault(str(g["doc"]), [(g["min"], g["max"])] + [tuple(a) for a in g.get("alt", [])])
    docs = {str(d["doc"]): d for d in map(json.loads, open(docs_path, encoding="utf-8"))}
    hits = 0
    for doc, tolls in lead.items():
        killed = (docs.get(doc) or {}).get("event_killed") or {}
        got = (killed.get("min"), killed.get("max"))
        ok = got in tolls
        hits += ok
        if "-v" in sys.argv and not ok:
            print(f"{doc}: gold {tolls[0]} got {got}")
    print(f"articles leading with an incident toll {len(lead)}; event_killed equal {hits} ({hits / len(lead):.3f})")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
