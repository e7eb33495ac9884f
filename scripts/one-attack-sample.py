#!/usr/bin/env python3
"""Issue 14: a fresh sample to judge the one-attack rule (verify/one-attack-words.tsv) by hand.

  python3 scripts/one-attack-sample.py draw corpus/fakes-dev.csv [--seed 1406] [--n 30] > sample.tsv
  python3 scripts/one-attack-sample.py score JUDGED.tsv BEFORE_DIR AFTER_DIR

draw: a seeded random draw of FA-KES dev articles whose CSV date lies in 2016-2019, leaving out those of the judged
link sample (core/src/test/resources/org/tally/verify/fakes-dev-links-judged.tsv); prints id, title and the text's
opening, with an empty `event` column to fill in WITHOUT looking at Tally's output: `one` when the article's lead toll
is of one attack (a strike, a bombing, an explosion, a massacre at one place), `many` when it is a total (several
strikes, a day's or an area's toll, a period's), `none` when it gives no death toll.
score: with two runs of scripts/verify-altered.py (--work BEFORE_DIR and AFTER_DIR), counts for each judged kind how
the verdicts of the inflated copies and of the published and moved articles changed.
"""
import csv, json, os, random, sys


def draw(corpus, seed, n):
    here = os.path.dirname(os.path.abspath(__file__))
    judged = os.path.join(here, "..", "core/src/test/resources/org/tally/verify/fakes-dev-links-judged.tsv")
    excluded = {line.split("\t")[0] for line in open(judged, encoding="utf-8") if line[:1].isdigit()}
    with open(corpus, encoding="cp1252", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["date"][-4:] in ("2016", "2017", "2018", "2019")
                and r["unit_id"] not in excluded]
    rows.sort(key=lambda r: r["unit_id"])
    print("doc\tevent\ttitle\topening")
    for r in random.Random(seed).sample(rows, n):
        opening = " ".join(r["article_content"].split())[:300].replace("\t", " ")
        print(f"{r['unit_id']}\t\t{r['article_title'].strip()}\t{opening}")


def score(judged, before, after):
    labels = {}
    for line in open(judged, encoding="utf-8"):
        if line.startswith("#") or line.startswith("doc\t"):
            continue
        cols = line.rstrip("\n").split("\t")
        labels[cols[0]] = cols[1]

    def load(folder, name):
        path = os.path.join(folder, name + ".jsonl")
        return {str(v["doc"]): v["verdict"] for v in map(json.loads, open(path, encoding="utf-8"))}

    for name in ("inflated", "published", "moved"):
        b, a = load(before, name), load(after, name)
        for kind in ("one", "many", "none"):
            docs = [d for d, k in labels.items() if k == kind and d in b]
            was = sum(1 for d in docs if b[d] == "contradicted")
            now = sum(1 for d in docs if a.get(d) == "contradicted")
            changed = [f"{d} {b[d]}->{a.get(d)}" for d in docs if a.get(d) != b[d]]
            print(f"{name:9s} {kind:4s} {len(docs):3d} articles: contradicted {was} -> {now}"
                  + (f"; changed: {', '.join(changed)}" if changed else ""))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "draw":
        seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1406
        n = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 30
        draw(sys.argv[2], seed, n)
    elif len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
