#!/usr/bin/env python3
"""Draw a fourth pool of FA-KES dev article pairs for incident-linking judgement: misses and unjudged links.

  python3 scripts/fourth-pairs.py INCIDENTS.jsonl DOCS.jsonl [--csv corpus/fakes-dev.csv] [--days 7]
      [--unlinked 40] [--linked 20] [--seed 20261207] [--out /tmp/fourth-pairs.txt] [--show]

Unlike the fresh and third pools, this one is drawn against a linker's answer (INCIDENTS and DOCS are the output of
`tally incidents` and `tally docs` on the CSV; main-incident pairs as scripts/link-eval.py counts them):
  - --unlinked pairs the linker does NOT join, whose two articles share a governorate (the crowd `location`, or the
    `event_location.admin1` of `tally docs` for both) and whose dates (crowd `date` or printed `date` of `tally
    docs`, either) are at most --days apart: half the top by TF-IDF cosine of title and first 1,200 characters (where
    a missed `yes` is likeliest), half a seeded sample of the rest (random.Random(--seed));
  - --linked pairs the linker DOES join that no judged pool holds (a seeded sample if there are more).
Every pair of fakes-dev-pairs.tsv, -fresh.tsv and -third.tsv is left out. The CSV is read as cp1252 with
errors="replace", first row per unit_id. Writes a<TAB>b<TAB>how per chosen pair to --out; --show prints both titles
and texts for reading.
"""
import argparse, datetime, importlib.util, itertools, json, os, random, sys


def _module(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(__file__), file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fresh = _module("fresh_pairs", "fresh-pairs.py")
_third = _module("third_pairs", "third-pairs.py")
_eval = _module("link_eval", "link-eval.py")
GOLD = "core/src/test/resources/org/tally/link/gold/"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("incidents")
    ap.add_argument("docs")
    ap.add_argument("--csv", default="corpus/fakes-dev.csv")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--unlinked", type=int, default=40)
    ap.add_argument("--linked", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--out", default="/tmp/fourth-pairs.txt")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = _fresh.load(args.csv)
    judged = set()
    for name in ("fakes-dev-pairs.tsv", "fakes-dev-pairs-fresh.tsv", "fakes-dev-pairs-third.tsv"):
        judged |= _fresh.judged_pairs(GOLD + name)
    docs = {}
    for line in open(args.docs, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[str(d["doc"])] = d
    leads = {u: d["event_evidence"] for u, d in docs.items() if d.get("event_evidence")}
    incidents = [json.loads(line) for line in open(args.incidents, encoding="utf-8") if line.strip()]
    linked = _eval.predicted_pairs(incidents, leads)[0]

    def dates(u):
        out = [_fresh.crowd_date(arts[u]["date"])]
        if docs.get(u, {}).get("date"):
            out.append(datetime.date.fromisoformat(docs[u]["date"]))
        return [d for d in out if d]

    def governorates(u):
        out = {arts[u]["location"].strip().lower()}
        place = docs.get(u, {}).get("event_location") or {}
        if place.get("admin1"):
            out.add("tally:" + place["admin1"].lower())
        return out - {""}

    vec = _third.vectors(arts)
    pool = []
    for a, b in itertools.combinations(sorted(arts), 2):
        if (a, b) in judged or (a, b) in linked:
            continue
        if not governorates(a) & governorates(b):
            continue
        if not any(abs((x - y).days) <= args.days for x in dates(a) for y in dates(b)):
            continue
        pool.append((_third.cosine(vec[a], vec[b]), a, b))
    pool.sort(key=lambda t: (-t[0], t[1], t[2]))
    rng = random.Random(args.seed)
    top_n = args.unlinked // 2
    top = [(a, b, f"unlinked, top cosine {c:.2f}") for c, a, b in pool[:top_n]]
    rest = sorted((a, b) for c, a, b in pool[top_n:])
    sample = [(a, b, "unlinked, random") for a, b in sorted(rng.sample(rest, min(args.unlinked - top_n, len(rest))))]
    unjudged = sorted(p for p in linked if p not in judged)
    if len(unjudged) > args.linked:
        unjudged = sorted(rng.sample(unjudged, args.linked))
    joined = [(a, b, "linked, in no pool") for a, b in unjudged]
    chosen = top + sample + joined
    print(f"unlinked candidates {len(pool)}; linked pairs {len(linked)}, in no pool "
          f"{len([p for p in linked if p not in judged])}; chosen {len(chosen)}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as f:
        for a, b, how in chosen:
            f.write(f"{a}\t{b}\t{how}\n")
    if args.show:
        for a, b, how in chosen:
            print(f"\n######## {a} {b} ({how})")
            for u in (a, b):
                r = arts[u]
                print(f"--- {u} | {r['source']} | crowd {r['date']} {r['location']} | {r['article_title'].strip()}")
                print(" ".join(r["article_content"].split())[:1800])


if __name__ == "__main__":
    main()
