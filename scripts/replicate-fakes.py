#!/usr/bin/env python3
"""A large corpus for memory and time measurements: FA-KES rows repeated with fresh ids until there are N.

  python3 scripts/replicate-fakes.py corpus/fakes-dev.csv 100000 /tmp/fakes-100k.csv

Row r of copy c gets the id UNIT_ID-CCC-R, so every row is a document of its own (the dev half repeats a few
unit_ids). The output is UTF-8 CSV with FA-KES's columns; `tally ingest` reads it as it reads the original. The
copies share their dates and places, so linking finds each incident once per copy: a denser corpus than a real one.
"""
import csv, sys

def main(source, count, target):
    with open(source, encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(target, "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        out.writeheader()
        for n in range(count):
            row = dict(rows[n % len(rows)])
            row["unit_id"] = f"{row['unit_id']}-{n // len(rows):03d}-{n % len(rows)}"
            out.writerow(row)
    print(f"{target}: {count} rows from {len(rows)}")

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
