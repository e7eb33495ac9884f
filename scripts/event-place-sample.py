#!/usr/bin/env python3
"""A fresh sample of FA-KES dev articles for judging the governorate of each article's main event by hand (issue 13).

  python3 scripts/event-place-sample.py draw [--n 40] [--seed 20261210]      # prints the chosen articles to read
  python3 scripts/event-place-sample.py score SAMPLE.tsv DOCS.jsonl          # event_location.admin1 against it

draw: the articles of corpus/fakes-dev.csv (cp1252, first row per unit_id) that neither dev claim gold
(core/src/test/resources/org/tally/extract/gold/fakes-dev-40*.jsonl) holds, sorted by id; a seeded sample of --n
(random.Random(--seed)); each printed with its title and the first 900 characters of its text, and nothing of Tally's.
score: SAMPLE.tsv has unit_id<TAB>admin1 (Tally's governorate names; "-" when the article has no casualty event in one
governorate) per line after '#' comments; prints accuracy over the articles whose admin1 is not "-", and each miss.
"""
import csv, glob, io, json, random, sys

CSV = "corpus/fakes-dev.csv"
GOLD = "core/src/test/resources/org/tally/extract/gold/"


def articles():
    text = open(CSV, "rb").read().decode("cp1252", errors="replace")
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["unit_id"].strip(), row)
    return out


def draw(n, seed):
    arts = articles()
    used = set()
    for path in glob.glob(GOLD + "fakes-dev-40*.jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                used.add(str(json.loads(line)["doc"]))
    pool = sorted(u for u in arts if u not in used)
    for u in sorted(random.Random(seed).sample(pool, n)):
        r = arts[u]
        print(f"\n### {u} | {r['source']} | {r['article_title'].strip()}")
        print(" ".join(r["article_content"].split())[:900])


def score(sample, docs_path):
    gold = {}
    for line in open(sample, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        unit, admin1 = line.rstrip("\n").split("\t")[:2]
        gold[unit] = admin1
    docs = {str(json.loads(l)["doc"]): json.loads(l) for l in open(docs_path, encoding="utf-8") if l.strip()}
    judged = {u: a for u, a in gold.items() if a != "-"}
    right = 0
    for u, a in sorted(judged.items()):
        got = ((docs.get(u) or {}).get("event_location") or {}).get("admin1")
        if got == a:
            right += 1
        else:
            print(f"MISS {u}: judged {a}, Tally {got}")
    print(f"event governorate {right} of {len(judged)} ({right / len(judged):.3f}); {len(gold) - len(judged)} without one")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "draw":
        args = sys.argv[2:]
        n = int(args[args.index("--n") + 1]) if "--n" in args else 40
        seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 20261210
        draw(n, seed)
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
