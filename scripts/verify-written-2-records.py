#!/usr/bin/env python3
"""Writes core/src/test/resources/org/tally/verify/written-2/records.csv: the second invented set in issue 14's owners'
shape (verify21): 20 monitor-style reports of Syria and Iraq, 2021-2023, written for it (written-2/docs/), each with its
own record written by hand from the report's text as a casualty coder would, in ACLED's export shape and with ACLED's
spellings rather than the report's ("Al Shuhayl", "Umm Al Hosh"), BEFORE Tally was run on them; and distractors drawn
as scripts/verify-written-records.py draws them (its functions, another seed). None is ACLED's data.

  python3 scripts/verify-written-2-records.py   (rewrites the file; the draw is seeded, so the same file)
  python3 scripts/verify-written.py --docs core/src/test/resources/org/tally/verify/written-2/docs \\
      --reports core/src/test/resources/org/tally/verify/written-2/reports.txt \\
      --reference core/src/test/resources/org/tally/verify/written-2/records.csv --explain-misses
"""
import csv, importlib.util, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("written_records", os.path.join(HERE, "verify-written-records.py"))
wr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wr)

OUT = os.path.join(HERE, "..", "core/src/test/resources/org/tally/verify/written-2/records.csv")
RU = "Military Forces of Russia (2000-)"
US = "Military Forces of the United States (2021-)"

# report, date, admin1, admin2, location (ACLED's spelling), gazetteer name of the place (or None), actor1, actor2,
# fatalities: the coder's toll of the report's main incident
OWN = [
    ("vw2-01", "2021-09-07", "Idlib", "Ariha", "Balyun", "Balyun", wr.SY_GOV, wr.SY_CIV, 3),
    ("vw2-02", "2022-01-16", "Salah ad Din", "Samarra", "Mutaibija", None, wr.IS_IQ, wr.IQ_GOV, 3),
    ("vw2-03", "2023-02-08", "Daraa", "Daraa", "Al Musayfirah", "Al Musayfirah", wr.UNK_SY, wr.SY_CIV, 1),
    ("vw2-04", "2022-05-21", "Deir ez-Zor", "Deir ez-Zor", "Al Shuhayl", "Shuhayl", wr.IS_SY, wr.SDF, 4),
    ("vw2-05", "2021-12-07", "Nineveh", "Sinjar", "Khanasor", None, wr.TR, "YBS: Sinjar Resistance Units", 2),
    ("vw2-06", "2022-12-02", "Aleppo", "Azaz", "Umm Al Hosh", None, wr.TR, wr.SY_CIV, 2),
    ("vw2-07", "2023-03-02", "Ar-Raqqah", "Ar-Raqqa", "Ma'dan", "Ma`dan", wr.IS_SY, wr.SY_CIV, 5),
    ("vw2-08", "2022-07-12", "Anbar", "Al-Qaim", "Akashat", None, wr.IS_IQ, "Popular Mobilization Forces", 2),
    ("vw2-09", "2022-06-06", "Homs", "Tadmor", "Al Kawm", None, wr.IS_SY, wr.SY_GOV, 11),
    ("vw2-10", "2023-02-15", "Diyala", "Khanaqin", "Jalawla", None, wr.IS_IQ, wr.IQ_CIV, 2),
    ("vw2-11", "2023-06-25", "Idlib", "Jisr al-Shughur", "Jisr Ash Shugur", "Jisr ash Shughur", RU, wr.SY_CIV, 9),
    ("vw2-12", "2023-01-24", "Al-Hasakah", "Al-Qamishli", "Amuda", "`Amuda", wr.TR, wr.SDF, 2),
    ("vw2-13", "2021-09-05", "Kirkuk", "Kirkuk", "Al Rashad", None, wr.IS_IQ, "Police Forces of Iraq (2014-)", 12),
    ("vw2-14", "2023-09-12", "Daraa", "Izra", "Nawa", "Nawa", wr.UNK_SY, wr.SY_GOV, 3),
    ("vw2-15", "2023-10-08", "Hama", "As-Suqaylabiyah", "Qalaat Al Madiq", "Qal`at al Madiq", wr.SY_GOV, wr.SY_CIV, 2),
    ("vw2-16", "2022-08-03", "Duhok", "Amedi", "Kani Masi", "Kani Masi", wr.TR, "PKK: Kurdistan Workers Party", 3),
    ("vw2-17", "2023-03-24", "Deir ez-Zor", "Al Mayadin", "Al Asharah", "Al `Asharah", US, "Iranian-backed militias", 6),
    ("vw2-18", "2021-11-11", "Aleppo", "Afrin", "Afrin", "`Afrin", wr.UNK_SY, wr.SY_CIV, 4),
    ("vw2-19", "2023-05-12", "Baghdad", "Abu Ghraib", "Abu Ghraib", "Abu Ghurayb", wr.UNK_IQ, wr.IQ_CIV, 2),
    ("vw2-20", "2022-02-22", "Homs", "Ar-Rastan", "Al Ghanto", "Al Ghantu", "Unidentified Armed Group (Syria)",
     wr.SY_CIV, 3),
]

wr.NEIGHBOURS.update({"Salah ad Din": ["Diyala", "Kirkuk", "Baghdad"], "Anbar": ["Baghdad", "Salah ad Din"],
                      "Duhok": ["Nineveh", "Erbil"]})


def main():
    towns = wr.gazetteer()
    rng = random.Random(2027)
    rows, n = [], 0
    for report, date, a1, a2, loc, gname, act1, act2, deaths in OWN:
        iraq = a1 in wr.IRAQ
        country = "Iraq" if iraq else "Syria"
        code = "IRQ" if iraq else "SYR"
        lat, lon = (f"{towns[gname][1]:.4f}", f"{towns[gname][2]:.4f}") if gname else ("", "")
        n += 1
        rows.append(dict(event_id_cnty=f"{code}V{n:04d}", event_date=wr.acled_date(date), year=date[:4],
                         event_type="Violence against civilians" if "Civilians" in act2 + act1 else "Battles",
                         actor1=act1, actor2=act2, country=country, admin1=a1, admin2=a2, admin3="", location=loc,
                         latitude=lat, longitude=lon, fatalities=deaths, notes=f"own record of {report}"))
        here = (towns[gname][1], towns[gname][2]) if gname else None
        for _ in range(rng.randint(2, 4)):
            gov = a1 if rng.random() < 0.6 else rng.choice(wr.NEIGHBOURS[a1])
            choices = sorted(t for t, v in towns.items() if v[0] == gov and t != loc and t != gname
                             and (here is None or wr.km(here, v[1:3]) > 15))
            town = rng.choice(choices)
            g = towns[town]
            p1, p2 = rng.choice(wr.PAIRS_IQ if iraq else wr.PAIRS_SY)
            n += 1
            rows.append(dict(event_id_cnty=f"{code}V{n:04d}",
                             event_date=wr.acled_date(wr.day_of(date, rng.choice([-1, 0, 0, 1]))),
                             year=date[:4], event_type="Violence against civilians" if "Civilians" in p2 else "Battles",
                             actor1=p1, actor2=p2, country=country, admin1=gov, admin2="", admin3="", location=town,
                             latitude=f"{g[1]:.4f}", longitude=f"{g[2]:.4f}", fatalities=rng.choice(wr.DEATHS),
                             notes=f"invented distractor beside {report}"))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=wr.HEADER)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(os.path.dirname(OUT), "reports.txt"), "w", encoding="utf-8") as f:
        f.write("# the reports of written-2/docs/ these records are written for, one a line\n")
        for r in OWN:
            f.write(r[0] + "\n")
    print(f"{len(rows)} records ({len(OWN)} own) -> {OUT}")


if __name__ == "__main__":
    main()
