#!/usr/bin/env python3
"""Issue 14's test on the dev half: FA-KES dev articles dated 2016-2019, as published and in two altered copies,
each verified against the bundled UCDP GED records.

  python3 scripts/verify-altered.py corpus/fakes-dev.csv [--work DIR] [--sample 20]

- published: the articles as they are. None should be called contradicted; how many have their main toll matched
  with a record is the "linked" rate (judge a sample by hand: --sample writes DIR/link-sample.tsv to fill in).
- inflated: every killed count of the article's own text (the words `tally extract` reports) multiplied, n -> 5n+2,
  wherever those words stand in the title and text (save inside dates). These should be contradicted.
- moved: the publication date (the CSV's date column and the dateline the text opens with) moved 400 days later.
  Its claims have no record then, so none should be called contradicted.

Articles are those whose publication date, as `tally docs` reads it, lies in 2016-2019. Prints the rates; the
verdicts of each run are left in DIR (default: a temporary folder) as published.jsonl, inflated.jsonl, moved.jsonl.

--among-published verifies each inflated copy among the other articles as published (the copy in place of its
original), so that other outlets' reports of its incident are as published: batches of copies that share no incident
as published, each verified with the published articles that share an incident with one of them. Prints how many of them are contradicted.

--explain-misses counts why inflated copies of articles whose main toll was matched are not contradicted (the main
toll's grade and the verdict's reason, read from the verdicts) and writes each miss to DIR/misses.tsv.
FA-KES's own `labels` column plays no part here.
"""
import argparse, csv, datetime, json, os, random, re, subprocess, sys, tempfile

# TALLY_BIN runs another build (a copy of an earlier jar, to measure before and after side by side)
TALLY = os.environ.get("TALLY_BIN") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tally")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DAY = r"(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?"
DATELINES = [
    ("dmy", re.compile(DAY + r"(\d{1,2}) " + MON + r",? (\d{4})", re.I)),
    ("mdy", re.compile(DAY + MON + r" (\d{1,2}),? ?(\d{4})", re.I)),
    ("dotted", re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")),
]


def tally(*args):
    out = subprocess.run([TALLY, *args], capture_output=True, text=True)
    if out.returncode not in (0, 2):
        sys.exit(f"tally {' '.join(args)} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(rows)


def squeeze(s):
    return re.sub(r"[^\w]+|_", " ", s.lower()).strip()


def composed(title, text):
    """The document text Tally reads from a row: the title in front unless the text opens with it (Headline.java)."""
    if not title or not title.strip():
        return text, 0
    opening = squeeze(text[:300 + len(title)])
    if squeeze(title) in opening:
        return text, None
    return title.strip() + "\n\n" + text, len(title.strip()) + 2


def inflate_words(words, lo, hi):
    """n -> 5n+2 for every number written in digits; a count in words becomes digits."""
    if re.search(r"\d", words) and not re.search(r"\d\.\d", words):
        return re.sub(r"\d[\d,]*", lambda m: str(5 * int(m.group(0).replace(",", "")) + 2)
                      if m.group(0).replace(",", "").isdigit() else m.group(0), words)
    n = lo if lo is not None else hi
    return ("at least " if hi is None else "") + str(5 * n + 2)


# a month's name or its abbreviation, not any word that begins like one ("Eight Martyred" is no date)
MONTH_WORD = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
              r"|nov(ember)?|dec(ember)?)")
MONTH_NEAR = re.compile(r"\s*" + MONTH_WORD + r"\b", re.I)
MONTH_BEFORE = re.compile(r"\b" + MONTH_WORD + r"\.?\s*$", re.I)


def inflate_text(text, words, new):
    """Every place the toll's words stand in the text, save where they are part of a date ("16 August")."""
    rx = re.compile(r"(?<![\w,.])" + re.escape(words) + r"(?![\w,]|\.\d)", re.I)
    out, last, n = [], 0, 0
    for m in rx.finditer(text):
        if MONTH_NEAR.match(text, m.end()) or MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        out.append(text[last:m.start()])
        out.append(new)
        last = m.end()
        n += 1
    out.append(text[last:])
    return "".join(out), n


def inflate(row, claims):
    """The killed counts of the article's own text (as `tally extract` found them), wherever their words stand."""
    title, text = row["article_title"], row["article_content"]
    tolls = sorted({(c["count_text"], c["min"], c["max"]) for c in claims}, key=lambda t: (-len(t[0]), t))
    changed = 0
    for words, lo, hi in tolls:
        new = inflate_words(words, lo, hi)
        title, a = inflate_text(title, words, new)
        text, b = inflate_text(text, words, new)
        changed += a + b
    if not changed:
        return None
    # a title that states the toll in figures is toll words too, though Tally reads its count with the text's
    # ("Air strike kills 16 in Aleppo" over "At least 16 civilians were killed"): the same figure, wherever it stands
    if title == row["article_title"]:
        for words, lo, hi in tolls:
            if re.search(r"\d", words) and lo is not None:
                title, _ = inflate_text(title, str(lo), str(5 * lo + 2))
    return dict(row, article_title=title, article_content=text)


def shift(date, days=400):
    return date + datetime.timedelta(days=days)


def move_dateline(text, days=400):
    head = text[:80]
    for kind, rx in DATELINES:
        m = rx.search(head)
        if not m:
            continue
        try:
            if kind == "dotted":
                d = datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                new = shift(d, days)
                out = f"{new.day:02d}.{new.month:02d}.{new.year}"
            else:
                weekday = m.group(1)
                if kind == "dmy":
                    day_s, mon_s, year_s = m.group(2), m.group(3), m.group(4)
                else:
                    mon_s, day_s, year_s = m.group(2), m.group(3), m.group(4)
                month_word = re.search(r"[a-z]+", m.group(0)[m.start(3 if kind == "dmy" else 2) - m.start():],
                                       re.I).group(0)
                d = datetime.date(int(year_s), MONTHS.index(next(x for x in MONTHS if x.startswith(mon_s.lower()))) + 1,
                                  int(day_s))
                new = shift(d, days)
                full = MONTHS[new.month - 1]
                name = full if len(month_word) > 3 else full[:3]
                name = name.capitalize() if month_word[0].isupper() else name
                day = f"{new.day:02d}" if len(day_s) == 2 and day_s.startswith("0") else str(new.day)
                wd = ""
                if weekday:
                    w = WEEKDAYS[new.weekday()]
                    written = re.match(r"[a-z]+", m.group(0), re.I).group(0)
                    w = w if len(written) > 3 else w[:3]
                    wd = (w.capitalize() if written[0].isupper() else w) + " "
                glue = m.group(0)
                sep = "," if "," in glue[glue.find(day_s):] and kind == "mdy" else ""
                if kind == "dmy":
                    out = f"{wd}{day} {name} {new.year}"
                else:
                    space = " " if re.search(r"\d[, ]+\d{4}", glue) else ""
                    out = f"{wd}{name} {day}{sep}{space}{new.year}"
            return text[:m.start()] + out + text[m.end():]
        except (ValueError, StopIteration):
            continue
    return text


def move(row, days=400):
    moved = dict(row)
    try:
        m, d, y = (int(x) for x in row["date"].split("/"))
        new = shift(datetime.date(y, m, d), days)
        moved["date"] = f"{new.month}/{new.day}/{new.year}"
    except ValueError:
        pass
    moved["article_content"] = move_dateline(row["article_content"], days)
    return moved


def among_published(work, header, chosen, inflated_rows):
    """Each inflated copy verified in place of its original among the other published articles. Copies that share an
    incident as published go to different batches, so no copy sees another copy as a second outlet."""
    published = os.path.join(work, "published.csv")
    incidents = tally("incidents", published, "--format", "jsonl")
    shares = {}
    for inc in incidents:
        docs = {str(c["doc"]) for c in inc.get("claims", [])}
        for d in docs:
            shares.setdefault(d, set()).update(docs - {d})
    batches = []
    for row in inflated_rows:
        d = row["unit_id"]
        for batch in batches:
            if not shares.get(d, set()) & batch.keys():
                batch[d] = row
                break
        else:
            batches.append({d: row})
    out = {}
    for i, batch in enumerate(batches):
        # the copies with the published articles that share an incident with them: what their verdicts read
        around = set(batch).union(*(shares.get(d, set()) for d in batch))
        rows = [batch.get(r["unit_id"], r) for r in chosen if r["unit_id"] in around]
        path = os.path.join(work, f"among-{i}.csv")
        write_csv(path, header, rows)
        for v in tally("verify", path, "--format", "jsonl"):
            if str(v["doc"]) in batch:
                out[str(v["doc"])] = v
        os.remove(path)
    print(f"inflated copies among the published articles: {len(batches)} batches")
    return out


def main_toll_records(verdict):
    return [r for r in verdict["records"] if r.get("claim") is None and r.get("id")]


def toll_of(reason):
    """The lowest figure and the days of a "Says ... (main incident)" reason."""
    m = re.match(r"Says (.*?) killed", reason)
    nums = [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", m.group(1))] if m else []
    days = re.search(r"(?: on (\d{4}-\d\d-\d\d)| from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)) \(main", reason)
    first, last = (days.group(1) or days.group(2), days.group(1) or days.group(3)) if days else (None, None)
    return (m.group(1) if m else None), (min(nums) if nums else None), first, last


# the causes of miss_cause in the groups of the breakdown: what would have to change for the copy to be contradicted
GROUPS = {
    "main toll not inflated (another count leads)": "the inflation changed words Tally does not read as the main toll",
    "main toll of another incident than as published": "the inflation changed words Tally does not read as the main toll",
    "borne out by one record of its days": "inflated toll still within one record's range",
    "borne out by one record of the days either side": "inflated toll still within one record's range",
    "borne out by one record spanning several days": "record high too coarse (a record of many days, or their sum)",
    "borne out by adding up the records of its own days": "record high too coarse (a record of many days, or their sum)",
    "borne out by adding up its own days' records and one of the days either side":
        "record high too coarse (a record of many days, or their sum)",
    "borne out only by adding up all the records of the days either side too":
        "record high too coarse (a record of many days, or their sum)",
    "above the records, but within exceeds_percent or exceeds_margin of them": "tolerance",
    "below the records": "record high too coarse (a record of many days, or their sum)",
    "exceeds, but its place is too wide: its governorate's records too thin": "verdict rule too cautious",
    "exceeds, but its place is too wide: no record of its days at a town the article names":
        "verdict rule too cautious",
    "exceeds, but its text states neither day nor place": "verdict rule too cautious",
    "exceeds, but another reference bears it out": "verdict rule too cautious",
    "no-record: far above the records there": "verdict rule too cautious",
    "no-record: none of its place and time": "main toll not matched with a record as published",
}

# why a main toll was matched with no record as published, from its reason there
UNMATCHED = [
    ("whose sides may include its perpetrator", "sides: the records of its place and time are of other sides"),
    ("far fewer", "far above the few records of its place and time (same_event_ratio)"),
    ("is not dated", "date: none"),
    ("names no place", "place: none"),
]


def unmatched_cause(pub):
    """Why a published article's main toll was matched with no record: sides, place, time, or far above them."""
    reason = next((r for r in pub["reasons"] if "(main incident)" in r), None)
    if reason is None:
        return "no main toll"
    for words, cause in UNMATCHED:
        if words in reason:
            return "main toll not matched with a record as published: " + cause
    _, _, first, last = toll_of(reason)
    if first and (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days > 31:
        return "main toll not matched with a record as published: date: spans more than a month"
    return "main toll not matched with a record as published: no record of its place and days"


def covers(r, first, last):
    return first is not None and r["date_start"] <= last and r["date_end"] >= first


def several_days(r):
    return (datetime.date.fromisoformat(r["date_end"]) - datetime.date.fromisoformat(r["date_start"])).days >= 3


def miss_cause(pub, inf):
    """Why an inflated copy is not contradicted, in a few words."""
    reason = next((r for r in inf["reasons"] if "(main incident)" in r), None)
    if reason is None:
        return "no main toll"
    pub_reason = next((r for r in pub["reasons"] if "(main incident)" in r), None)
    words, low, first, last = toll_of(reason)
    if pub_reason and toll_of(pub_reason)[1] == low:
        return "main toll not inflated (another count leads)"
    if pub_reason and low and toll_of(pub_reason)[1] and toll_of(pub_reason)[1] * 5 + 2 != low \
            and toll_of(pub_reason)[2:] != (first, last):
        return "main toll of another incident than as published"
    verdict = inf["reasons"][-1]
    recs = main_toll_records(inf)
    grade = next((r["grade"] for r in inf["records"] if r.get("claim") is None), "no-record")
    if not recs:
        return "no-record: far above the records there" if "far fewer" in reason else "no-record: none of its place and time"
    if grade == "exceeds":
        if "too wide" in verdict:
            if "lie at no place the article names" in verdict:
                return "exceeds, but its place is too wide: no record of its days at a town the article names"
            return "exceeds, but its place is too wide: its governorate's records too thin"
        if "states neither" in verdict:
            return "exceeds, but its text states neither day nor place"
        return "exceeds, but another reference bears it out"
    if grade == "below":
        return "below the records"
    if low is None:
        return grade + " (no figure)"

    def bears(high):
        return high * 1.1 + 0.5 >= low
    own = [r for r in recs if covers(r, first, last)]
    aside = [r for r in recs if not covers(r, first, last)]
    if any(bears(r["high"]) for r in own if not several_days(r)):
        return "borne out by one record of its days"
    if any(bears(r["high"]) for r in recs if several_days(r)):
        return "borne out by one record spanning several days"
    if any(bears(r["high"]) for r in aside):
        return "borne out by one record of the days either side"
    own_sum = sum(r["high"] for r in own)
    if bears(own_sum):
        return "borne out by adding up the records of its own days"
    if bears(own_sum + max([r["high"] for r in aside] or [0])):
        return "borne out by adding up its own days' records and one of the days either side"
    if bears(sum(r["high"] for r in recs)):
        return "borne out only by adding up all the records of the days either side too"
    return "above the records, but within exceeds_percent or exceeds_margin of them"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--work")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--among-published", action="store_true",
                    help="also verify each inflated copy among the other articles as published")
    ap.add_argument("--explain-misses", action="store_true",
                    help="count why inflated copies are not contradicted; write DIR/misses.tsv")
    ap.add_argument("--halves", action="store_true",
                    help="also print the figures of the articles with even and with odd ids apart")
    args = ap.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="tally-verify-")
    os.makedirs(work, exist_ok=True)
    with open(args.corpus, encoding="cp1252", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    docs = {str(d["doc"]): d for d in tally("docs", args.corpus, "--format", "jsonl")}
    chosen = [r for r in rows if (docs.get(r["unit_id"]) or {}).get("date") and
              "2016" <= docs[r["unit_id"]]["date"][:4] <= "2019"]
    published = os.path.join(work, "published.csv")
    write_csv(published, header, chosen)
    claims = {}
    for c in tally("extract", published, "--format", "jsonl"):
        if c["harm"] == "killed" and c["section"] in ("title", "body") and c["evidence"].get("count_start") is not None:
            claims.setdefault(str(c["doc"]), []).append(c)
    inflated_rows = [x for x in (inflate(r, claims.get(r["unit_id"], [])) for r in chosen) if x]
    moved_rows = [move(r) for r in chosen]
    write_csv(os.path.join(work, "inflated.csv"), header, inflated_rows)
    write_csv(os.path.join(work, "moved.csv"), header, moved_rows)
    moved_dates = {str(d["doc"]): d.get("date") for d in tally("docs", os.path.join(work, "moved.csv"), "--format", "jsonl")}
    shifted = sum(1 for r in chosen if moved_dates.get(r["unit_id"]) and docs[r["unit_id"]]["date"]
                  and moved_dates[r["unit_id"]] > docs[r["unit_id"]]["date"])
    results = {}
    for name in ("published", "inflated", "moved"):
        verdicts = tally("verify", os.path.join(work, name + ".csv"), "--format", "jsonl")
        with open(os.path.join(work, name + ".jsonl"), "w", encoding="utf-8") as f:
            for v in verdicts:
                f.write(json.dumps(v) + "\n")
        results[name] = {str(v["doc"]): v for v in verdicts}
    pub = results["published"]
    linked = [d for d, v in pub.items() if main_toll_records(v)]
    print(f"articles dated 2016-2019: {len(chosen)}; with a killed count to inflate: {len(inflated_rows)}; "
          f"publication date read later after moving: {shifted}")
    for name, vs in results.items():
        n = len(vs)
        counts = {}
        for v in vs.values():
            counts[v["verdict"]] = counts.get(v["verdict"], 0) + 1
        print(f"{name:10s} {n:4d} articles: " + ", ".join(f"{k} {counts.get(k, 0)} ({counts.get(k, 0) / n:.3f})"
              for k in ("contradicted", "corroborated", "mixed", "unverified")))
    print(f"published, main toll matched with a record: {len(linked)} of {len(pub)} ({len(linked) / len(pub):.3f})")
    inf = results["inflated"]
    both = [d for d in linked if d in inf]
    hit = sum(1 for d in both if inf[d]["verdict"] == "contradicted")
    print(f"inflated copies of articles whose main toll was matched: {len(both)}, contradicted {hit}"
          f" ({hit / max(1, len(both)):.3f})")
    corro = [d for d in linked if pub[d]["verdict"] == "corroborated" and d in inf]
    hit2 = sum(1 for d in corro if inf[d]["verdict"] == "contradicted")
    print(f"inflated copies of articles corroborated as published: {len(corro)}, contradicted {hit2}"
          f" ({hit2 / max(1, len(corro)):.3f})")
    false = sum(1 for name in ("published", "moved") for v in results[name].values() if v["verdict"] == "contradicted")
    total = len(results["published"]) + len(results["moved"])
    print(f"false contradictions (published and moved): {false} of {total} ({false / total:.3f})")
    among = None
    if args.among_published:
        among = among_published(work, header, chosen, inflated_rows)
        with open(os.path.join(work, "among.jsonl"), "w", encoding="utf-8") as f:
            for v in among.values():
                f.write(json.dumps(v) + "\n")
        hit3 = sum(1 for v in among.values() if v["verdict"] == "contradicted")
        print(f"inflated copies among the published articles: {len(among)}, contradicted {hit3}"
              f" ({hit3 / max(1, len(among)):.3f}); of those whose main toll was matched:"
              f" {sum(1 for d in both if d in among and among[d]['verdict'] == 'contradicted')} of {len(both)}")
    if args.halves:
        # the dev articles split by id parity: a rule tuned on one half is checked on the other
        for half, name in ((0, "even"), (1, "odd")):
            ids = {d for d in pub if d.isdigit() and int(d) % 2 == half}
            n_pub = sum(1 for d in ids if pub[d]["verdict"] == "contradicted")
            n_mov = sum(1 for d in ids if d in results["moved"] and results["moved"][d]["verdict"] == "contradicted")
            n_all = len(ids) + sum(1 for d in ids if d in results["moved"])
            inf_ids = [d for d in inf if d in ids]
            n_inf = sum(1 for d in inf_ids if inf[d]["verdict"] == "contradicted")
            n_link = sum(1 for d in linked if d in ids)
            line = (f"half {name}: published contradicted {n_pub} of {len(ids)}, moved {n_mov}, inflated contradicted"
                    f" {n_inf} of {len(inf_ids)} ({n_inf / max(1, len(inf_ids)):.3f}), false contradictions"
                    f" {n_pub + n_mov} of {n_all} ({(n_pub + n_mov) / max(1, n_all):.3f}), main toll matched {n_link}")
            if among is not None:
                n_am = sum(1 for d, v in among.items() if d in ids and v["verdict"] == "contradicted")
                line += f", among the published {n_am}"
            print(line)
    if args.explain_misses:
        misses = {}
        path = os.path.join(work, "misses.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("doc\tcause\tmain_reason\tverdict\n")
            for d in both:
                if inf[d]["verdict"] == "contradicted":
                    continue
                cause = miss_cause(pub[d], inf[d])
                misses[cause] = misses.get(cause, 0) + 1
                reason = next((r for r in inf[d]["reasons"] if "(main incident)" in r), "")
                f.write(f"{d}\t{cause}\t{reason}\t{inf[d]['reasons'][-1]}\n")
        print(f"inflated copies not contradicted, by cause ({sum(misses.values())}; each in {path}):")
        for cause, n in sorted(misses.items(), key=lambda kv: -kv[1]):
            print(f"  {n:4d}  {cause}")
        groups, causes = {}, {}
        path = os.path.join(work, "miss-groups.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("doc\tgroup\tcause\tmain_reason\tverdict\n")
            for d, v in inf.items():
                if v["verdict"] == "contradicted":
                    continue
                cause = miss_cause(pub[d], v) if d in linked and d in pub else (
                    "no main toll" if not any("(main incident)" in r for r in v["reasons"])
                    else unmatched_cause(pub[d]) if d in pub
                    else "main toll not matched with a record as published")
                group = GROUPS.get(cause, cause.split(":")[0])
                groups[group] = groups.get(group, 0) + 1
                causes[(group, cause)] = causes.get((group, cause), 0) + 1
                reason = next((r for r in v["reasons"] if "(main incident)" in r), "")
                f.write(f"{d}\t{group}\t{cause}\t{reason}\t{v['reasons'][-1]}\n")
        print(f"all inflated copies not contradicted, by group ({sum(groups.values())}; each in {path}):")
        for group, n in sorted(groups.items(), key=lambda kv: -kv[1]):
            print(f"  {n:4d}  {group}")
            for (g, cause), m in sorted(causes.items(), key=lambda kv: -kv[1]):
                if g == group and cause != group:
                    print(f"        {m:4d}  {cause}")
    if args.sample:
        rng = random.Random(args.seed)
        sample = rng.sample(sorted(linked), min(args.sample, len(linked)))
        by_id = {r["unit_id"]: r for r in chosen}
        path = os.path.join(work, "link-sample.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("doc\ttitle\tmain_reason\trecords\tjudgment\tnote\n")
            for d in sample:
                reason = next((r for r in pub[d]["reasons"] if "(main incident)" in r), "")
                recs = "; ".join(f"{r['id']} {r['date_start']} {r['place']} {r['low']}-{r['high']} {r['grade']}"
                                 for r in main_toll_records(pub[d])[:6])
                f.write(f"{d}\t{by_id[d]['article_title']}\t{reason}\t{recs}\t\t\n")
        print(f"link sample to judge: {path}")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
