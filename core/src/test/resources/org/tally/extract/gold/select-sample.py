#!/usr/bin/env python3
"""Draw a further random sample of FA-KES dev articles for a blind gold, leaving out those already drawn.

    python3 select-sample.py SEED EXCLUDED... [--n 20] [--csv PATH]

Random, not chosen for ease: the sorted distinct unit_ids of the CSV (read as cp1252) minus every id in the EXCLUDED
files (a chosen-ids*.txt holds ids separated by white space; a .tsv sample holds one in its first column), then
random.Random(SEED).sample(remaining, N). Prints the chosen unit_ids, one per line, in sample order. The README beside
this script gives, for each gold, the seed and the files it excluded when it was drawn.
"""
import argparse, csv, io, random, sys

PATH = "/work/shared/corpus/fakes-dev.csv"


def unit_ids(path):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    return sorted({r["unit_id"] for r in csv.DictReader(io.StringIO(text))})


def excluded(files):
    ids = set()
    for name in files:
        if name.endswith(".tsv"):
            for line in open(name, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    ids.add(line.split("\t", 1)[0].strip())
        else:
            ids |= set(open(name).read().split())
    return ids


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("seed", type=int)
    args.add_argument("excluded", nargs="*")
    args.add_argument("--n", type=int, default=20)
    args.add_argument("--csv", default=PATH)
    a = args.parse_args()
    ids = unit_ids(a.csv)
    gone = excluded(a.excluded)
    remaining = [i for i in ids if i not in gone]
    print(f"# {len(ids)} distinct ids, {len(remaining)} left after excluding {len(gone)}", file=sys.stderr)
    for uid in random.Random(a.seed).sample(remaining, a.n):
        print(uid)


if __name__ == "__main__":
    main()
