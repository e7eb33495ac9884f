"""Reading shared by the attribution scorers: a judged TSV's rows and Tally's claims by document."""
import collections
import json


def tsv_rows(path):
    """The tab-separated rows of a judged file, without blank lines and '#' comments."""
    return [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')]


def claims_by_doc(path):
    """Tally's claims (extract --format jsonl) by document, leaving out related-article teasers and comments."""
    claims = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        c = json.loads(line)
        if c['section'] not in ('related', 'comment'):
            claims[c['doc']].append(c)
    return claims
