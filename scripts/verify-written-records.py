#!/usr/bin/env python3
"""Writes core/src/test/resources/org/tally/verify/written/records.csv: invented reference records, in ACLED's export
shape, for the monitor-style reports listed in reports.txt (issue 14's owners' shape: one report, its own precise
record, among other records of the same days and region).

Each report's own record (OWN) was written by hand from the report's text, as a casualty coder would, before Tally
was run on it: the event's date, governorate, district, place, actors and the coder's death toll. Its point is the
gazetteer's for the place named (GAZ_NAME), left empty where the gazetteer lacks the place. The distractors are
invented around it by a seeded draw: 2-4 per report, dated the same day or a day either side, at another town or
village of the same or a neighbouring governorate, other actors, 1-22 deaths. None is ACLED's data.

  python3 scripts/verify-written-records.py   (rewrites the file; the draw is seeded, so the same file)
"""
import csv, gzip, math, os, random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "core/src/test/resources/org/tally/verify/written/records.csv")
GAZ = os.path.join(ROOT, "core/src/main/resources/org/tally/resolve/place/gazetteer.tsv.gz")

SY_GOV = "Military Forces of Syria (2000-)"
SY_CIV = "Civilians (Syria)"
IQ_CIV = "Civilians (Iraq)"
IQ_GOV = "Military Forces of Iraq (2014-)"
UNK_SY = "Unidentified Armed Group (Syria)"
UNK_IQ = "Unidentified Armed Group (Iraq)"
TR = "Military Forces of Turkey (2016-)"
SDF = "SDF: Syrian Democratic Forces"
IS_SY = "Islamic State (Syria)"
IS_IQ = "Islamic State (Iraq)"

# report, date, admin1, admin2, location, gazetteer name of the place (or None), actor1, actor2, fatalities
OWN = [
    ("monitor-01", "2022-10-12", "Hama", "Salamiyah", "Aqeirbat", None, "Unidentified Military Forces", SY_CIV, 1),
    ("monitor-02", "2023-05-14", "Daraa", "Daraa", "Tafas", "Tafas", UNK_SY, SY_CIV, 2),
    ("monitor-03", "2023-03-07", "Homs", "Tadmor", "T3 Airport", "T3 Airport", IS_SY, SY_GOV, 5),
    ("monitor-04", "2022-08-17", "Al-Hasakah", "Al-Qamishli", "Al Qamishli", "Al Qamishli", TR, SDF, 3),
    ("monitor-05", "2021-06-03", "Idlib", "Ariha", "Kansafrah", "Kansafrah", SY_GOV, SY_CIV, 1),
    ("monitor-06", "2022-09-08", "Kirkuk", "Kirkuk", "Wadi al-Shay", None, IS_IQ, IQ_GOV, 3),
    ("monitor-07", "2021-01-21", "Baghdad", "Al-Resafa", "Baghdad", "Baghdad", IS_IQ, IQ_CIV, 32),
    ("monitor-08", "2022-11-05", "Idlib", "Jisr al-Shughur", "Al-Zyarah", None, SY_GOV, SY_CIV, 2),
    ("monitor-09", "2023-07-10", "Aleppo", "Afrin", "Kafr Janna", None, "Hamza Division", "Third Legion", 4),
    ("monitor-10", "2023-04-21", "Daraa", "As-Sanamayn", "Jasim", "Jasim", UNK_SY, SY_GOV, 1),
    ("monitor-11", "2022-02-10", "Aleppo", "Azaz", "Azaz", "I`zaz", UNK_SY, SY_CIV, 9),
    ("monitor-12", "2023-03-21", "Idlib", "Idlib", "Maarat Misrin", None, "Military Forces of Russia (2000-)", SY_CIV, 2),
    ("monitor-13", "2022-06-13", "Nineveh", "Sinjar", "Sinune", None, TR, "YBS: Sinjar Resistance Units", 3),
    ("monitor-14", "2023-08-05", "Deir ez-Zor", "Deir ez-Zor", "Al Busayrah", "Al Busayrah", SY_CIV, "", 1),
    ("monitor-15", "2022-10-16", "Latakia", "Latakia", "Kabani", None, "Islamist Militia (Syria)", SY_GOV, 1),
    ("monitor-16", "2022-12-14", "Diyala", "Al-Muqdadiya", "Al Miqdadiyah", "Al Miqdadiyah", IS_IQ, IQ_CIV, 1),
    ("monitor-17", "2022-04-11", "Daraa", "Daraa", "Daraa al-Balad", None, SY_GOV, SY_CIV, 1),
    ("monitor-18", "2022-09-24", "Ar-Raqqah", "Tell Abiad", "Jurn", None, "Unidentified Military Forces", SY_CIV, 1),
    ("monitor-19", "2023-05-19", "Deir ez-Zor", "Al Mayadin", "Al Mayadin", "Al Mayadin", UNK_SY, SY_CIV, 2),
    ("monitor-20", "2022-02-16", "Daraa", "As-Sanamayn", "Jasim", "Jasim", UNK_SY, SY_CIV, 1),
    ("monitor-21", "2023-04-15", "Homs", "Tadmor", "As Sukhnah", "As Sukhnah", IS_SY, SY_CIV, 4),
    ("monitor-22", "2022-11-24", "Idlib", "Ariha", "Fatirah", "Fatirah", SY_GOV, SY_CIV, 1),
    ("monitor-23", "2021-11-03", "Baghdad", "Tarmiya", "At Tarmiyah", "At Tarmiyah", UNK_IQ, IQ_GOV, 2),
    ("monitor-24", "2023-03-14", "Al-Hasakah", "Al-Hasakah", "Tall Tamr", "Tall Tamr", TR, SDF, 3),
    ("monitor-25", "2022-07-03", "Aleppo", "Al Bab", "Al Bab", "Al Bab", UNK_SY, SY_CIV, 6),
    ("monitor-26", "2023-01-09", "Deir ez-Zor", "Abu Kamal", "Albu Kamal", "Albu Kamal",
     "Military Forces of Israel (1948-)", "Iranian-backed militias", 9),
    ("monitor-27", "2022-10-07", "Idlib", "Idlib", "Sarmin", "Sarmin", SY_GOV, SY_CIV, 2),
    ("monitor-28", "2022-06-18", "Aleppo", "Afrin", "Jindayris", "Jindayris", "Syrian National Army", SY_CIV, 1),
    ("monitor-29", "2021-12-18", "Diyala", "Al-Khalis", "Al-Azim", None, IS_IQ, IQ_GOV, 12),
    ("monitor-30", "2022-04-05", "Erbil", "Makhmour", "Mexmur", "Mexmur", "Unidentified Military Forces", IQ_CIV, 1),
    ("monitor-31", "2022-07-08", "Deir ez-Zor", "Al Mayadin", "Deir ez-Zor - Al Mayadin road", None, IS_SY, SY_GOV, 5),
    ("monitor-32", "2022-08-29", "Daraa", "Daraa", "Tafas", "Tafas", UNK_SY, SY_CIV, 1),
]

NEIGHBOURS = {
    "Aleppo": ["Idlib", "Ar-Raqqah", "Hama"], "Idlib": ["Aleppo", "Hama", "Latakia"],
    "Hama": ["Idlib", "Homs", "Aleppo"], "Homs": ["Hama", "Rif Dimashq", "Deir ez-Zor"],
    "Daraa": ["Quneitra", "As-Suwayda", "Rif Dimashq"], "Deir ez-Zor": ["Ar-Raqqah", "Al-Hasakah", "Homs"],
    "Al-Hasakah": ["Ar-Raqqah", "Deir ez-Zor"], "Ar-Raqqah": ["Aleppo", "Deir ez-Zor", "Al-Hasakah"],
    "Latakia": ["Tartus", "Idlib", "Hama"], "Kirkuk": ["Salah ad Din", "Diyala", "Erbil", "Sulaymaniyah"],
    "Baghdad": ["Diyala", "Salah ad Din", "Anbar", "Babil"], "Diyala": ["Baghdad", "Salah ad Din", "Kirkuk"],
    "Nineveh": ["Duhok", "Erbil", "Salah ad Din"], "Erbil": ["Nineveh", "Kirkuk", "Duhok"],
}
IRAQ = {"Kirkuk", "Baghdad", "Diyala", "Nineveh", "Erbil", "Salah ad Din", "Sulaymaniyah", "Anbar", "Babil", "Duhok"}
PAIRS_SY = [(SY_GOV, SY_CIV), (UNK_SY, SY_CIV), (IS_SY, SY_GOV), (TR, SDF), (SDF, IS_SY),
            ("Hayat Tahrir al-Sham", SY_GOV), ("Military Forces of Russia (2000-)", SY_CIV), (SY_CIV, ""),
            ("Syrian National Army", SDF), ("Unidentified Military Forces", SY_CIV)]
PAIRS_IQ = [(IS_IQ, IQ_GOV), (UNK_IQ, IQ_CIV), (IS_IQ, IQ_CIV), (TR, "PKK: Kurdistan Workers Party"),
            ("Popular Mobilization Forces", IS_IQ), ("Unidentified Military Forces", IQ_CIV)]
DEATHS = [1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 11, 15, 22]
HEADER = ["event_id_cnty", "event_date", "year", "event_type", "actor1", "actor2", "country", "admin1", "admin2",
          "admin3", "location", "latitude", "longitude", "fatalities", "notes"]


def gazetteer():
    towns = {}
    with gzip.open(GAZ, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) > 5 and c[3] in ("SY", "IQ") and c[1] in ("city", "village") and c[4]:
                towns.setdefault(c[0], (c[2], float(c[4]), float(c[5]), c[1]))
    return towns


def km(a, b):
    return math.hypot((a[0] - b[0]) * 111, (a[1] - b[1]) * 111 * math.cos(math.radians(a[0])))


def day_of(date, delta):
    import datetime
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=delta)).isoformat()


def acled_date(iso):
    import datetime
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def main():
    towns = gazetteer()
    rng = random.Random(2026)
    rows, n = [], 0
    for report, date, a1, a2, loc, gname, act1, act2, deaths in OWN:
        iraq = a1 in IRAQ
        country = "Iraq" if iraq else "Syria"
        code = "IRQ" if iraq else "SYR"
        lat, lon = (f"{towns[gname][1]:.4f}", f"{towns[gname][2]:.4f}") if gname else ("", "")
        n += 1
        rows.append(dict(event_id_cnty=f"{code}W{n:04d}", event_date=acled_date(date), year=date[:4],
                         event_type="Violence against civilians" if "Civilians" in act2 + act1 else "Battles",
                         actor1=act1, actor2=act2, country=country, admin1=a1, admin2=a2, admin3="", location=loc,
                         latitude=lat, longitude=lon, fatalities=deaths, notes=f"own record of {report}"))
        here = (towns[gname][1], towns[gname][2]) if gname else None
        for _ in range(rng.randint(2, 4)):
            gov = a1 if rng.random() < 0.6 else rng.choice(NEIGHBOURS[a1])
            choices = sorted(t for t, v in towns.items() if v[0] == gov and t != loc
                             and (here is None or km(here, v[1:3]) > 15))
            town = rng.choice(choices)
            g = towns[town]
            p1, p2 = rng.choice(PAIRS_IQ if iraq else PAIRS_SY)
            n += 1
            rows.append(dict(event_id_cnty=f"{code}W{n:04d}", event_date=acled_date(day_of(date, rng.choice([-1, 0, 0, 1]))),
                             year=date[:4], event_type="Violence against civilians" if "Civilians" in p2 else "Battles",
                             actor1=p1, actor2=p2, country=country, admin1=gov, admin2="", admin3="", location=town,
                             latitude=f"{g[1]:.4f}", longitude=f"{g[2]:.4f}", fatalities=rng.choice(DEATHS),
                             notes=f"invented distractor beside {report}"))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(os.path.dirname(OUT), "reports.txt"), "w", encoding="utf-8") as f:
        f.write("# the fresh-documents reports (core/src/test/resources/org/tally/analysis/fresh-documents/) these"
                " records are written for, one a line\n")
        for r in OWN:
            f.write(r[0] + "\n")
    print(f"{len(rows)} records ({len(OWN)} own) -> {OUT}")


if __name__ == "__main__":
    main()
