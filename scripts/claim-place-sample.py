#!/usr/bin/env python3
"""Score the governorate of each casualty claim against a blind claim-place sample (issue 13).

  python3 scripts/claim-place-sample.py SAMPLE.tsv CLAIMS.jsonl [-v]

SAMPLE.tsv rows (after '#' comments): unit_id<TAB>harm<TAB>words<TAB>admin1, judged by reading the article only.
words are the count's words as the article writes them ("Seven", "273", "a number"); admin1 is Tally's governorate name,
several separated by '|' when the text allows each, '-' when the claim has no one governorate (a war total, a claim
over several provinces). A row is found when a claim of that document and harm has a count_text that contains the
words (case folded); the first such claim in file order is scored. Prints accuracy over the found rows, and with -v
each miss and each row not found.
"""
import json, sys


def main(argv):
    sample, claims = argv[0], argv[1]
    verbose = "-v" in argv
    rows = []
    for line in open(sample, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, harm, words, admin1 = line.rstrip("\n").split("\t")[:4]
        rows.append((doc, harm, words, set(admin1.split("|"))))
    by_doc = {}
    for line in open(claims, encoding="utf-8"):
        c = json.loads(line)
        if c.get("section") in ("related", "comment"):
            continue
        by_doc.setdefault(str(c["doc"]), []).append(c)
    found = right = 0
    for doc, harm, words, admin1s in rows:
        hit = next((c for c in by_doc.get(doc, []) if c["harm"] == harm
                    and words.lower() in (c.get("count_text") or "").lower()), None)
        if hit is None:
            if verbose:
                print(f"NOT FOUND {doc} {harm} {words!r}")
            continue
        found += 1
        loc = hit.get("location") or {}
        got = loc.get("admin1") or "-"
        if got in admin1s:
            right += 1
        elif verbose:
            print(f"MISS {doc} {harm} {words!r}: judged {'|'.join(sorted(admin1s))}, Tally {got} "
                  f"({loc.get('text')!r}) «{hit['evidence']['text'][:140]}»")
    print(f"rows {len(rows)} found {found} location right {right} ({right / max(found, 1):.3f})")


if __name__ == "__main__":
    main(sys.argv[1:])
