#!/usr/bin/env python3
"""Sorts the event-date misses of `tally docs` on FA-KES into the data's fault and ours.

  python3 scripts/date-misses.py corpus/fakes-dev.csv docs.jsonl [-v]

A miss is the data's when the crowd date lies after the article's printed publication date (no event is
reported before it happens) or more than 7 days before it while the text names no such day; it is ours when
the crowd date is within the week before publication (the text may well say so) or no publication date was found.
"""
import csv, io, json, sys, datetime as dt, collections

def day(s):
    return dt.date.fromisoformat(s) if s else None

def main(fakes, docs):
    rows = {r["unit_id"]: r for r in csv.DictReader(io.StringIO(open(fakes, encoding="utf-8", errors="replace").read()))}
    pred = {str(json.loads(l)["doc"]): json.loads(l) for l in open(docs, encoding="utf-8") if l.strip()}
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    for uid, r in rows.items():
        m, d, y = map(int, r["date"].split("/"))
        gold = dt.date(y, m, d)
        p = pred.get(uid, {})
        event, published = day(p.get("event_date")), day(p.get("date"))
        if event and abs((event - gold).days) <= 1:
            kinds["right"] += 1
            continue
        if published is None:
            kind = "ours: no publication date found"
        elif gold > published + dt.timedelta(days=1):
            kind = "data: crowd date after the publication date"
        elif (published - gold).days > 7:
            kind = "data: crowd date over a week before publication"
        else:
            kind = "ours: crowd date within the week before publication"
        kinds[kind] += 1
        examples[kind].append(f"{uid} gold={gold} published={published} event={event}")
    n = len(rows)
    for kind, count in sorted(kinds.items()):
        print(f"{count:4d}  {count / n:.3f}  {kind}")
    if "-v" in sys.argv:
        for kind, lines in examples.items():
            print("==", kind)
            print("\n".join(lines))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
