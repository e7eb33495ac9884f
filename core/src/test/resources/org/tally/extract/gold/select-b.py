#!/usr/bin/env python3
"""Pick the 40 further FA-KES dev articles annotated in fakes-dev-40b.jsonl.

Random, not chosen for ease: the sorted unit_ids minus the 40 of chosen-ids.txt,
then random.Random(20261205).sample(remaining, 40).
Prints the chosen unit_ids, one per line, in sample order.
"""
import csv, io, os, random, sys

PATH = "/work/shared/corpus/fakes-dev.csv"
FIRST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chosen-ids.txt")
SEED = 20261205
N = 40


def unit_ids(path=PATH):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    return sorted(r["unit_id"] for r in csv.DictReader(io.StringIO(text)))


def main():
    ids = unit_ids(sys.argv[1] if len(sys.argv) > 1 else PATH)
    first = set(open(FIRST).read().split())
    remaining = [i for i in ids if i not in first]
    for uid in random.Random(SEED).sample(remaining, N):
        print(uid)


if __name__ == "__main__":
    main()
