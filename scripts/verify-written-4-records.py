#!/usr/bin/env python3
"""Writes core/src/test/resources/org/tally/verify/written-4/{victims.csv,airwars.csv,own.tsv}: the fourth invented
set of issue 14 (verify23), in two shapes the earlier sets do not cover.

- victims.csv: a VDC-style per-victim export (name, status, sex, province, area, date_of_death, cause, actors), one
  row per person killed, in VDC's spellings ("Damascus Suburbs", "Deir Ezzor", "Hasakeh", "Maarat Al Numan",
  "Saraqeb", "Kafr Nobol", "Jisr Al Shoghour", "Atareb", "Jasem", "Tal Tamer"); the reader groups the rows into one
  record per day x area x cause. Every name is INVENTED (given names and family names crossed in order, nothing
  drawn from any list of the dead); none is VDC's data, whose terms forbid redistributing it.
- airwars.csv: an Airwars-style incident export (code, date, location, province, country, latitude, longitude,
  geolocation_accuracy, belligerent, killed_min, killed_max, grading, notes): civilians killed, a range; some
  records give only a location name, one only its governorate.

Each report's own record(s), in own.tsv, were written by hand from the report's text as a recorder would, BEFORE
Tally was run on any of the reports. VDC splits one event by cause (airstrike and artillery the same day are two
groups) and dates a victim who died of wounds by the day of death, so a report's own record may be two groups.
Distractors beside each report, by hand: the same day elsewhere in the governorate, the same place a few days off, and
for VDC the same place and day by another cause.

  python3 scripts/verify-written-4-records.py   (rewrites the files)
"""
import csv, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core/src/test/resources/org/tally/verify/written-4")

GOV, RU, TR, UNK, ISIS = ("Syrian government and affiliated militias", "Russian troops", "Turkish forces",
                          "Unidentified", "ISIS")
# (report or None, day, province, area, cause, actors, [(status, sex), ...])  -- own groups carry their report
C_M, C_F, CH_M, CH_F, NC = (("Civilian", "Adult - Male"), ("Civilian", "Adult - Female"),
                            ("Civilian", "Child - Male"), ("Civilian", "Child - Female"),
                            ("Non-Civilian", "Adult - Male"))
GROUPS = [
    ("vw4-01", "2020-01-15", "Idlib", "Ariha", "Shelling", GOV, [C_M, C_F, C_M, CH_M, CH_F]),
    (None, "2020-01-15", "Idlib", "Sarmin", "Shelling", GOV, [C_M]),
    (None, "2020-01-12", "Idlib", "Ariha", "Warplane shelling", RU, [C_M, C_F]),
    (None, "2020-01-15", "Idlib", "Ariha", "Shooting", GOV, [C_M]),
    ("vw4-02", "2020-01-20", "Idlib", "Maarat Al Numan", "Warplane shelling", RU, [C_F, CH_M, CH_F, CH_M, C_M, C_M]),
    (None, "2020-01-21", "Idlib", "Maarat Al Numan", "Warplane shelling", RU, [C_M]),
    (None, "2020-01-20", "Idlib", "Kafr Nobol", "Warplane shelling", RU, [C_M, C_M, C_F]),
    (None, "2020-01-23", "Idlib", "Maarat Al Numan", "Warplane shelling", RU, [C_M, C_F, C_M, CH_M]),
    ("vw4-03", "2020-01-29", "Idlib", "Saraqeb", "Warplane shelling", RU, [C_M, C_F, C_M, C_M, C_F]),
    ("vw4-03", "2020-01-29", "Idlib", "Saraqeb", "Shelling", GOV, [C_M, C_F, C_M, CH_M]),
    (None, "2020-01-27", "Idlib", "Saraqeb", "Shelling", GOV, [C_M, C_M]),
    (None, "2020-01-29", "Idlib", "Binnish", "Warplane shelling", RU, [C_M, C_F, CH_F]),
    (None, "2020-01-30", "Idlib", "Saraqeb", "Warplane shelling", RU, [C_M, C_M, C_F, C_M, CH_M, C_M]),
    ("vw4-04", "2021-03-09", "Damascus Suburbs", "Douma", "Explosion", UNK, [NC, NC, NC, C_M]),
    (None, "2021-03-09", "Damascus Suburbs", "Harasta", "Explosion", UNK, [C_M]),
    (None, "2021-03-13", "Damascus Suburbs", "Douma", "Shooting", UNK, [C_M]),
    ("vw4-05", "2021-05-18", "Deir Ezzor", "Mayadin", "Shooting", UNK, [C_M, C_M, C_M]),
    (None, "2021-05-18", "Deir Ezzor", "Thiban", "Shooting", UNK, [C_M]),
    (None, "2021-05-21", "Deir Ezzor", "Mayadin", "Explosion", UNK, [C_M, C_M]),
    ("vw4-06", "2020-02-24", "Idlib", "Kafr Nobol", "Shooting", GOV, [NC, NC, NC, NC]),
    (None, "2020-02-24", "Idlib", "Kafr Nobol", "Warplane shelling", RU, [C_M, C_F]),
    (None, "2020-02-22", "Idlib", "Kafr Nobol", "Shelling", GOV, [C_M]),
    (None, "2020-02-24", "Idlib", "Hish", "Shelling", GOV, [C_M, C_M]),
    ("vw4-07", "2020-06-11", "Hama", "", "Explosion", ISIS, [C_M, C_M, CH_M]),
    (None, "2020-06-11", "Hama", "Salamiyah", "Shooting", UNK, [C_M]),
    (None, "2020-06-16", "Hama", "", "Explosion", ISIS, [C_M, C_M]),
    ("vw4-08", "2021-06-13", "Aleppo", "Atareb", "Shelling", GOV, [C_M, C_M, C_F, CH_M]),
    (None, "2021-06-14", "Aleppo", "Atareb", "Shelling", GOV, [C_M]),
    (None, "2021-06-13", "Aleppo", "Daret Azza", "Shelling", GOV, [C_M, C_F]),
    ("vw4-09", "2021-08-26", "Idlib", "Jisr Al Shoghour", "Warplane shelling", GOV, [C_M, C_F, CH_M, CH_F, CH_M]),
    (None, "2021-08-26", "Idlib", "Ariha", "Shelling", GOV, [C_M]),
    (None, "2021-08-29", "Idlib", "Jisr Al Shoghour", "Shelling", GOV, [C_M, C_M]),
    ("vw4-10", "2020-10-07", "Hasakeh", "Tal Tamer", "Shelling", TR, [C_M, C_F]),
    (None, "2020-10-07", "Hasakeh", "Ras Al Ein", "Shooting", UNK, [C_M]),
    (None, "2020-10-04", "Hasakeh", "Tal Tamer", "Shelling", TR, [C_M]),
    ("vw4-11", "2021-10-14", "Daraa", "Jasem", "Shooting", UNK, [NC, NC]),
    (None, "2021-10-14", "Daraa", "Tafas", "Shooting", UNK, [C_M]),
    (None, "2021-10-16", "Daraa", "Jasem", "Shooting", UNK, [C_M]),
    ("vw4-12", "2021-04-22", "Aleppo", "Al Bab", "Explosion", UNK, [C_M, C_M, C_F, C_M, CH_M, C_M, C_F]),
    ("vw4-12", "2021-04-23", "Aleppo", "Al Bab", "Explosion", UNK, [C_M, C_F]),
    (None, "2021-04-22", "Aleppo", "Qabasin", "Shelling", UNK, [C_M]),
    (None, "2021-04-26", "Aleppo", "Al Bab", "Shooting", UNK, [C_M]),
]

GIVEN_M = ["Ahmad", "Khaled", "Omar", "Yasser", "Mahmoud", "Bilal", "Hassan", "Walid", "Samer", "Fadi", "Nizar",
           "Jamal", "Ibrahim", "Tareq", "Anas"]
GIVEN_F = ["Fatima", "Huda", "Rima", "Amal", "Nour", "Salma", "Lina", "Ghada", "Maha"]
FAMILY = ["al-Hamdan", "Sweid", "al-Khatib", "Qaddour", "al-Omar", "Barakat", "Haj Ali", "al-Saleh", "Darwish",
          "al-Ahmad", "Shaaban", "Mansour", "al-Hussein"]


def names():
    """Invented names, crossed in order: the i-th man is GIVEN_M[i % 15] FAMILY[(i * 7) % 13]."""
    m = f = 0
    def next_name(sex):
        nonlocal m, f
        if sex.endswith("Female"):
            f += 1
            return f"{GIVEN_F[f % len(GIVEN_F)]} {FAMILY[(f * 5) % len(FAMILY)]}"
        m += 1
        return f"{GIVEN_M[m % len(GIVEN_M)]} {FAMILY[(m * 7) % len(FAMILY)]}"
    return next_name


# code, date, location, province, country, lat, lon, geolocation_accuracy, belligerent, min, max, grading, note
AIRWARS = [
    ("vw4-13", "R2101", "2021-02-03", "Kafr Takharim", "Idlib", "Syria", 36.1168, 36.5152, "Village/town",
     "Russian Military", 4, 6, "Fair", "Russian raids on a farm of displaced families outside Kafr Takharim"),
    (None, "R2102", "2021-02-03", "Armanaz", "Idlib", "Syria", 36.0839, 36.5036, "Village/town", "Russian Military",
     0, 1, "Weak", "same day, another town of the district"),
    (None, "R2103", "2021-02-07", "Kafr Takharim", "Idlib", "Syria", 36.1168, 36.5152, "Village/town",
     "Russian Military", 1, 2, "Fair", "same town, four days later"),
    ("vw4-14", "R2001", "2020-03-02", "Hazano", "Idlib", "Syria", None, None, "Village/town", "Russian Military", 2, 3,
     "Fair", "Russian strike on a poultry farm near Hazano"),
    (None, "R2002", "2020-03-02", "Maarrat Misrin", "Idlib", "Syria", None, None, "Village/town", "Russian Military",
     1, 1, "Weak", "same day, another town of the governorate"),
    (None, "R2003", "2020-02-28", "Hazano", "Idlib", "Syria", None, None, "Village/town", "Russian Military", 1, 1,
     "Weak", "same village, three days before"),
    ("vw4-15", "CS2301", "2023-05-16", "Atmeh", "Idlib", "Syria", 36.2014, 36.6825, "Within a 1km radius", "US Forces",
     0, 1, "Contested", "US drone strike on a motorcyclist near Atmeh"),
    (None, "CS2302", "2023-05-13", "Atmeh", "Idlib", "Syria", 36.2014, 36.6825, "Village/town", "US Forces", 1, 1,
     "Weak", "same town, three days before"),
    (None, "CS2303", "2023-05-16", "Ad Dana", "Idlib", "Syria", 36.2125, 36.77, "Village/town", "Russian Military", 2, 2,
     "Fair", "same day, a town 8 km east, another belligerent"),
    ("vw4-16", "T2201", "2022-08-19", "Al-Malikiyah (Derik)", "Al-Hasakah", "Syria", 37.177, 42.1401, "Village/town",
     "Turkish Military", 3, 4, "Fair", "Turkish drone strike on a car outside Derik"),
    (None, "T2202", "2022-08-19", "Amuda", "Al-Hasakah", "Syria", 37.1042, 40.93, "Village/town", "Turkish Military", 1,
     1, "Weak", "same day, another town of the governorate"),
    (None, "T2203", "2022-08-16", "Al-Malikiyah (Derik)", "Al-Hasakah", "Syria", 37.177, 42.1401, "Village/town",
     "Turkish Military", 2, 2, "Fair", "same town, three days before"),
    ("vw4-17", "T2101", "2021-07-22", "Sinjar", "Nineveh", "Iraq", 36.3209, 41.8766, "Village/town", "Turkish Military",
     1, 1, "Fair", "Turkish strike on a vehicle near Sinjar: its civilian driver (two YBS fighters not counted)"),
    (None, "T2102", "2021-07-22", "Khanasor", "Nineveh", "Iraq", 36.5497, 41.6453, "Village/town", "Turkish Military", 0,
     1, "Weak", "same day, a town 30 km north"),
    (None, "T2103", "2021-07-25", "Sinjar", "Nineveh", "Iraq", 36.3209, 41.8766, "Village/town", "Turkish Military", 1,
     2, "Fair", "same town, three days later"),
    ("vw4-18", "T2104", "2021-09-14", "Makhmour camp", "Erbil", "Iraq", 35.7891, 43.5912, "Nearby landmark",
     "Turkish Military", 3, 3, "Fair", "drone strike on a building by Makhmour camp"),
    (None, "T2105", "2021-09-14", "Sidakan", "Erbil", "Iraq", 36.7983, 44.6717, "Village/town", "Turkish Military", 0, 1,
     "Weak", "same day, another district of the governorate"),
    (None, "T2106", "2021-09-10", "Makhmour camp", "Erbil", "Iraq", 35.7891, 43.5912, "Nearby landmark",
     "Turkish Military", 1, 1, "Weak", "same place, four days before"),
    ("vw4-19", "CS2201", "2022-09-27", "Deir ez-Zor governorate", "Deir ez-Zor", "Syria", 35.0, 40.2,
     "Province/governorate", "US Forces", 1, 2, "Contested", "US drone strike on a motorcycle, place known only by its governorate"),
    (None, "CS2202", "2022-09-27", "Al Busayrah", "Deir ez-Zor", "Syria", 35.1562, 40.4272, "Village/town", "US Forces",
     0, 1, "Weak", "same day, a town across the Euphrates"),
    (None, "CS2203", "2022-09-30", "Al Mayadin", "Deir ez-Zor", "Syria", 35.0198, 40.4515, "Village/town", "US Forces",
     1, 1, "Weak", "the town, three days later"),
    ("vw4-20", "T2301", "2023-04-11", "Ayn al-Arab countryside", "Aleppo", "Syria", 36.8909, 38.3535,
     "Subdistrict/district", "Turkish Military", 2, 5, "Contested", "Turkish shelling of a village west of Kobani"),
    (None, "T2302", "2023-04-11", "Tall Rif'at", "Aleppo", "Syria", 36.4723, 37.0947, "Village/town", "Turkish Military",
     0, 1, "Weak", "same day, another district of the governorate"),
    (None, "T2303", "2023-04-08", "Ayn al-Arab", "Aleppo", "Syria", 36.8909, 38.3535, "Village/town", "Turkish Military",
     1, 1, "Weak", "the town, three days before"),
]


def airwars_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def main():
    own = {}
    name = names()
    with open(os.path.join(OUT, "victims.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "status", "sex", "province", "area", "date_of_death", "cause", "actors"])
        for report, day, province, area, cause, actors, victims in GROUPS:
            for status, sex in victims:
                w.writerow([name(sex), status, sex, province, area, day, cause, actors])
            if report:
                own.setdefault(report, []).append(f"{day}/{province}/{area}/{cause}")
    with open(os.path.join(OUT, "airwars.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "date", "location", "province", "country", "latitude", "longitude",
                    "geolocation_accuracy", "belligerent", "killed_min", "killed_max", "grading", "notes"])
        for report, code, day, loc, prov, country, lat, lon, acc, bel, lo, hi, grading, note in AIRWARS:
            w.writerow([code, airwars_date(day), loc, prov, country, "" if lat is None else lat,
                        "" if lon is None else lon, acc, bel, lo, hi, grading,
                        (f"own record of {report}: " if report else "invented distractor: ") + note])
            if report:
                own.setdefault(report, []).append(code)
    with open(os.path.join(OUT, "own.tsv"), "w", encoding="utf-8") as f:
        f.write("# report, then its own record ids, tab-separated (VDC-style: day/province/area/cause, as the reader names its groups)\n")
        for report in sorted(own):
            f.write(report + "\t" + "\t".join(own[report]) + "\n")


if __name__ == "__main__":
    main()
