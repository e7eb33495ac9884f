#!/usr/bin/env python3
"""How often each counting construction of issue 11 occurs in a CSV of articles, and how many of those Tally claims.

usage: construction-counts.py CORPUS.csv CLAIMS.jsonl [CLAIMS2.jsonl ...]

For each construction (a regular expression over the article text, case-insensitive) it prints the number of
matches in the corpus and, per claims file, how many matches have the count of a claim in or near them (the claim's
evidence count_start..count_end within NEAR characters of the match: "among the dead were 22 children"). It reads text the way `tally extract` does for FA-KES (the title, a blank
line and the content, unless the content opens with the title; cp1252), so claim offsets line up with it.
"""
import csv, io, json, re, sys

NEAR = 40
CONSTRUCTIONS = [
    ("one person: a/an/another + person + harm", r"\b(?:a|an|another)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|child|boy|girl|civilian|soldier|fighter|resident|member|officer|commander|leader|policeman|journalist|activist|doctor|teacher|student)\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot dead|arrested|detained|abducted|executed|assassinated)"),
    ("one person: the/his/her + person + harm", r"\b(?:the|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|child|boy|girl|son|daughter|father|mother|brother|husband|wife|pilot|commander|leader)\s+(?:was|were|has been|had been)\s+(?:killed|wounded|injured|shot dead|arrested|detained|abducted|executed)"),
    ("harm as a noun: death(s)/killing/lives of N", r"\b(?:death|deaths|killing|lives|life|bodies)\s+of\s+(?:at least\s+|some\s+|about\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|dozens|scores|hundreds)\b"),
    ("membership: among the dead / those killed", r"\bamong\s+(?:the\s+dead|those\s+killed|the\s+killed|the\s+victims|the\s+wounded|the\s+injured|those\s+wounded|those\s+injured)"),
    ("active detention: police/forces arrested N", r"\b(?:arrested|detained|captured|abducted|kidnapped|seized)\s+(?:at least\s+|some\s+|about\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|a|an)\b"),
    ("killed and injured together", r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:\w+\s+){0,3}?(?:(?:were|have been)\s+)?(?:killed and (?:injured|wounded)|killed or (?:injured|wounded)|dead and (?:injured|wounded)|casualties)\b|\bkilling and (?:injuring|wounding)\b"),
    ("toll told at length: toll/number ... to N", r"\b(?:death toll|toll|number of (?:\w+\s+){0,6}?(?:killed|dead|martyred|died))\s+(?:[a-z']+\s+){0,10}?(?:rose|risen|climbed|reached|become|has become|brought|to|at)\s+(?:around\s+|about\s+|at least\s+)?\d[\d,]*"),
    ("toll told at length: brought to N the number", r"\b(?:brought|brings|bringing|raised|raising)\s+to\s+\d[\d,]*\s+the\s+(?:number|toll|death toll)"),
    ("list of persons under one determiner", r"\b(?:a|an|his|her|their|the)\s+(?:man|woman|child|boy|girl|father|mother|son|daughter|brother|sister|wife|husband)\s*,?\s+(?:(?:younger|older|elder|young)\s+)?(?:man|woman|child|boy|girl|father|mother|son|daughter|brother|sister|wife|husband)\b"),
    ("group before a people noun: ISIS members", r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|several)\s+(?:IS|ISIS|ISIL|Daesh|SDF|YPG|Hezbollah|Nusra|al-Nusra|IS group|ISIL group)\s+(?:members|militants|fighters|terrorists)"),
    ("lost N men/soldiers", r"\blost\s+(?:at least\s+|some\s+|about\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:of\s+)?(?:its\s+|their\s+)?(?:\w+\s+)?(?:men|soldiers|fighters|troops|members)"),
]


def squeeze(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


def with_title(title, text):
    """As the CSV reader does (app/.../read/Headline.java): the title goes first unless the text opens with it."""
    if not title.strip():
        return text
    if squeeze(title) in squeeze(text[:300 + len(title)]):
        return text
    return title.strip() + "\n\n" + text


def articles(path):
    text = open(path, "rb").read().decode("cp1252", errors="replace")
    for row in csv.DictReader(io.StringIO(text)):
        yield row["unit_id"], with_title(row.get("article_title") or "", row.get("article_content") or "")


def count_spans(path):
    spans = {}
    for line in open(path, encoding="utf-8"):
        claim = json.loads(line)
        ev = claim.get("evidence") or {}
        if "count_start" in ev:
            spans.setdefault(claim["doc"], []).append((ev["count_start"], ev["count_end"]))
    return spans


def main():
    corpus, claim_files = sys.argv[1], sys.argv[2:]
    docs = list(articles(corpus))
    claims = [count_spans(p) for p in claim_files]
    print("construction\tmatches\t" + "\t".join(f"claimed ({p})" for p in claim_files))
    for name, pattern in CONSTRUCTIONS:
        rx = re.compile(pattern, re.IGNORECASE)
        matches = [(doc, m.start(), m.end()) for doc, text in docs for m in rx.finditer(text)]
        held = [sum(1 for doc, s, e in matches if any(cs < e + NEAR and s - NEAR < ce for cs, ce in spans.get(doc, [])))
                for spans in claims]
        print(f"{name}\t{len(matches)}\t" + "\t".join(str(h) for h in held))


if __name__ == "__main__":
    main()
