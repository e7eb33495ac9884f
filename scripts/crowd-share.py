#!/usr/bin/env python3
"""Share of FA-KES articles whose crowd-extracted civilian death count is held by one of Tally's killed claims.

  python3 scripts/crowd-share.py corpus/fakes-dev.csv claims.jsonl

A count n is "held" by a claim when the claim's [min, max] contains n (null = unbounded), and "exact" when
min == max == n. Only articles with nb_civilians > 0 count; claims in related or comment sections are ignored.
The crowd columns are noisy (the FA-KES authors' own caveat): treat this as a second check, not gold.
"""
import csv, json, sys
from collections import defaultdict

def main(fakes, pred):
    claims = defaultdict(list)
    with open(pred, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                if c.get("harm") == "killed" and c.get("section", "body") in ("title", "body"):
                    claims[str(c["doc"])].append(c)
    raw = open(fakes, "rb").read()
    text = raw.decode("utf-8", errors="replace")
    import io
    rows = list(csv.DictReader(io.StringIO(text)))
    n = held = exact = 0
    misses = []
    for r in rows:
        try:
            k = int(float(r["nb_civilians"]))
        except ValueError:
            continue
        if k <= 0:
            continue
        n += 1
        cs = claims.get(r["unit_id"], [])
        if any((c["min"] is None or c["min"] <= k) and (c["max"] is None or k <= c["max"]) for c in cs):
            held += 1
        else:
            misses.append(r["unit_id"])
        if any(c["min"] == k and c["max"] == k for c in cs):
            exact += 1
    print(f"articles with a crowd civilian count {n}")
    print(f"held by a killed claim {held} ({held / n:.3f})")
    print(f"exactly equal to a killed claim {exact} ({exact / n:.3f})")
    if "-v" in sys.argv:
        print("not held:", " ".join(misses))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
