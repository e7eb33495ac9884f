#!/usr/bin/env python3
"""Pick the 20 further FA-KES dev articles annotated in fakes-dev-20f.jsonl (issue 11, helper count13).

Random, not chosen for ease: the sorted distinct unit_ids minus every id of chosen-ids.txt (fakes-dev-40),
chosen-ids-b.txt (fakes-dev-40b), chosen-ids-c.txt (fakes-dev-20c), chosen-ids-d.txt (fakes-dev-20d), chosen-ids-e.txt (fakes-dev-20e) and the first column of every attribution-fresh*.tsv sample, then
random.Random(20261209).sample(remaining, 20). Prints the chosen unit_ids, one per line, in sample order.
"""
import csv, glob, io, os, random, sys

PATH = "/work/shared/corpus/fakes-dev.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
N = 20


def unit_ids(path=PATH):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    return sorted({r["unit_id"] for r in csv.DictReader(io.StringIO(text))})


def excluded():
    ids = set()
    for name in ("chosen-ids.txt", "chosen-ids-b.txt", "chosen-ids-c.txt", "chosen-ids-d.txt", "chosen-ids-e.txt"):
        ids |= set(open(os.path.join(HERE, name)).read().split())
    for tsv in glob.glob(os.path.join(HERE, "attribution-fresh*.tsv")):
        for line in open(tsv, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t", 1)[0].strip())
    return ids


def main():
    ids = unit_ids(sys.argv[1] if len(sys.argv) > 1 else PATH)
    gone = excluded()
    remaining = [i for i in ids if i not in gone]
    print(f"# {len(ids)} distinct ids, {len(remaining)} left after excluding {len(gone)}", file=sys.stderr)
    for uid in random.Random(SEED).sample(remaining, N):
        print(uid)


if __name__ == "__main__":
    main()
