#!/usr/bin/env python3
"""Draw a fresh pool of FA-KES dev article pairs for incident-linking judgement, without running Tally.

  python3 scripts/fresh-pairs.py [--csv corpus/fakes-dev.csv]
      [--judged core/src/test/resources/org/tally/link/gold/fakes-dev-pairs.tsv]
      [--days 7] [--cap 250] [--sample 200] [--seed 20261205] [--out /tmp/fresh-pairs.txt] [--show]

The pool is every unordered pair of articles whose crowd `date` columns are at most --days apart and whose crowd
`location` (governorate) columns are equal, minus every pair already in the --judged file. The CSV is read as
cp1252 with errors="replace"; the first row is kept for each repeated unit_id, as in the existing gold. If the pool
has more than --cap pairs, a sample of --sample pairs is drawn with random.Random(--seed) from the sorted pool.
Prints the pool size and the sample size; writes the chosen pairs (a<TAB>b, a < b as strings) to --out.
--show prints each chosen pair's two titles and texts, for reading.
"""
import argparse
import csv
import datetime
import itertools
import random
import sys


def load(path):
    arts = {}
    with open(path, encoding="cp1252", errors="replace", newline="") as f:
        for r in csv.DictReader(f):
            arts.setdefault(r["unit_id"].strip(), r)
    return arts


def crowd_date(s):
    try:
        return datetime.datetime.strptime(s.strip(), "%m/%d/%Y").date()
    except ValueError:
        return None


def judged_pairs(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            a, b = line.split("\t")[:2]
            out.add(tuple(sorted((a.strip(), b.strip()))))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default="corpus/fakes-dev.csv")
    ap.add_argument("--judged", default="core/src/test/resources/org/tally/link/gold/fakes-dev-pairs.tsv")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--cap", type=int, default=250)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261205)
    ap.add_argument("--out", default="/tmp/fresh-pairs.txt")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    arts = load(args.csv)
    old = judged_pairs(args.judged)
    ids = sorted(arts)
    pool = []
    for a, b in itertools.combinations(ids, 2):
        ra, rb = arts[a], arts[b]
        la, lb = ra["location"].strip().lower(), rb["location"].strip().lower()
        da, db = crowd_date(ra["date"]), crowd_date(rb["date"])
        if not la or la != lb or da is None or db is None:
            continue
        if abs((da - db).days) > args.days:
            continue
        if (a, b) in old:
            continue
        pool.append((a, b))
    print(f"articles {len(arts)}; already judged pairs {len(old)}; fresh pool {len(pool)}", file=sys.stderr)
    chosen = pool
    if len(pool) > args.cap:
        chosen = sorted(random.Random(args.seed).sample(pool, args.sample))
        print(f"pool over {args.cap}: seeded sample (random.Random({args.seed})) of {len(chosen)}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as f:
        for a, b in chosen:
            f.write(f"{a}\t{b}\n")
    print(f"wrote {len(chosen)} pairs to {args.out}", file=sys.stderr)
    if args.show:
        for a, b in chosen:
            print("=" * 100)
            for x in (a, b):
                r = arts[x]
                print(f"--- {x} | {r['source']} | crowd {r['date']} {r['location']} | {r['article_title'].strip()}")
                print(" ".join(r["article_content"].split())[:1500])


if __name__ == "__main__":
    main()
