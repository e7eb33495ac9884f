#!/usr/bin/env python3
"""How often `tally docs` gives an article's main incident as a hand-judged sample does: governorate, day and toll.

  python3 scripts/main-incident-check.py SAMPLE.tsv DOCS.jsonl [-v]

SAMPLE.tsv (core/src/test/resources/org/tally/event/gold/main-incident-fresh.tsv) has doc, governorates, days and
killed per line after '#' comments; "|" separates acceptable values, "*" accepts any. -v lists each article missed.
"""
import json, sys

def main(sample_path, docs_path, verbose):
    docs = {str(d["doc"]): d for d in map(json.loads, open(docs_path, encoding="utf-8"))}
    n = gov_ok = day_ok = killed_ok = 0
    for line in open(sample_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, govs, days, killed = line.rstrip("\n").split("\t")
        d = docs.get(doc) or {}
        n += 1
        admin1 = (d.get("event_location") or {}).get("admin1")
        day = d.get("event_date")
        low = (d.get("event_killed") or {}).get("min")
        g = admin1 in govs.split("|")
        t = days == "*" or day in days.split("|")
        k = killed == "*" or str(low) in killed.split("|")
        gov_ok += g
        day_ok += t
        killed_ok += k
        if verbose and not (g and t and k):
            print(f"{doc}: got {admin1} {day} {low}; judged {govs} {days} {killed}")
    print(f"articles {n}: governorate {gov_ok}, day {day_ok}, killed {killed_ok}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv)
