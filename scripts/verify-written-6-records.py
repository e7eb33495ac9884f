#!/usr/bin/env python3
"""Writes core/src/test/resources/org/tally/verify/written-6/records.csv: the sixth invented set of issue 14
(verify25), records in the shape of an ACLED export CSV (its own columns, event_date as ACLED's exports write it,
"08 June 2021"), for 20 reports of Iraq and north-east Syria, 2021-2023.

Every record is INVENTED, written by hand in the table below (nothing is drawn at random); none is ACLED's data.
Places in ACLED's manner and spellings ("Al-Qaim", "Tarmiyah", "Muqdadiyah", "Markada"; admin1 "Salah al-Din",
"Ninewa", "Al Hasakeh", "Deir-ez-Zor", "Ar-Raqqa"; districts "Falluja", "Al-Hatra", "Ath-Thawrah"; subdistricts in
admin3), points typed by hand to within a few kilometres (the bundled gazetteer's where it has the place), and
geo_precision 1 (the place), 2 (near it, or a subdistrict at its seat's point) or 3 (a wider area, at its seat's
point). Each report's own record(s) are listed by hand in written-6/own.tsv, written before Tally was run on any of
the reports; the notes below say which they are only as a reader's aid (the scoring reads own.tsv).

  python3 scripts/verify-written-6-records.py   (rewrites the file)
"""
import csv, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core/src/test/resources/org/tally/verify/written-6")

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
          "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
          "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]

ISI, ISS = "Islamic State (Iraq)", "Islamic State (Syria)"
IQA, IQP = "Military Forces of Iraq (2020-)", "Police Forces of Iraq (2020-)"
PMF = "PMF: Popular Mobilization Forces"
UMF = "Unidentified Military Forces"
UAGI, UAGS = "Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Syria)"
CIVI, CIVS = "Civilians (Iraq)", "Civilians (Syria)"
SDF, ASA = "SDF: Syrian Democratic Forces", "Asayish: Kurdish Internal Security Forces"
TUR = "Military Forces of Turkey (2016-)"
IRN = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
CLAN = "Bakir Clan Militia (Syria)"
SYR = "Military Forces of Syria (2000-)"

BATTLE = ("Political violence", "Battles", "Armed clash")
REMOTE = ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED")
AIR = ("Political violence", "Explosions/Remote violence", "Air/drone strike")
SHELL = ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")
ATTACK = ("Political violence", "Violence against civilians", "Attack")

# (id, iso date, kind, actor1, actor2, country, admin1, admin2, admin3, location, lat, lon, geo_precision,
#  fatalities, note)
RECORDS = [
    # vw6-01: drone strike near the Qaim crossing, late on Tuesday 8 June 2021, 3 PMF
    ("IRQ60011", "2021-06-08", AIR, UMF, PMF, "Iraq", "Anbar", "Al-Qaim", "Al-Qaim", "Al-Qaim", 34.3925, 40.9895, 1,
     3, "drone strike on a PMF vehicle south of the border crossing"),
    ("IRQ60012", "2021-06-08", REMOTE, UAGI, IQA, "Iraq", "Ninewa", "Sinjar", "Markaz Sinjar", "Sinjar", 36.3209,
     41.8766, 1, 1, "distractor: the same day, another governorate"),
    ("IRQ60013", "2021-06-15", AIR, UMF, PMF, "Iraq", "Anbar", "Al-Qaim", "Al-Qaim", "Al-Qaim", 34.3925, 40.9895, 1,
     1, "distractor: the same place, a week after"),
    # vw6-02: Al-Karma, the night of 21-22 August 2021, 4 PMF; a subdistrict's record (geo 2)
    ("IRQ60021", "2021-08-21", BATTLE, ISI, PMF, "Iraq", "Anbar", "Falluja", "Al-Karma", "Al-Karma", 33.3990,
     43.9090, 2, 4, "IS attack on a PMF post in the Al-Karma area"),
    ("IRQ60022", "2021-08-21", REMOTE, UAGI, CIVI, "Iraq", "Anbar", "Falluja", "Al-Saqlawiya", "Saqlawiyah",
     33.4000, 43.6840, 1, 1, "distractor: the same day, another subdistrict of the district"),
    ("IRQ60023", "2021-08-28", BATTLE, ISI, PMF, "Iraq", "Anbar", "Falluja", "Al-Karma", "Al-Karma", 33.3990,
     43.9090, 2, 2, "distractor: the same place, a week after"),
    # vw6-03: Makhoul mountains north of Baiji, Monday 15 November 2021, 2 soldiers; geo 2 at Bayji
    ("IRQ60031", "2021-11-15", REMOTE, ISI, IQA, "Iraq", "Salah al-Din", "Baiji", "Markaz Baiji", "Bayji",
     34.9292, 43.4888, 2, 2, "IED on an army vehicle in the Makhoul mountains"),
    ("IRQ60032", "2021-11-15", BATTLE, ISI, IQA, "Iraq", "Kirkuk", "Daquq", "Markaz Daquq", "Daquq", 35.1394,
     44.4506, 1, 3, "distractor: the same day, another governorate"),
    ("IRQ60033", "2021-11-08", REMOTE, ISI, IQA, "Iraq", "Salah al-Din", "Baiji", "Markaz Baiji", "Bayji",
     34.9292, 43.4888, 2, 1, "distractor: the same place, a week before"),
    # vw6-04: Al-Ishaqi, yesterday = Wednesday 12 January 2022, 3 of one family
    ("IRQ60041", "2022-01-12", ATTACK, UAGI, CIVI, "Iraq", "Salah al-Din", "Balad", "Al-Ishaqi", "Al Ishaqi",
     34.0200, 44.0600, 1, 3, "farmer and his two sons shot in their orchard"),
    ("IRQ60042", "2022-01-12", ATTACK, UAGI, CIVI, "Iraq", "Diyala", "Khanaqin", "Jalawla", "Jalawla", 34.2722,
     45.1653, 1, 2, "distractor: the same day, another governorate"),
    ("IRQ60043", "2022-01-19", ATTACK, UAGI, CIVI, "Iraq", "Salah al-Din", "Balad", "Al-Ishaqi", "Al Ishaqi",
     34.0200, 44.0600, 1, 1, "distractor: the same place, a week after"),
    # vw6-05: Al-Ithbah east of Shirqat, Sunday 6 February 2022, 5 PMF and 2 attackers: SPLIT by side
    ("IRQ60051", "2022-02-06", BATTLE, ISI, PMF, "Iraq", "Salah al-Din", "Al-Shirqat", "Markaz Al-Shirqat",
     "Al Ithbah", 35.4700, 43.3000, 1, 5, "IS attack on a PMF post: the PMF's dead (split by side)"),
    ("IRQ60052", "2022-02-06", BATTLE, PMF, ISI, "Iraq", "Salah al-Din", "Al-Shirqat", "Markaz Al-Shirqat",
     "Al Ithbah", 35.4700, 43.3000, 1, 2, "the same attack: the attackers' dead (split by side)"),
    ("IRQ60053", "2022-02-06", BATTLE, ISI, IQA, "Iraq", "Ninewa", "Al-Hatra", "Markaz al-Hatra", "Al Hadar",
     35.5729, 42.7340, 2, 1, "distractor: the same day, another governorate"),
    ("IRQ60054", "2022-01-30", BATTLE, ISI, PMF, "Iraq", "Salah al-Din", "Al-Shirqat", "Markaz Al-Shirqat",
     "Al Ithbah", 35.4700, 43.3000, 1, 1, "distractor: the same place, a week before"),
    # vw6-06: Imam Wais and Al-Jaddah, Abu Saida, Monday 28 March 2022, 6: SPLIT by village of one subdistrict
    ("IRQ60061", "2022-03-28", ATTACK, ISI, CIVI, "Iraq", "Diyala", "Al-Muqdadiya", "Abu Saida", "Imam Weis",
     34.0300, 44.8600, 1, 4, "IS attack on villagers leaving a mosque (split: first village)"),
    ("IRQ60062", "2022-03-28", ATTACK, ISI, CIVI, "Iraq", "Diyala", "Al-Muqdadiya", "Abu Saida", "Al Jaddah",
     34.0050, 44.8300, 1, 2, "the same attack's second village (split)"),
    ("IRQ60063", "2022-03-28", REMOTE, UAGI, IQP, "Iraq", "Diyala", "Al-Muqdadiya", "Markaz Al-Muqdadiya",
     "Muqdadiyah", 33.9786, 44.9369, 1, 1, "distractor: the same day, the district's town"),
    ("IRQ60064", "2022-03-28", BATTLE, ISI, IQA, "Iraq", "Kirkuk", "Al-Hawiga", "Al-Riyadh", "Ar Riyad", 35.3830,
     43.7180, 1, 2, "distractor: the same day, another governorate"),
    # vw6-07: Khan Bani Saad, Tuesday 10 May 2022, 3 federal police
    ("IRQ60071", "2022-05-10", REMOTE, ISI, IQP, "Iraq", "Diyala", "Ba'quba", "Khan Bani Saad", "Khan Bani Sa'ad",
     33.5700, 44.5400, 1, 3, "roadside bomb on a federal police patrol"),
    ("IRQ60072", "2022-05-10", ATTACK, UAGI, CIVI, "Iraq", "Diyala", "Ba'quba", "Markaz Ba'quba", "Baquba",
     33.7540, 44.6052, 1, 2, "distractor: the same day, the district's city (a shooting)"),
    ("IRQ60073", "2022-05-10", BATTLE, ISI, IQA, "Iraq", "Anbar", "Heet", "Kubaisa", "Kubaisa", 33.5850, 42.6240,
     1, 2, "distractor: the same day, another governorate"),
    ("IRQ60074", "2022-05-17", REMOTE, ISI, IQP, "Iraq", "Diyala", "Ba'quba", "Khan Bani Saad", "Khan Bani Sa'ad",
     33.5700, 44.5400, 1, 1, "distractor: the same place, a week after"),
    # vw6-08: Multaqa subdistrict, Friday 1 July 2022, 2 shepherds; a subdistrict only (geo 3, its seat's point)
    ("IRQ60081", "2022-07-01", ATTACK, ISI, CIVI, "Iraq", "Kirkuk", "Dibis", "Multaqa", "Multaqa", 35.5500,
     43.9000, 3, 2, "shepherds killed and their flock taken; the subdistrict only"),
    ("IRQ60082", "2022-07-01", ATTACK, ISI, CIVI, "Iraq", "Salah al-Din", "Tooz", "Sulaiman Bek", "Sulaiman Bek",
     34.7610, 44.6130, 1, 1, "distractor: the same day, another governorate"),
    ("IRQ60083", "2022-06-24", ATTACK, ISI, CIVI, "Iraq", "Kirkuk", "Dibis", "Multaqa", "Multaqa", 35.5500,
     43.9000, 3, 1, "distractor: the same place, a week before"),
    # vw6-09: south of Hatra, Wednesday night 24 August 2022, 4 soldiers; geo 2
    ("IRQ60091", "2022-08-24", BATTLE, ISI, IQA, "Iraq", "Ninewa", "Al-Hatra", "Markaz al-Hatra", "Al Hadar",
     35.5729, 42.7340, 2, 4, "IS attack on an army post in the desert south of Hatra"),
    ("IRQ60092", "2022-08-24", REMOTE, ISI, IQA, "Iraq", "Anbar", "Al-Rutba", "Markaz al-Rutba", "Rutba", 33.0372,
     40.2859, 1, 2, "distractor: the same day, another governorate"),
    ("IRQ60093", "2022-08-17", BATTLE, ISI, IQA, "Iraq", "Ninewa", "Al-Hatra", "Markaz al-Hatra", "Al Hadar",
     35.5729, 42.7340, 2, 2, "distractor: the same place, a week before"),
    # vw6-10 and vw6-11: Tarmiyah, Tuesday 18 October 2022: the army's 2 and the PMF's 3 JOINED in one record
    ("IRQ60101", "2022-10-18", BATTLE, ISI, IQA, "Iraq", "Baghdad", "Tarmia", "Markaz Tarmia", "Tarmiyah",
     33.6744, 44.3958, 2, 5, "a roadside bomb on an army patrol and an attack on a PMF post (joined)"),
    ("IRQ60102", "2022-10-18", REMOTE, ISI, IQA, "Iraq", "Salah al-Din", "Samarra", "Markaz Samarra", "Samarra",
     34.1959, 43.8857, 1, 1, "distractor: the same day, another governorate"),
    ("IRQ60103", "2022-10-25", BATTLE, ISI, PMF, "Iraq", "Baghdad", "Tarmia", "Markaz Tarmia", "Tarmiyah",
     33.6744, 44.3958, 2, 1, "distractor: the same place, a week after"),
    # vw6-12: Al-Hol camp, Saturday 3 December 2022, 2 women
    ("SYR60121", "2022-12-03", ATTACK, UAGS, CIVS, "Syria", "Al Hasakeh", "Al Hasakeh", "Al-Hole", "Al Hol Camp",
     36.3904, 41.1498, 1, 2, "two Iraqi women shot in the camp"),
    ("SYR60122", "2022-12-03", ATTACK, ISS, CIVS, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Basira", "Al Busayrah",
     35.1562, 40.4272, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60123", "2022-11-26", ATTACK, UAGS, CIVS, "Syria", "Al Hasakeh", "Al Hasakeh", "Al-Hole", "Al Hol Camp",
     36.3904, 41.1498, 1, 1, "distractor: the same place, a week before"),
    # vw6-13: near Markadah, Tuesday 24 January 2023, 3 SDF
    ("SYR60131", "2023-01-24", BATTLE, ISS, SDF, "Syria", "Al Hasakeh", "Al Hasakeh", "Markada", "Markada",
     35.7461, 40.7530, 1, 3, "IS attack on an SDF checkpoint"),
    ("SYR60132", "2023-01-24", ATTACK, ISS, CIVS, "Syria", "Al Hasakeh", "Al Hasakeh", "Ash Shadadah",
     "Ash Shaddadah", 36.0556, 40.7306, 1, 1, "distractor: the same day, the next subdistrict"),
    ("SYR60133", "2023-01-24", BATTLE, ISS, SDF, "Syria", "Ar-Raqqa", "Ar-Raqqa", "Karama", "Karama", 35.8687,
     39.2780, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60134", "2023-01-31", BATTLE, ISS, SDF, "Syria", "Al Hasakeh", "Al Hasakeh", "Markada", "Markada",
     35.7461, 40.7530, 1, 1, "distractor: the same place, a week after"),
    # vw6-14: near Darbasiyah, Wednesday 15 March 2023 (this morning), 2 Asayish
    ("SYR60141", "2023-03-15", AIR, TUR, ASA, "Syria", "Al Hasakeh", "Ras Al Ain", "Darbasiyah", "Darbasiyah",
     37.0728, 40.6520, 1, 2, "Turkish drone strike on a car"),
    ("SYR60142", "2023-03-15", AIR, TUR, SDF, "Syria", "Aleppo", "Ain Al Arab", "Ain Al Arab", "Ain Al Arab",
     36.8907, 38.3538, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60143", "2023-03-08", AIR, TUR, ASA, "Syria", "Al Hasakeh", "Ras Al Ain", "Darbasiyah", "Darbasiyah",
     37.0728, 40.6520, 1, 1, "distractor: the same place, a week before"),
    # vw6-15: Al-Sabha, Saturday 29 April 2023, 4 SDF and 3 clan gunmen: SPLIT by side
    ("SYR60151", "2023-04-29", BATTLE, CLAN, SDF, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Basira", "Sabha",
     35.2050, 40.3650, 1, 4, "clashes: the SDF's dead (split by side)"),
    ("SYR60152", "2023-04-29", BATTLE, SDF, CLAN, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Basira", "Sabha",
     35.2050, 40.3650, 1, 3, "the same clashes: the clan's dead (split by side)"),
    ("SYR60153", "2023-04-29", ATTACK, ISS, CIVS, "Syria", "Ar-Raqqa", "Ath-Thawrah", "Mansura", "Mansura",
     35.8392, 38.7429, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60154", "2023-05-06", BATTLE, CLAN, SDF, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Basira", "Sabha",
     35.2050, 40.3650, 1, 1, "distractor: the same place, a week after"),
    # vw6-16: near Al-Quriyah, dawn Wednesday 7 June 2023, 6 militiamen
    ("SYR60161", "2023-06-07", AIR, UMF, IRN, "Syria", "Deir-ez-Zor", "Al Mayadin", "Mayadin", "Quriyeh", 34.9800,
     40.5500, 1, 6, "airstrikes on Iranian-backed militia positions"),
    ("SYR60162", "2023-06-07", AIR, UMF, IRN, "Syria", "Deir-ez-Zor", "Abu Kamal", "Abu Kamal", "Abu Kamal",
     34.4533, 40.9181, 1, 2, "distractor: the same day, another district (strikes on another depot)"),
    ("SYR60163", "2023-06-07", SHELL, SYR, SDF, "Syria", "Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", 35.9528,
     39.0079, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60164", "2023-06-14", AIR, UMF, IRN, "Syria", "Deir-ez-Zor", "Al Mayadin", "Mayadin", "Quriyeh", 34.9800,
     40.5500, 1, 2, "distractor: the same place, a week after"),
    # vw6-17: Al-Kasrah, 19 July 2023, 2 brothers
    ("SYR60171", "2023-07-19", ATTACK, UAGS, CIVS, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Kasra", "Kasra",
     35.5674, 39.9202, 1, 2, "two brothers shot by gunmen on a motorcycle"),
    ("SYR60172", "2023-07-19", ATTACK, UAGS, CIVS, "Syria", "Al Hasakeh", "Al Hasakeh", "Al-Hole", "Al Hol Camp",
     36.3904, 41.1498, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60173", "2023-07-12", ATTACK, UAGS, CIVS, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Kasra", "Kasra",
     35.5674, 39.9202, 1, 1, "distractor: the same place, a week before"),
    # vw6-18: near Al-Karamah, Sunday evening 3 September 2023, 4 of one family (landmine)
    ("SYR60181", "2023-09-03", REMOTE, ISS, CIVS, "Syria", "Ar-Raqqa", "Ar-Raqqa", "Karama", "Karama", 35.8687,
     39.2780, 1, 4, "landmine under a tractor"),
    ("SYR60182", "2023-09-03", REMOTE, ISS, CIVS, "Syria", "Deir-ez-Zor", "Al Mayadin", "Thiban", "Thiban",
     35.0150, 40.5103, 1, 1, "distractor: the same day, another governorate"),
    ("SYR60183", "2023-08-27", REMOTE, ISS, CIVS, "Syria", "Ar-Raqqa", "Ar-Raqqa", "Karama", "Karama", 35.8687,
     39.2780, 1, 2, "distractor: the same place, a week before"),
    # vw6-19: near Al-Mansoura, late Tuesday 10 October 2023, 3 SDF; geo 2 at the subdistrict's seat
    ("SYR60191", "2023-10-10", AIR, TUR, SDF, "Syria", "Ar-Raqqa", "Ath-Thawrah", "Mansura", "Mansura", 35.8392,
     38.7429, 2, 3, "Turkish drone strike on an SDF post"),
    ("SYR60192", "2023-10-10", AIR, TUR, SDF, "Syria", "Al Hasakeh", "Quamishli", "Quamishli", "Qamishli",
     37.0522, 41.2314, 1, 2, "distractor: the same day, another governorate (another drone strike)"),
    ("SYR60193", "2023-10-10", AIR, TUR, SDF, "Syria", "Ar-Raqqa", "Tell Abiad", "Ain Issa", "Ain Issa", 36.3853,
     38.8594, 1, 1, "distractor: the same day, another district of the governorate"),
    ("SYR60194", "2023-10-03", AIR, TUR, SDF, "Syria", "Ar-Raqqa", "Ath-Thawrah", "Mansura", "Mansura", 35.8392,
     38.7429, 2, 1, "distractor: the same place, a week before"),
    # vw6-20: near Al-Suwar, last Friday = 24 November 2023, 5 oil workers; geo 2
    ("SYR60201", "2023-11-24", ATTACK, ISS, CIVS, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Suwar", "Suwar",
     35.5000, 40.6500, 2, 5, "IS attack on oil workers' vehicle in the desert"),
    ("SYR60202", "2023-11-24", BATTLE, ISS, SDF, "Syria", "Al Hasakeh", "Al Hasakeh", "Al-Hole", "Al Hol",
     36.3904, 41.1498, 2, 2, "distractor: the same day, another governorate"),
    ("SYR60203", "2023-12-01", ATTACK, ISS, CIVS, "Syria", "Deir-ez-Zor", "Deir-ez-Zor", "Suwar", "Suwar",
     35.5000, 40.6500, 2, 1, "distractor: the same place, a week after"),
]

INTER = {ISI: 2, ISS: 2, IQA: 1, IQP: 1, PMF: 3, UMF: 8, UAGI: 3, UAGS: 3, CIVI: 7, CIVS: 7, SDF: 3, ASA: 3, TUR: 8,
         IRN: 8, CLAN: 4, SYR: 1}


def main():
    with open(os.path.join(OUT, "records.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for n, (rid, day, kind, a1, a2, country, adm1, adm2, adm3, loc, lat, lon, prec, deaths, note) in \
                enumerate(RECORDS):
            d = datetime.date.fromisoformat(day)
            i1, i2 = INTER[a1], INTER[a2]
            row = {"event_id_cnty": rid, "event_date": d.strftime("%d %B %Y"), "year": d.year, "time_precision": 1,
                   "disorder_type": kind[0], "event_type": kind[1], "sub_event_type": kind[2], "actor1": a1,
                   "assoc_actor_1": "", "inter1": i1, "actor2": a2, "assoc_actor_2": "", "inter2": i2,
                   "interaction": int(f"{min(i1, i2)}{max(i1, i2)}"),
                   "civilian_targeting": "Civilian targeting" if a2 in (CIVI, CIVS) else "",
                   "iso": 368 if country == "Iraq" else 760, "region": "Middle East", "country": country,
                   "admin1": adm1, "admin2": adm2, "admin3": adm3, "location": loc, "latitude": f"{lat:.4f}",
                   "longitude": f"{lon:.4f}", "geo_precision": prec, "source": "Invented source",
                   "source_scale": "Other", "notes": f"INVENTED: {note}. [{deaths} killed]",
                   "fatalities": deaths, "tags": "", "timestamp": 1760000000 + n}
            w.writerow([row[c] for c in HEADER])


if __name__ == "__main__":
    main()
