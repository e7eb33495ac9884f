#!/usr/bin/env python3
"""Pairwise precision and recall of incident linking on FA-KES.

  python3 scripts/link-eval.py corpus/fakes-dev.csv [incidents.jsonl docs.jsonl] [--any] [--explain] [--judged PAIRS]
      [--shared]

Without the file arguments it runs `./tally incidents FAKES --format jsonl` and `./tally docs FAKES --format jsonl`.

Gold: two articles report the same incident when their crowd-annotated `date`, governorate (`location`) and
`cause_of_death` all agree (rows with a blank in any of them are left out). Predicted: the claims of two articles'
main incidents (the count `tally docs` gives in `event_evidence`, else that sentence's claims) share an incident (kind "incident"; series are
running counts, not events) in Tally's output; with --any, any claims of the two articles do (background mentions of
a past massacre then count as the same event, which FA-KES's one-event-per-article columns do not). Pairs are unordered pairs of
distinct articles. The crowd columns are noisy and coarse (one cause and one place per article), so this is a
yardstick for changes to linking, not gold truth.

Second figure ("dated"): the same measure over only the articles whose crowd date agrees with the article's own
printed date (`date` of `tally docs`): on it or at most a week before it. About a quarter of FA-KES crowd dates lie
after publication or long before it; pairs of such articles are dropped from gold AND predicted, so the figure says how
well linking does where the crowd's date can be trusted. It is a second figure, not a replacement: report both.

Third figure (--judged PAIRS, e.g. core/src/test/resources/org/tally/link/gold/fakes-dev-pairs.tsv): against pairs
judged by hand from the texts (pooled, blind; see the README beside that file). Precision is over the predicted pairs
that were judged (yes or no); recall over the pairs judged yes; predicted pairs outside the pool are counted apart,
never as wrong. "unsure" pairs are left out of both.
With --shared (the ninth pool; use with --any) the fifth column is the judgement instead: yes when both texts give a
toll of one common incident, main or background.

--explain prints every false positive and false negative pair: both titles, crowd date/location/cause, printed date,
and the incident(s) that hold the articles' main claims (when, place, figures, quotes).
"""
import csv, datetime, io, itertools, json, subprocess, sys
from collections import defaultdict


DATE_WINDOW_DAYS = 7


def read_rows(path):
    """Every row (a few unit_ids repeat, once with another location) and the first row of each article."""
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    rows = list(csv.DictReader(io.StringIO(text)))
    first = {}
    for row in rows:
        first.setdefault(row["unit_id"].strip(), row)
    return rows, first


def crowd_date(row):
    try:
        return datetime.datetime.strptime(row["date"].strip(), "%m/%d/%Y").date()
    except ValueError:
        return None


def dated_articles(rows, printed):
    """Articles whose crowd date lies on their printed date or at most DATE_WINDOW_DAYS before it."""
    out = set()
    for unit, row in rows.items():
        crowd = crowd_date(row)
        own = printed.get(unit)
        if crowd and own and 0 <= (own - crowd).days <= DATE_WINDOW_DAYS:
            out.add(unit)
    return out


def gold_pairs(rows):
    groups = defaultdict(set)
    for row in rows:
        key = tuple(row[c].strip().lower() for c in ("date", "location", "cause_of_death"))
        if all(key):
            groups[key].add(row["unit_id"].strip())
    return pairs(groups.values()), sum(len(g) for g in groups.values())


def predicted_pairs(incidents, leads):
    groups = []
    linked = set()
    home = {}
    for incident in incidents:
        docs = {str(c["doc"]) for c in incident["claims"] if leads is None or is_lead(leads.get(str(c["doc"])), c)}
        if incident["kind"] == "incident":
            groups.append(docs)
            for doc in docs:
                home.setdefault(doc, []).append(incident)
            if len(docs) > 1:
                linked |= docs
    return pairs(groups), len(groups), linked, home


def is_lead(lead, claim):
    """The article's main claim: the count `tally docs` leads with (its offsets), else any claim of the lead sentence."""
    if lead is None:
        return False
    if lead.get("count_start") is not None and claim.get("count_start") is not None:
        return lead["count_start"] == claim["count_start"]
    return lead["text"] == claim.get("quote")


def pairs(groups):
    out = set()
    for docs in groups:
        out.update(itertools.combinations(sorted(docs), 2))
    return out


def tally(verb, fakes):
    run = subprocess.run(["./tally", verb, fakes, "--format", "jsonl"], capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(run.stderr)
    return run.stdout.splitlines()


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    fakes = argv[1]
    anyclaim = "--any" in argv
    files = [a for i, a in enumerate(argv[2:], 2) if not a.startswith("--") and argv[i - 1] != "--judged"]
    if files:
        lines = open(files[0], encoding="utf-8").read().splitlines()
        doc_lines = open(files[1], encoding="utf-8").read().splitlines() if len(files) > 1 else []
    else:
        lines = tally("incidents", fakes)
        doc_lines = [] if anyclaim else tally("docs", fakes)
    leads = None
    if not anyclaim:
        leads = {}
        for line in doc_lines:
            if line.strip():
                doc = json.loads(line)
                if doc.get("event_evidence"):
                    leads[str(doc["doc"])] = doc["event_evidence"]
    printed = {}
    for line in doc_lines:
        if line.strip():
            doc = json.loads(line)
            if doc.get("date"):
                printed[str(doc["doc"])] = datetime.date.fromisoformat(doc["date"])
    all_rows, rows = read_rows(fakes)
    gold, gold_docs = gold_pairs(all_rows)
    incidents = [json.loads(line) for line in lines if line.strip()]
    pred, count, linked, home = predicted_pairs(incidents, leads)
    print(f"gold pairs {len(gold)} (over {gold_docs} articles with date, location and cause)")
    print(f"predicted pairs {len(pred)} ({count} incidents; {len(linked)} articles share one with another)")
    score("all", gold, pred)
    if printed:
        dated = dated_articles(rows, printed)
        keep = lambda ps: {pair for pair in ps if pair[0] in dated and pair[1] in dated}
        print(f"dated: {len(dated)} of {len(rows)} articles have a crowd date on or at most {DATE_WINDOW_DAYS} days "
              f"before their printed date")
        score("dated", keep(gold), keep(pred))
    if "--judged" in argv:
        yes, no = judged_score(argv[argv.index("--judged") + 1], pred, shared="--shared" in argv)
        if "--explain" in argv:
            # with a judged pool, explain its misses and wrong links rather than the crowd columns'
            explain("JUDGED YES, NOT LINKED", sorted(yes - pred), rows, printed, home)
            explain("JUDGED NO, LINKED", sorted(pred & no), rows, printed, home)
    elif "--explain" in argv:
        explain("FALSE POSITIVE", sorted(pred - gold), rows, printed, home)
        explain("FALSE NEGATIVE", sorted(gold - pred), rows, printed, home)


def judged_score(path, pred, shared=False):
    yes, no = set(), set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        a, b, same = cells[:3]
        if shared:
            # the ninth pool's second judgement: do both texts give a toll of one common incident (with --any)
            same = cells[4].split(":")[0].strip() if len(cells) > 4 else ""
        pair = tuple(sorted((a, b)))
        (yes if same == "yes" else no if same == "no" else set()).add(pair)
    judged = pred & (yes | no)
    true = pred & yes
    # a pool with no judged prediction or no yes pair has no precision or recall: say n/a, not 0.000
    p = len(true) / len(judged) if judged else None
    r = len(true) / len(yes) if yes else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    shown = lambda x: "n/a" if x is None else f"{x:.3f}"
    print(f"judged: yes {len(yes)}  no {len(no)}  predicted {len(pred)} (judged {len(judged)}, outside the pool "
          f"{len(pred - yes - no)})  true {len(true)}  P {shown(p)}  R {shown(r)}  F1 {shown(f)}")
    return yes, no


def score(name, gold, pred):
    both = gold & pred
    p = len(both) / len(pred) if pred else 0.0
    r = len(both) / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name}: gold {len(gold)}  predicted {len(pred)}  true {len(both)}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def explain(kind, pairs_, rows, printed, home):
    for a, b in pairs_:
        print(f"\n=== {kind} {a} {b}")
        for unit in (a, b):
            row = rows[unit]
            print(f"  [{unit}] {row['article_title'][:100]}")
            print(f"     crowd {row['date']} / {row['location']} / {row['cause_of_death']} / civ {row['nb_civilians']}"
                  f"  printed {printed.get(unit)}")
        seen = set()
        for unit in (a, b):
            for incident in home.get(unit, []):
                if incident["id"] in seen:
                    continue
                seen.add(incident["id"])
                when = incident.get("when") or {}
                place = incident.get("location") or {}
                print(f"  {incident['id']} {when.get('start')}..{when.get('end')} {place.get('name')}/{place.get('admin1')}"
                      f"/{place.get('country')} {incident['harm']} {incident['victims']} {incident['low']}-{incident['high']}")
                for c in incident["claims"]:
                    print(f"     {c['doc']} {c['min']}-{c['max']} {c['victims']} {c['perpetrator']}: {c['quote'][:140]}")


if __name__ == "__main__":
    main(sys.argv)
