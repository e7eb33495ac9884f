#!/usr/bin/env python3
"""Pick the 40 FA-KES dev articles annotated in fakes-dev-40.jsonl.

Random, not chosen for ease: random.Random(20261121).sample(sorted unit_ids, 40).
Prints the chosen unit_ids, one per line, in sample order.
"""
import csv, io, random, sys

PATH = "/work/shared/corpus/fakes-dev.csv"
SEED = 20261121
N = 40


def unit_ids(path=PATH):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    return sorted(r["unit_id"] for r in csv.DictReader(io.StringIO(text)))


def main():
    ids = unit_ids(sys.argv[1] if len(sys.argv) > 1 else PATH)
    for uid in random.Random(SEED).sample(ids, N):
        print(uid)


if __name__ == "__main__":
    main()
