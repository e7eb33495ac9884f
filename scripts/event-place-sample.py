#!/usr/bin/env python3
"""A fresh sample of FA-KES dev articles for judging the governorate of each article's main event by hand (issue 13).

  python3 scripts/event-place-sample.py draw [--n 40] [--seed 20261210]      # prints the chosen articles to read
  python3 scripts/event-place-sample.py draw --n 40 --seed 20261216 --fresh  # event-place-fresh-2's draw
  python3 scripts/event-place-sample.py score SAMPLE.tsv DOCS.jsonl [CLAIMS.jsonl]  # event_location against it

--fresh (event-place-fresh-2): the pool also leaves out every dev claim gold (fakes-dev-*.jsonl, not only the 40s)
and every article of an event sample (event/gold/*.tsv: the event-place and main-incident samples), and each article
is printed whole, so its other claims can be judged too.

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


EVENT = "core/src/test/resources/org/tally/event/gold/"


def used_ids(fresh):
    used = set()
    for path in glob.glob(GOLD + ("fakes-dev-*.jsonl" if fresh else "fakes-dev-40*.jsonl")):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                used.add(str(json.loads(line)["doc"]))
    if fresh:
        for path in glob.glob(EVENT + "*.tsv"):
            for line in open(path, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    used.add(line.split("\t")[0].strip())
    return used


def draw(n, seed, fresh=False):
    arts = articles()
    used = used_ids(fresh)
    pool = sorted(u for u in arts if u not in used)
    for u in sorted(random.Random(seed).sample(pool, n)):
        r = arts[u]
        print(f"\n### {u} | {r['source']} | {r['article_title'].strip()}")
        text = " ".join(r["article_content"].split())
        print(text if fresh else text[:900])


def key(name):
    """A place name for comparing spellings: letters only, lower case, no leading article, doubled letters single."""
    import re, unicodedata
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(al|el|ad|an|ar|as|at|az|ash)[- ]", "", s)
    s = re.sub(r"[^a-z]", "", s)
    return re.sub(r"(.)\1", r"\1", s)


def same_place(judged, loc):
    """A judged town (alternatives split by "|"; "-" for none) against Tally's event_location: "-" is right when
    Tally names no place finer than the governorate; a town when Tally's name or text spells it (close spellings
    count: "Maaret"/"Maarat")."""
    import difflib
    name, admin1, text = (loc or {}).get("name"), (loc or {}).get("admin1"), (loc or {}).get("text")
    # a governorate, or a region or district of it named for it ("Deir ez-Zor region", "rural Aleppo"), is no finer place
    finer = name is not None and key(admin1 or "-") not in key(name)
    for alt in judged.split("|"):
        if alt == "-":
            if not finer:
                return True
            continue
        for got in (name, text):
            if got and (difflib.SequenceMatcher(None, key(alt), key(got)).ratio() >= 0.8 or key(alt) in key(got)):
                return True
    return False


def score(sample, docs_path, claims_path=None):
    gold, towns, claims = {}, {}, {}
    for line in open(sample, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        gold[cols[0]] = cols[1]
        if len(cols) >= 4:
            towns[cols[0]] = cols[2]
            claims[cols[0]] = [c.split() for c in cols[3].split(";") if c.strip() not in ("", "-")]
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
    if towns:
        right = 0
        for u, t in sorted(towns.items()):
            loc = (docs.get(u) or {}).get("event_location")
            if gold[u] != "-" and (loc or {}).get("admin1") == gold[u] and same_place(t, loc):
                right += 1
            elif gold[u] != "-":
                print(f"TOWN MISS {u}: judged {gold[u]} / {t}, Tally {loc}")
        print(f"event town (governorate and place right) {right} of {len(judged)} ({right / len(judged):.3f})")
    if claims and claims_path:
        tally = {}
        for l in open(claims_path, encoding="utf-8"):
            if l.strip():
                c = json.loads(l)
                tally.setdefault(str(c["doc"]), []).append(c)
        right = total = unmatched = 0
        for u, cs in sorted(claims.items()):
            for harm, count, *admin1 in cs:
                admin1 = " ".join(admin1)
                got = [c for c in tally.get(u, []) if c["harm"] == harm and (count == "*" or c["min"] in (int(count), int(count) + 1))]
                if not got:
                    unmatched += 1
                    print(f"CLAIM UNMATCHED {u}: {harm} {count} {admin1}")
                    continue
                total += 1
                if any((c.get("location") or {}).get("admin1") == admin1 for c in got):
                    right += 1
                else:
                    print(f"CLAIM MISS {u}: {harm} {count} judged {admin1}, Tally "
                          f"{[((c.get('location') or {}).get('text'), (c.get('location') or {}).get('admin1')) for c in got]}")
        print(f"other claims' governorate {right} of {total} ({right / max(total, 1):.3f}); {unmatched} judged claims Tally does not give")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "draw":
        args = sys.argv[2:]
        n = int(args[args.index("--n") + 1]) if "--n" in args else 40
        seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 20261210
        draw(n, seed, "--fresh" in args)
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "score":
        score(*sys.argv[2:])
    else:
        sys.exit(__doc__)
