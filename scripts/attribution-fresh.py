#!/usr/bin/env python3
"""Perpetrator and claimant accuracy on a fresh, hand-judged attribution sample (issue 12).

usage: attribution-fresh.py JUDGED.tsv CLAIMS.jsonl [-v]

JUDGED.tsv is core/src/test/resources/org/tally/extract/gold/attribution-fresh.tsv (or -2): one row per claim Tally
gave when the sample was judged, with the perpetrator and claimant a reader takes from the text (alternatives
comma-separated, - for none). CLAIMS.jsonl is `tally extract corpus/fakes-dev.csv --format jsonl`. A row is matched to
a claim of its document with the same harm, victims and bounds (the one whose evidence opens alike first); rows no claim
matches any more are counted as missing. -v lists the claims judged wrong.
"""
import sys

from claim_rows import claims_by_doc, tsv_rows


def main():
    tsv, pred = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    rows = tsv_rows(tsv)
    claims = claims_by_doc(pred)
    used = set()
    found = perp = claimant = missing = 0
    own = own_perp = own_claimant = 0
    for row in rows:
        doc, harm, victims, low, high, count_text, evidence, perpetrators, claimants, note = row
        candidates = [c for c in claims[doc] if id(c) not in used and c['harm'] == harm and c['victims'] == victims
                      and str(c['min']) == low and str(c['max']) == high]
        if not candidates:
            missing += 1
            if verbose:
                print('MISSING', row[:6])
            continue
        c = min(candidates, key=lambda c: 0 if c['evidence']['text'][:110].replace('\t', ' ') == evidence else 1)
        used.add(id(c))
        p_ok = (c['perpetrator'] or '-') in perpetrators.split(',')
        c_ok = (c['claimant'] or '-') in claimants.split(',')
        found += 1
        perp += p_ok
        claimant += c_ok
        if 'TEASER' not in note:
            own += 1
            own_perp += p_ok
            own_claimant += c_ok
        if verbose and not (p_ok and c_ok):
            print(doc, harm, victims, count_text, 'P', c['perpetrator'], 'expected', perpetrators, '| C', c['claimant'],
                  'expected', claimants, '|', note)
    print(f"rows {len(rows)} found {found} missing {missing}: perpetrator {perp / found:.3f} ({perp}/{found}) claimant "
          f"{claimant / found:.3f} ({claimant}/{found}); without teasers perpetrator {own_perp / own:.3f} "
          f"({own_perp}/{own}) claimant {own_claimant / own:.3f} ({own_claimant}/{own})")


if __name__ == '__main__':
    main()
