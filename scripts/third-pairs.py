#!/usr/bin/env python3
"""Draw a third pool of FA-KES dev article pairs for incident-linking judgement, without running Tally.

  python3 scripts/third-pairs.py [--csv corpus/fakes-dev.csv] [--days 7] [--top 24] [--random 12]
      [--seed 20261206] [--out /tmp/third-pairs.txt] [--show]

Candidates: every unordered pair of dev articles whose crowd `date` columns are at most --days apart (any
governorate), minus every pair in fakes-dev-pairs.tsv and fakes-dev-pairs-fresh.tsv. From them: the --top pairs by the
TF-IDF cosine of title and first 1,200 characters (pairs that read alike, where a `yes` is likeliest), and a seeded
sample (random.Random(--seed), from the sorted rest) of --random pairs whose crowd `location` is the same. Neither
step looks at Tally's output. The CSV is read as cp1252 with errors="replace", first row per unit_id.
Writes a<TAB>b<TAB>how per chosen pair to --out; --show prints both titles and texts for reading.
"""
import argparse, importlib.util, itertools, math, os, random, re, sys
from collections import Counter

GOLD = "core/src/test/resources/org/tally/link/gold/"


# the CSV reader, the crowd date and the judged-pairs reader are fresh-pairs.py's (a file name with a hyphen)
_spec = importlib.util.spec_from_file_location("fresh_pairs", os.path.join(os.path.dirname(__file__), "fresh-pairs.py"))
_fresh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fresh)
load, crowd_date, judged = _fresh.load, _fresh.crowd_date, _fresh.judged_pairs


def vectors(arts):
    words = {u: re.findall(r"[a-z]{3,}", (r["article_title"] + " " + r["article_content"][:1200]).lower())
             for u, r in arts.items()}
    df = Counter(w for ws in words.values() for w in set(ws))
    n = len(arts)
    out = {}
    for u, ws in words.items():
        tf = Counter(ws)
        v = {w: c * math.log(n / df[w]) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[u] = {w: x / norm for w, x in v.items()}
    return out


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default="corpus/fakes-dev.csv")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--top", type=int, default=24)
    ap.add_argument("--random", type=int, default=12)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", default="/tmp/third-pairs.txt")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = load(args.csv)
    old = judged(GOLD + "fakes-dev-pairs.tsv") | judged(GOLD + "fakes-dev-pairs-fresh.tsv")
    vec = vectors(arts)
    pool = []
    for a, b in itertools.combinations(sorted(arts), 2):
        da, db = crowd_date(arts[a]["date"]), crowd_date(arts[b]["date"])
        if da is None or db is None or abs((da - db).days) > args.days or (a, b) in old:
            continue
        pool.append((cosine(vec[a], vec[b]), a, b))
    pool.sort(key=lambda t: (-t[0], t[1], t[2]))
    top = [(a, b, f"top cosine {c:.2f}") for c, a, b in pool[:args.top]]
    rest = sorted((a, b) for c, a, b in pool[args.top:]
                  if arts[a]["location"].strip().lower() == arts[b]["location"].strip().lower() != "")
    sample = [(a, b, "random same governorate") for a, b in
              sorted(random.Random(args.seed).sample(rest, min(args.random, len(rest))))]
    chosen = top + sample
    print(f"candidates {len(pool)}; same-governorate rest {len(rest)}; chosen {len(chosen)}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as f:
        for a, b, how in chosen:
            f.write(f"{a}\t{b}\t{how}\n")
    if args.show:
        for a, b, how in chosen:
            print(f"\n######## {a} {b} ({how})")
            for u in (a, b):
                r = arts[u]
                print(f"--- [{u}] {r['article_title']}\n{r['article_content'][:1500]}")


if __name__ == "__main__":
    main()
