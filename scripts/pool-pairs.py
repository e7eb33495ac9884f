#!/usr/bin/env python3
"""Draw a pool of FA-KES dev article pairs for incident-linking judgement (the third to the sixth pools).

  python3 scripts/pool-pairs.py [--linker INCIDENTS.jsonl DOCS.jsonl | --docs DOCS.jsonl] [--csv corpus/fakes-dev.csv]
      [--days 7] [--top N] [--random N] [--linked N] [--seed S] [--pools FILE ...] [--out PAIRS] [--show]

Three ways, chosen by --linker and --docs:
  - without it (the third pool; Tally is not run): candidates are every unordered pair of dev articles whose crowd
    `date` columns are at most --days apart, in any governorate; the --top pairs that read most alike (TF-IDF cosine
    of title and first 1,200 characters), and a seeded sample of --random of the rest whose crowd `location` is equal.
  - with it (the fourth, fifth and sixth pools; INCIDENTS and DOCS are the output of `tally incidents` and `tally docs` on
    the CSV, main-incident pairs as scripts/link-eval.py counts them): candidates are the pairs the linker does NOT
    join whose two articles share a governorate (the crowd `location`, or the `event_location.admin1` of `tally docs`
    for both) and whose dates (crowd `date` or printed `date`, either) are at most --days apart; the --top by cosine
    and a seeded sample of --random of the rest; then --linked pairs the linker DOES join that no pool holds (a
    seeded sample if there are more).
  - with --docs (the seventh pool; DOCS is the output of `tally docs` on the CSV; the linker is not run): candidates are
    the pairs whose two articles' main events (`event_location.admin1` of `tally docs`) lie in one governorate, both
    with a death toll (`event_killed`), and whose dates (crowd `date` or printed `date`, either) are at most --days
    apart; the --top by cosine and a seeded sample of --random of the rest. Blind to the linker's answer, so the pool
    measures recall on pairs no linker chose, where the sixth and earlier pools drew from what a linker did not join.
  - with --docs and --crowd-deaths (the eighth pool; the linker is not run): candidates are the pairs within --days
    (crowd or printed date) that report deaths in one governorate by the crowd columns (equal crowd `location`, and
    `nb_civilians` + `nb_noncivilians` above 0 for both), or whose main events `tally docs` places in one governorate
    (with or without a toll); then as with --docs.
Every pair of the --pools files is left out (default: every fakes-dev-pairs*.tsv beside the gold README, so a new pool
never repeats a judged pair; to redraw an old pool, name the files that existed when it was drawn). The random draws
use one random.Random(--seed). The CSV is read as cp1252 with errors="replace", first row per unit_id.
Writes a<TAB>b<TAB>how per chosen pair to --out; --show prints both titles and texts for reading.

The pools as drawn:
  third:  --top 24 --random 12 --seed 20261206 --pools fakes-dev-pairs.tsv fakes-dev-pairs-fresh.tsv
  fourth: --linker I D --top 20 --random 20 --linked 20 --seed 20261207
          --pools fakes-dev-pairs.tsv fakes-dev-pairs-fresh.tsv fakes-dev-pairs-third.tsv   (I, D of main at b27be34)
  fifth:  --linker I D --days 5 --top 15 --random 15 --linked 30 --seed 20261208
          --pools fakes-dev-pairs.tsv fakes-dev-pairs-fresh.tsv fakes-dev-pairs-third.tsv fakes-dev-pairs-fourth.tsv
          (I, D of main at 0fedc86)
  sixth:  --linker I D --top 30 --random 30 --linked 30 --seed 20261209
          --pools (every file above)   (I, D of main at 23dfee6)
  seventh: --docs D --days 3 --top 15 --random 15 --seed 20261210
          --pools (every file above)   (D of main at 27dab21)
  eighth: --docs D --crowd-deaths --days 3 --top 20 --random 20 --seed 20261211
          --pools (every file above)   (D of main at 1ee0c78)
  ninth:  --any-joined I --fresh-first --random 40 --seed 20261212
          --pools (every file above)   (I of main at 18d6cdc)
  tenth:  --toll D --days 10 --fresh-only --top 25 --random 25 --seed 20261213
          --pools (every file above)   (D of main at 18d6cdc)

  - with --any-joined INCIDENTS (the ninth pool, a precision pool): candidates are the article pairs whose claims (any
    claim, not only the main one) share an incident of kind "incident" in INCIDENTS, that no pool holds; with
    --fresh-first every such pair with an article in no pool is taken, and a seeded sample fills up to --random.
  - with --toll DOCS (the tenth pool, a recall pool; the linker is not run): candidates are the pairs that report
    deaths with a close toll (the main event's `event_killed` of DOCS or the crowd's nb_civilians + nb_noncivilians,
    equal or within 25% of the larger) whose dates (crowd, printed or the main event's) are at most --days apart in any
    governorate, except pairs of one governorate (crowd or Tally's) at most 3 days apart, the window the earlier
    pools drew; with --fresh-only, only pairs with an article in no pool. The --top by cosine and a seeded sample of
    --random of the rest.
"""
import argparse, datetime, glob, importlib.util, itertools, json, math, os, random, re, sys
from collections import Counter

GOLD = "core/src/test/resources/org/tally/link/gold/"


def _module(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(__file__), file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the CSV reader, the crowd date and the judged-pairs reader are fresh-pairs.py's (a file name with a hyphen)
_fresh = _module("fresh_pairs", "fresh-pairs.py")


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


def read_docs(path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[str(d["doc"])] = d
    return docs


def linked_pairs(incidents_path, docs):
    link_eval = _module("link_eval", "link-eval.py")
    leads = {u: d["event_evidence"] for u, d in docs.items() if d.get("event_evidence")}
    incidents = [json.loads(line) for line in open(incidents_path, encoding="utf-8") if line.strip()]
    return link_eval.predicted_pairs(incidents, leads)[0]


def text_candidates(arts, judged, days):
    """Pairs within --days by crowd date, any governorate; the random draw keeps those of one crowd governorate."""
    out = []
    for a, b in itertools.combinations(sorted(arts), 2):
        da, db = _fresh.crowd_date(arts[a]["date"]), _fresh.crowd_date(arts[b]["date"])
        if da is None or db is None or abs((da - db).days) > days or (a, b) in judged:
            continue
        same = arts[a]["location"].strip().lower() == arts[b]["location"].strip().lower() != ""
        out.append((a, b, same))
    return out


def linker_candidates(arts, judged, days, docs, linked):
    """Pairs the linker does not join, sharing a governorate (crowd or Tally's) and within --days (crowd or printed)."""
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

    out = []
    for a, b in itertools.combinations(sorted(arts), 2):
        if (a, b) in judged or (a, b) in linked:
            continue
        if not governorates(a) & governorates(b):
            continue
        if not any(abs((x - y).days) <= days for x in dates(a) for y in dates(b)):
            continue
        out.append((a, b, True))
    return out


def docs_candidates(arts, judged, days, docs):
    """Pairs whose docs place both main events in one governorate with a death toll, within --days (crowd or printed)."""
    def dates(u):
        out = [_fresh.crowd_date(arts[u]["date"])]
        if docs.get(u, {}).get("date"):
            out.append(datetime.date.fromisoformat(docs[u]["date"]))
        return [d for d in out if d]

    def governorate(u):
        d = docs.get(u, {})
        if not (d.get("event_killed") or {}).get("min"):
            return None
        return ((d.get("event_location") or {}).get("admin1") or "").lower() or None

    out = []
    for a, b in itertools.combinations(sorted(arts), 2):
        if (a, b) in judged or governorate(a) is None or governorate(a) != governorate(b):
            continue
        if not any(abs((x - y).days) <= days for x in dates(a) for y in dates(b)):
            continue
        out.append((a, b, True))
    return out


def crowd_deaths(art):
    """The crowd columns' dead, civilians and others added up; 0 where they are blank or not a number."""
    total = 0
    for column in ("nb_civilians", "nb_noncivilians"):
        try:
            total += int(float(art[column] or 0))
        except ValueError:
            pass
    return total


def crowd_deaths_candidates(arts, judged, days, docs):
    """Pairs within --days (crowd or printed) with deaths in one crowd governorate, or one docs governorate."""
    def dates(u):
        out = [_fresh.crowd_date(arts[u]["date"])]
        if docs.get(u, {}).get("date"):
            out.append(datetime.date.fromisoformat(docs[u]["date"]))
        return [d for d in out if d]

    def crowd_place(u):
        return arts[u]["location"].strip().lower() if crowd_deaths(arts[u]) > 0 else ""

    def docs_place(u):
        return ((docs.get(u, {}).get("event_location") or {}).get("admin1") or "").lower()

    out = []
    for a, b in itertools.combinations(sorted(arts), 2):
        if (a, b) in judged:
            continue
        same = crowd_place(a) != "" and crowd_place(a) == crowd_place(b) \
            or docs_place(a) != "" and docs_place(a) == docs_place(b)
        if not same or not any(abs((x - y).days) <= days for x in dates(a) for y in dates(b)):
            continue
        out.append((a, b, True))
    return out


def any_joined_candidates(incidents_path, judged):
    """Article pairs whose claims share an incident (any claim), that no pool holds."""
    out = set()
    for line in open(incidents_path, encoding="utf-8"):
        if not line.strip():
            continue
        incident = json.loads(line)
        if incident["kind"] == "incident":
            docs = sorted({str(c["doc"]) for c in incident["claims"]})
            out.update(p for p in itertools.combinations(docs, 2) if p not in judged)
    return sorted(out)


def toll_candidates(arts, judged, days, docs):
    """Pairs with a close death toll within --days, any governorate, outside the one-governorate three-day window."""
    def dates(u):
        out = [_fresh.crowd_date(arts[u]["date"])]
        for key in ("date", "event_date"):
            if docs.get(u, {}).get(key):
                out.append(datetime.date.fromisoformat(docs[u][key]))
        return [d for d in out if d]

    def tolls(u):
        out = []
        killed = (docs.get(u, {}).get("event_killed") or {}).get("min")
        if killed:
            out.append(killed)
        total = crowd_deaths(arts[u])
        if total:
            out.append(total)
        return out

    def governorates(u):
        out = {arts[u]["location"].strip().lower()}
        place = docs.get(u, {}).get("event_location") or {}
        if place.get("admin1"):
            out.add(place["admin1"].lower())
        return out - {""}

    def close(x, y):
        return abs(x - y) <= 0.25 * max(x, y)

    out = []
    for a, b in itertools.combinations(sorted(arts), 2):
        if (a, b) in judged or not any(close(x, y) for x in tolls(a) for y in tolls(b)):
            continue
        apart = [abs((x - y).days) for x in dates(a) for y in dates(b)]
        if not apart or min(apart) > days:
            continue
        same = bool(governorates(a) & governorates(b))
        if same and min(apart) <= 3:
            continue
        out.append((a, b, same))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--linker", nargs=2, metavar=("INCIDENTS", "DOCS"))
    ap.add_argument("--docs", metavar="DOCS")
    ap.add_argument("--crowd-deaths", action="store_true")
    ap.add_argument("--any-joined", metavar="INCIDENTS")
    ap.add_argument("--toll", metavar="DOCS")
    ap.add_argument("--fresh-first", action="store_true")
    ap.add_argument("--fresh-only", action="store_true")
    ap.add_argument("--csv", default="corpus/fakes-dev.csv")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--random", type=int, default=20)
    ap.add_argument("--linked", type=int, default=20)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--pools", nargs="*")
    ap.add_argument("--out", default="/tmp/pool-pairs.txt")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = _fresh.load(args.csv)
    pools = [GOLD + p if "/" not in p else p for p in args.pools] if args.pools is not None \
        else sorted(glob.glob(GOLD + "fakes-dev-pairs*.tsv"))
    judged = set()
    for path in pools:
        judged |= _fresh.judged_pairs(path)
    pooled = {u for pair in judged for u in pair}
    if args.any_joined:
        candidates = any_joined_candidates(args.any_joined, judged)
        rng = random.Random(args.seed)
        fresh = [p for p in candidates if not set(p) <= pooled] if args.fresh_first else []
        rest = [p for p in candidates if p not in fresh]
        chosen = [(a, b, "joined, an article in no pool") for a, b in fresh]
        chosen += [(a, b, "joined, random") for a, b in sorted(rng.sample(rest, max(0, min(args.random - len(fresh), len(rest)))))]
        print(f"candidates {len(candidates)}; with an article in no pool {len(fresh)}; chosen {len(chosen)}", file=sys.stderr)
        return write(args, arts, chosen)
    linked = set()
    if args.toll:
        candidates = toll_candidates(arts, judged, args.days, read_docs(args.toll))
        if args.fresh_only:
            candidates = [c for c in candidates if not {c[0], c[1]} <= pooled]
        label = "close toll, "
    elif args.linker:
        docs = read_docs(args.linker[1])
        linked = linked_pairs(args.linker[0], docs)
        candidates = linker_candidates(arts, judged, args.days, docs, linked)
        label = "unlinked, "
    elif args.docs and args.crowd_deaths:
        candidates = crowd_deaths_candidates(arts, judged, args.days, read_docs(args.docs))
        label = "deaths in one governorate, "
    elif args.docs:
        candidates = docs_candidates(arts, judged, args.days, read_docs(args.docs))
        label = "same governorate and deaths, "
    else:
        candidates = text_candidates(arts, judged, args.days)
        label = ""
    vec = vectors(arts)
    ranked = sorted(((cosine(vec[a], vec[b]), a, b, same) for a, b, same in candidates),
                    key=lambda t: (-t[0], t[1], t[2]))
    rng = random.Random(args.seed)
    top = [(a, b, f"{label}top cosine {c:.2f}") for c, a, b, _ in ranked[:args.top]]
    rest = sorted((a, b) for c, a, b, same in ranked[args.top:] if same or args.toll)
    how = "unlinked, random" if args.linker else label + "random" if args.docs or args.toll else "random same governorate"
    sample = [(a, b, how) for a, b in sorted(rng.sample(rest, min(args.random, len(rest))))]
    joined = []
    if args.linker:
        unjudged = sorted(p for p in linked if p not in judged)
        if len(unjudged) > args.linked:
            unjudged = sorted(rng.sample(unjudged, args.linked))
        joined = [(a, b, "linked, in no pool") for a, b in unjudged]
    chosen = top + sample + joined
    print(f"candidates {len(ranked)}; sampled from {len(rest)}; linked pairs {len(linked)}, in no pool "
          f"{len([p for p in linked if p not in judged])}; chosen {len(chosen)}", file=sys.stderr)
    write(args, arts, chosen)


def write(args, arts, chosen):
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
