#!/usr/bin/env python3
"""Perpetrator and claimant accuracy on invented articles whose gold was written before Tally ran (attr16).

usage: attribution-written.py GOLD.tsv CLAIMS.jsonl [-v]

GOLD.tsv is core/src/test/resources/org/tally/extract/attribution-written/gold.tsv (or gold-check.tsv): one row per
casualty claim a reader takes from the articles, with accepted victims, bounds (min:max, empty = unbounded, | between
alternatives), perpetrators and claimants (comma-separated, - for none). CLAIMS.jsonl is `tally extract DIR --format
jsonl` on the articles' folder. A row is matched to an unused claim of its document with the same harm, an accepted
victims type and accepted bounds (the one whose count text is alike first). Rows no claim matches are counted as
missing (extraction's, not attribution's); claims no row matches are listed with -v as extra and not scored.
"""
import sys

from claim_rows import claims_by_doc, tsv_rows


def bounds(text):
    out = []
    for alt in text.split('|'):
        low, high = alt.split(':')
        out.append((int(low) if low else None, int(high) if high else None))
    return out


def main():
    gold, pred = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    rows = tsv_rows(gold)
    claims = claims_by_doc(pred)
    used = set()
    found = perp = claimant = missing = 0
    for doc, harm, victims, bound_text, count_text, perpetrators, claimants, note in rows:
        accepted = bounds(bound_text)
        candidates = [c for c in claims[doc] if id(c) not in used and c['harm'] == harm
                      and c['victims'] in victims.split(',') and (c['min'], c['max']) in accepted]
        if not candidates:
            missing += 1
            if verbose:
                print('MISSING', doc, harm, victims, bound_text, count_text, '|', note)
            continue
        c = min(candidates, key=lambda c: (0 if c['count_text'].lower() == count_text.lower() else 1,
                                           0 if c['section'] == 'body' else 1))
        used.add(id(c))
        p_ok = (c['perpetrator'] or '-') in perpetrators.split(',')
        c_ok = (c['claimant'] or '-') in claimants.split(',')
        found += 1
        perp += p_ok
        claimant += c_ok
        if verbose and not (p_ok and c_ok):
            print(doc, harm, c['victims'], c['count_text'], '| P', c['perpetrator'], 'expected', perpetrators,
                  '| C', c['claimant'], 'expected', claimants, '|', note)
    if verbose:
        for doc in sorted(claims):
            for c in claims[doc]:
                if id(c) not in used:
                    print('EXTRA', doc, c['harm'], c['victims'], c['min'], c['max'], c['count_text'], c['perpetrator'],
                          c['claimant'], '|', c['evidence']['text'][:90])
    print(f"rows {len(rows)} found {found} missing {missing}: perpetrator {perp / found:.3f} ({perp}/{found}) "
          f"claimant {claimant / found:.3f} ({claimant}/{found})")


if __name__ == '__main__':
    main()
