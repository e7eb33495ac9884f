#!/usr/bin/env python3
"""Issue 14's test in the owners' shape: monitor-style incident reports, each with its own reference record among
other records of the same days and region (core/src/test/resources/org/tally/verify/written/, written by hand and
invented: see its README), verified as published, inflated and moved.

  python3 scripts/verify-written.py [--docs DIR] [--reports FILE] [--reference FILE]... [--reference-columns MAP]
      [--own FILE] [--work DIR] [--explain-misses]

--reference-columns is passed to tally verify (written-5's monitor.csv). --reference may be given more than once (written-4: a VDC-style and an Airwars-style file). A report's own record is
the record whose notes say "own record of REPORT" (an ACLED-shaped file), or, with --own, the ids a TSV lists on the
report's line (report, then its own record ids, tab-separated: a per-victim file's groups have no notes column).

- published: the reports as they are. Each should link its main toll to its own record (the record whose notes say
  "own record of REPORT") and none should be called contradicted.
- inflated: every killed count Tally reads in the report's title and text, n -> 5n+2, wherever its words stand (as
  scripts/verify-altered.py does; a title's figure too). These should be contradicted.
- moved: the dateline (the first date of the report's opening lines) moved 400 days later. No record is of those
  days, so none should be called contradicted.

Prints own record linked, inflated contradicted (of all copies, and of those whose own record was linked as
published) and false contradictions; --explain-misses prints why each miss is one. The owners' targets: own record
linked >= .75, inflated contradicted >= .80, false contradictions <= .05. TALLY_BIN runs another build.
"""
import argparse, csv, importlib.util, json, os, re, shutil, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
spec = importlib.util.spec_from_file_location("verify_altered", os.path.join(HERE, "verify-altered.py"))
va = importlib.util.module_from_spec(spec)
spec.loader.exec_module(va)

DOCS = os.path.join(ROOT, "core/src/test/resources/org/tally/analysis/fresh-documents")
WRITTEN = os.path.join(ROOT, "core/src/test/resources/org/tally/verify/written")


def read_reports(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def own_records(path):
    """report -> the ids of its own record(s), from an ACLED-shaped file's notes"""
    own = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            m = re.match(r"own record of ([\w-]+)", row.get("notes") or "")
            if m and row.get("event_id_cnty"):
                own.setdefault(m.group(1), set()).add(row["event_id_cnty"])
    return own


def own_listed(path):
    """report -> the ids its line of an own.tsv lists"""
    own = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                report, *ids = line.rstrip("\n").split("\t")
                own[report] = set(ids)
    return own


ARTICLE = re.compile(r"(?i)an?|one")
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "them", "his", "her", "their", "dozens", "several", "scores"}
PLURALS = {"woman": "women", "man": "men", "child": "children", "person": "people"}


def inflate(text, claims):
    """Each killed count Tally reads (title and body), n -> 5n+2 at the words it was read from (its offsets, so a
    word such as "a" is changed only where it is the count); "A civilian was killed" becomes "7 civilians were killed".
    A title that states the toll in figures without a claim of its own ("rises to 9") is changed too."""
    spans = sorted({(c["evidence"]["count_start"], c["count_text"], c["min"], c["max"]) for c in claims}, reverse=True)
    title_end = text.find("\n")
    title_hit = any(start < title_end for start, *_ in spans)
    out, changed = text, 0
    for start, words, lo, hi in spans:
        if out[start:start + len(words)] != words:
            continue
        new = va.inflate_words(words, lo, hi)
        rest = out[start + len(words):]
        if lo == 1 and re.fullmatch(r"[A-Za-z]+", words) and words.lower() not in NUMBER_WORDS \
                and not ARTICLE.fullmatch(words):
            # a lone noun is the count ("Civilian killed", "kills woman"): "7 civilians"
            new = new + " " + (PLURALS.get(words.lower()) or words.lower() + "s")
        if ARTICLE.fullmatch(words):
            # the noun after a lone article becomes plural, and its verb with it
            m = re.match(r"(\s+(?:[\w-]+\s+){0,2}?)([\w-]+)(?=\s*(?:,|\b(?:was|died|killed|and|who|of|in|by|from|on)\b))",
                         rest)
            if m and not m.group(2).endswith("s"):
                word = m.group(2)
                noun = PLURALS.get(word.lower()) or word + ("es" if word.endswith(("ch", "sh")) else "s")
                rest = m.group(1) + noun + rest[m.end():]
            rest = re.sub(r"^(.{0,60}?)\bwas\b", r"\1were", rest, count=1)
        out = out[:start] + new + rest
        changed += 1
    if changed and not title_hit:
        for _, words, lo, _ in spans:
            if lo is not None:
                title, body = out[:title_end], out[title_end:]
                title2, _ = va.inflate_text(title, str(lo), str(5 * lo + 2))
                if title2 != title:
                    out = title2 + body
                    break
    return out if changed else None


def move(text, days=400):
    """The dateline: the first date within the opening lines (the title's line left alone)."""
    title, _, body = text.partition("\n")
    lead = len(body) - len(body.lstrip())
    return title + "\n" + body[:lead] + va.move_dateline(body[lead:], days)


def verify(folder, references, columns=None):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
    refs = [a for r in references for a in ("--reference", r)]
    if columns:
        refs += ["--reference-columns", columns]
    return {str(v["doc"]): v for v in va.tally("verify", *files, *refs, "--format", "jsonl")}


def main_reason(v):
    """The main toll's reason against the last reference (the --reference file's, after the bundled UCDP GED's)."""
    return next((r for r in reversed(v["reasons"]) if "(main incident)" in r), "(no main toll)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", default=DOCS)
    ap.add_argument("--reports", default=os.path.join(WRITTEN, "reports.txt"))
    ap.add_argument("--reference", action="append")
    ap.add_argument("--own")
    ap.add_argument("--reference-columns", help="passed to tally verify (a --reference file of another shape)")
    ap.add_argument("--work")
    ap.add_argument("--explain-misses", action="store_true")
    args = ap.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="tally-written-")
    reports = read_reports(args.reports)
    references = args.reference or [os.path.join(WRITTEN, "records.csv")]
    own = own_listed(args.own) if args.own else {}
    if not args.own:
        for ref in references:
            for r, ids in own_records(ref).items():
                own.setdefault(r, set()).update(ids)
    folders = {n: os.path.join(work, n) for n in ("published", "inflated", "moved")}
    for f in folders.values():
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    texts = {}
    for r in reports:
        with open(os.path.join(args.docs, r + ".txt"), encoding="utf-8") as f:
            texts[r] = f.read()
        with open(os.path.join(folders["published"], r + ".txt"), "w", encoding="utf-8") as f:
            f.write(texts[r])
    claims = {}
    for c in va.tally("extract", *(os.path.join(folders["published"], r + ".txt") for r in reports), "--format", "jsonl"):
        if c["harm"] == "killed" and c["section"] in ("title", "body") and c["evidence"].get("count_start") is not None:
            claims.setdefault(str(c["doc"]), []).append(c)
    not_inflated = []
    for r in reports:
        inflated = inflate(texts[r], claims.get(r, []))
        if inflated is None:
            not_inflated.append(r)
        else:
            with open(os.path.join(folders["inflated"], r + ".txt"), "w", encoding="utf-8") as f:
                f.write(inflated)
        moved = move(texts[r])
        if moved == texts[r]:
            print(f"{r}: no dateline moved")
        with open(os.path.join(folders["moved"], r + ".txt"), "w", encoding="utf-8") as f:
            f.write(moved)
    # a title whose toll Tally read with the body's as published is read apart once the body's is inflated
    # ("kill two civilians" over "killing 12"): its count is the same toll, inflated the same way
    inflated_seen = {str(c["doc"]): c for c in []}
    for c in va.tally("extract", *(os.path.join(folders["inflated"], f) for f in sorted(os.listdir(folders["inflated"]))),
                      "--format", "jsonl"):
        d = str(c["doc"])
        originals = {x["min"] for x in claims.get(d, [])}
        if c["harm"] == "killed" and c["section"] == "title" and c["evidence"].get("count_start") is not None \
                and c["min"] in originals:
            inflated_seen.setdefault(d, []).append(c)
    for d, title_claims in inflated_seen.items():
        path = os.path.join(folders["inflated"], d + ".txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        again = inflate(text, title_claims)
        if again:
            with open(path, "w", encoding="utf-8") as f:
                f.write(again)
    res = {n: verify(folder, references, args.reference_columns) for n, folder in folders.items()}
    for n, vs in res.items():
        with open(os.path.join(work, n + ".jsonl"), "w", encoding="utf-8") as f:
            for v in vs.values():
                f.write(json.dumps(v) + "\n")
    pub, inf, mov = res["published"], res["inflated"], res["moved"]

    def linked(v, r):
        return any(x.get("id") in own.get(r, ()) for x in va.main_toll_records(v))
    own_linked = [r for r in reports if r in pub and linked(pub[r], r)]
    any_linked = [r for r in reports if r in pub and va.main_toll_records(pub[r])]
    n = len(reports)
    print(f"reports: {n}; own records: {sum(1 for r in reports if r in own)}; inflated copies: {len(inf)}"
          f" (no killed count read: {', '.join(not_inflated) or 'none'})")
    print(f"own record linked with the main toll as published: {len(own_linked)} of {n} ({len(own_linked) / n:.3f});"
          f" main toll linked with any record: {len(any_linked)}")
    for name, vs in res.items():
        counts = {}
        for v in vs.values():
            counts[v["verdict"]] = counts.get(v["verdict"], 0) + 1
        print(f"{name:10s} {len(vs):3d}: " + ", ".join(f"{k} {counts.get(k, 0)}"
              for k in ("contradicted", "corroborated", "mixed", "unverified")))
    hit = sum(1 for v in inf.values() if v["verdict"] == "contradicted")
    print(f"inflated contradicted: {hit} of {n} reports ({hit / n:.3f}); of the {len(own_linked)} whose own record was"
          f" linked: {sum(1 for r in own_linked if r in inf and inf[r]['verdict'] == 'contradicted')}")
    false = sum(1 for vs in (pub, mov) for v in vs.values() if v["verdict"] == "contradicted")
    print(f"false contradictions (published and moved): {false} of {len(pub) + len(mov)}"
          f" ({false / max(1, len(pub) + len(mov)):.3f})")
    if args.explain_misses:
        print("own record not linked as published:")
        for r in reports:
            if r not in own_linked:
                recs = "; ".join(f"{x['id']} {x['date_start']} {x['place']} {x['high']} {x['grade']}"
                                 for x in va.main_toll_records(pub.get(r, {"records": []}))[:4])
                print(f"  {r}: {main_reason(pub[r]) if r in pub else '(no verdict)'} [{recs or 'no records'}]")
        print("inflated copies not contradicted:")
        for r in reports:
            v = inf.get(r)
            if v is None or v["verdict"] == "contradicted":
                continue
            cause = va.miss_cause(pub[r], v) if r in any_linked else (
                va.unmatched_cause(pub[r]) if r in pub else "no verdict")
            print(f"  {r}: {cause}: {main_reason(v)} | {v['reasons'][-1]}")
        for name, vs in (("published", pub), ("moved", mov)):
            for r, v in vs.items():
                if v["verdict"] == "contradicted":
                    print(f"  false contradiction, {name} {r}: {main_reason(v)} | {v['reasons'][-1]}")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
