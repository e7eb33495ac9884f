#!/usr/bin/env python3
"""Draw a fresh attribution sample (issue 12): FA-KES dev articles in neither dev gold nor any attribution-fresh*.tsv.

usage: attribution-draw.py SEED N [CSV]

Reads the CSV as the gold's select.py does (cp1252), takes the sorted distinct unit_ids, removes the ids of every dev
gold (every chosen-ids*.txt: 40, 40b, 20c, 20d, 20e) and every id that has a row in an attribution-fresh*.tsv, then
prints random.Random(SEED).sample(left, N), one id a line, in sample order. attribution-fresh-6 is `attribution-draw.py
1606 25`; attribution-fresh-8 is `attribution-draw.py 1808 25` (after 20d and 20e were excluded too);
attribution-fresh-9 is `attribution-draw.py 1909 25` (after 20f and attribution-fresh-8 were excluded too).
"""
import csv
import glob
import io
import os
import random
import sys

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'core', 'src', 'test', 'resources', 'org',
                    'tally', 'extract', 'gold')


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                                             'corpus', 'fakes-dev.csv')
    text = open(path, 'rb').read().decode('cp1252', errors='replace')
    ids = sorted({r['unit_id'] for r in csv.DictReader(io.StringIO(text))})
    taken = set()
    for name in sorted(glob.glob(os.path.join(GOLD, 'chosen-ids*.txt'))):
        taken |= set(open(name).read().split())
    for tsv in glob.glob(os.path.join(GOLD, 'attribution-fresh*.tsv')):
        taken |= {l.split('\t', 1)[0] for l in open(tsv, encoding='utf-8') if l.strip() and not l.startswith('#')}
    left = [i for i in ids if i not in taken]
    print(f'# {len(ids)} distinct ids, {len(left)} left', file=sys.stderr)
    for uid in random.Random(seed).sample(left, n):
        print(uid)


if __name__ == '__main__':
    main()
