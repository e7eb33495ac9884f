#!/usr/bin/env python3
"""Draw a fresh sample of FA-KES dev articles for judging each article's main incident by hand (issues 11 and 13).

  python3 scripts/main-incident-draw.py [--n 30] [--seed 20261207] [--ids-only]

Pool: the distinct unit_ids of corpus/fakes-dev.csv (cp1252, first row per unit_id), sorted, less every article
already in a hand-judged sample of its kind or of claims: the dev claim golds (extract/gold/fakes-dev-*.jsonl), the
attribution samples (extract/gold/attribution-fresh*.tsv) and the event samples (event/gold/*.tsv). Draws --n with
random.Random(--seed).sample and prints each chosen article's title, source and whole text (no crowd column), nothing of Tally's,
so the judge reads the article before any output of Tally on it.
"""
import argparse, csv, glob, io, json, random

CSV = "corpus/fakes-dev.csv"
RES = "core/src/test/resources/org/tally/"


def articles():
    text = open(CSV, "rb").read().decode("cp1252", errors="replace")
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["unit_id"].strip(), row)
    return out


def used_ids():
    used = set()
    for path in glob.glob(RES + "extract/gold/fakes-dev-*.jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                used.add(str(json.loads(line)["doc"]))
    for path in glob.glob(RES + "extract/gold/attribution-fresh*.tsv") + glob.glob(RES + "event/gold/*.tsv"):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                used.add(line.split("\t")[0].strip())
    return used


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--ids-only", action="store_true")
    a = ap.parse_args()
    arts = articles()
    pool = sorted(u for u in arts if u not in used_ids())
    chosen = random.Random(a.seed).sample(pool, a.n)
    if a.ids_only:
        print("\n".join(chosen))
        return
    for u in chosen:
        r = arts[u]
        print(f"\n### {u} | {r['source']} | {r['article_title'].strip()}")
        print(" ".join(r["article_content"].split()))


if __name__ == "__main__":
    main()
