#!/usr/bin/env python3
"""Writes core/src/test/resources/org/tally/verify/written-5/{ged.csv,monitor.csv,own.tsv}: the fifth invented set
of issue 14 (verify24), in the two shapes the issue names besides ACLED, Airwars and VDC.

- ged.csv (vw5-01..10): UCDP GED CSV with every column of the bundled extract's header, as the bundled reader reads
  it (where_prec, where_coordinates, adm_1 "Idlib governorate", adm_2 "Jarabulus district", side_a/side_b,
  deaths_a/b/civilians/unknown, low/best/high).
- monitor.csv (vw5-11..20): a monitor's own spreadsheet of another shape (Incident, From, To, Governorate, District,
  Locality, Lat, Lon, Perpetrator, "Killed (min)", "Killed (max)", "Civilians killed", Notes), days written
  day-first ("13/02/2024"), several records without coordinates (their names only). It is read through
  --reference-columns (MONITOR_COLUMNS below).

Every record is INVENTED; coordinates are the bundled gazetteer's for the place or typed by hand to within a few
kilometres. Each report's own record(s), in own.tsv, were written by hand from the report's text as a recorder
would, BEFORE Tally was run on any of the reports. Distractors, by hand: the same day in another governorate, the
same place a week off; a record that SPLITS one report's event in two (vw5-03's two blasts, vw5-09's two days,
vw5-14's two sides' losses) and one that JOINS two reports' events (vw5-04 and vw5-05: Daraa governorate over two
days; vw5-15 and vw5-16: the Hawija district over two days).

  python3 scripts/verify-written-5-records.py   (rewrites the files)
"""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core/src/test/resources/org/tally/verify/written-5")

MONITOR_COLUMNS = ("id=Incident,date_start=From,date_end=To,admin1=Governorate,admin2=District,place=Locality,"
                   "latitude=Lat,longitude=Lon,side_a=Perpetrator,low=Killed (min),high=Killed (max),"
                   "civilians=Civilians killed")

GED_HEADER = ["id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id",
              "dyad_name", "side_a_new_id", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources",
              "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
              "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
              "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a",
              "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"]

GOS, INS, CIV, IS, SDF, TUR, GOI = ("Government of Syria", "Syrian insurgents", "Civilians", "IS", "SDF",
                                    "Government of Turkey", "Government of Iraq")
# (report or None, id, start, end, type, side_a, side_b, where_prec, where, adm_1, adm_2, lat, lon, country,
#  (deaths_a, deaths_b, civilians, unknown), (low, best, high), note)
GED = [
    ("vw5-01", 9005001, "2024-03-12", None, 3, GOS, CIV, 1, "Saraqib town", "Idlib governorate", "Idlib district",
     35.8645, 36.8059, "Syria", (0, 0, 4, 0), (4, 4, 5), "drone strike on a house"),
    (None, 9005002, "2024-03-12", None, 3, GOS, CIV, 1, "Al Atarib town", "Aleppo governorate",
     "Jebel Saman district", 36.1391, 36.8250, "Syria", (0, 0, 2, 0), (2, 2, 2), "same day, another governorate"),
    (None, 9005003, "2024-03-05", None, 3, GOS, CIV, 1, "Saraqib town", "Idlib governorate", "Idlib district",
     35.8645, 36.8059, "Syria", (0, 0, 3, 0), (3, 3, 3), "same place, a week before"),
    ("vw5-02", 9005011, "2024-04-01", None, 1, "Government of Israel", "Government of Iran", 2,
     "Al Mayadin town", "Deir ez-Zor governorate", "Al Mayadin district", 35.0198, 40.4515, "Syria",
     (0, 7, 0, 0), (7, 7, 9), "airstrike on a depot"),
    (None, 9005012, "2024-04-01", None, 1, GOS, IS, 2, "Tadmur town", "Homs governorate", "Tadmur district",
     34.5624, 38.2840, "Syria", (3, 0, 0, 0), (3, 3, 3), "same day, another governorate"),
    (None, 9005013, "2024-03-25", None, 1, "Government of Israel", "Government of Iran", 2, "Al Mayadin town",
     "Deir ez-Zor governorate", "Al Mayadin district", 35.0198, 40.4515, "Syria", (0, 5, 0, 0), (5, 5, 5),
     "same place, a week before"),
    ("vw5-03", 9005021, "2024-04-20", None, 3, IS, CIV, 1, "Jarabulus town", "Aleppo governorate",
     "Jarabulus district", 36.8175, 38.0111, "Syria", (0, 0, 5, 0), (5, 5, 6), "car bomb (split: first blast)"),
    ("vw5-03", 9005022, "2024-04-20", None, 3, IS, CIV, 1, "Jarabulus town", "Aleppo governorate",
     "Jarabulus district", 36.8175, 38.0111, "Syria", (0, 0, 4, 0), (4, 4, 4), "motorcycle bomb (split: second)"),
    (None, 9005023, "2024-04-20", None, 3, IS, CIV, 1, "Sarmada town", "Idlib governorate", "Harim district",
     36.1855, 36.7223, "Syria", (0, 0, 2, 0), (2, 2, 2), "same day, another governorate"),
    (None, 9005024, "2024-04-27", None, 3, IS, CIV, 1, "Jarabulus town", "Aleppo governorate",
     "Jarabulus district", 36.8175, 38.0111, "Syria", (0, 0, 3, 0), (3, 3, 3), "same place, a week after"),
    ("vw5-04 vw5-05", 9005031, "2024-05-08", "2024-05-09", 1, GOS, INS, 4, "Dar'a governorate",
     "Dar'a governorate", "", 32.85, 36.20, "Syria", (5, 0, 0, 0), (5, 5, 6),
     "joins Inkhil's checkpoint attack and Jasim's shooting"),
    (None, 9005032, "2024-05-08", None, 1, GOS, INS, 1, "As-Suwayda town", "As-Suwayda governorate",
     "As-Suwayda district", 32.7090, 36.5695, "Syria", (1, 0, 0, 0), (1, 1, 1), "same day, another governorate"),
    (None, 9005033, "2024-05-15", None, 1, GOS, INS, 1, "Inkhil town", "Dar'a governorate",
     "As-Sanamayn district", 33.0181, 36.1283, "Syria", (2, 0, 0, 0), (2, 2, 2), "same place, a week after"),
    ("vw5-06", 9005041, "2024-06-07", None, 1, TUR, SDF, 2, "Manbij town", "Aleppo governorate", "Manbij district",
     36.5282, 37.9550, "Syria", (0, 3, 0, 0), (3, 3, 4), "drone strike on a vehicle west of Manbij"),
    (None, 9005042, "2024-06-07", None, 1, TUR, SDF, 1, "Al Qamishli town", "Al-Hasakah governorate",
     "Qamishli district", 37.0522, 41.2314, "Syria", (0, 1, 0, 0), (1, 1, 1), "same day, another governorate"),
    (None, 9005043, "2024-05-31", None, 1, TUR, SDF, 2, "Manbij town", "Aleppo governorate", "Manbij district",
     36.5282, 37.9550, "Syria", (0, 2, 0, 0), (2, 2, 2), "same place, a week before"),
    ("vw5-07", 9005051, "2024-06-18", None, 1, GOS, IS, 3, "Tadmur district", "Homs governorate",
     "Tadmur district", 34.60, 38.55, "Syria", (11, 0, 0, 0), (11, 11, 14), "ambush in the desert east of Palmyra"),
    (None, 9005052, "2024-06-18", None, 1, SDF, IS, 1, "Al Busayrah town", "Deir ez-Zor governorate",
     "Deir ez-Zor district", 35.1562, 40.4272, "Syria", (4, 0, 0, 0), (4, 4, 4), "same day, another governorate"),
    (None, 9005053, "2024-06-25", None, 1, GOS, IS, 3, "Tadmur district", "Homs governorate", "Tadmur district",
     34.58, 38.45, "Syria", (6, 0, 0, 0), (6, 6, 6), "same place, a week after"),
    ("vw5-08", 9005061, "2024-07-03", None, 1, GOI, IS, 1, "Tarmiyah town", "Baghdad governorate",
     "Tarmiyah district", 33.6744, 44.3958, "Iraq", (4, 0, 0, 0), (4, 4, 4), "attack on an army post"),
    (None, 9005062, "2024-07-03", None, 1, GOI, IS, 1, "Tuz Khurmatu town", "Salah ad Din governorate",
     "Tuz Khurmatu district", 34.8881, 44.6326, "Iraq", (2, 0, 0, 0), (2, 2, 2), "same day, another governorate"),
    (None, 9005063, "2024-06-26", None, 1, GOI, IS, 1, "Tarmiyah town", "Baghdad governorate", "Tarmiyah district",
     33.6744, 44.3958, "Iraq", (1, 0, 0, 0), (1, 1, 1), "same place, a week before"),
    ("vw5-09", 9005071, "2024-07-20", None, 3, TUR, CIV, 2, "Tall Tamr town", "Al-Hasakah governorate",
     "Al-Hasakah district", 36.6556, 40.3708, "Syria", (0, 0, 3, 0), (3, 3, 3), "shelling, first day (split)"),
    ("vw5-09", 9005072, "2024-07-21", None, 3, TUR, CIV, 2, "Tall Tamr town", "Al-Hasakah governorate",
     "Al-Hasakah district", 36.6556, 40.3708, "Syria", (0, 0, 3, 0), (3, 3, 4), "shelling, second day (split)"),
    (None, 9005073, "2024-07-21", None, 1, GOS, INS, 1, "Al Bab town", "Aleppo governorate", "Al Bab district",
     36.3705, 37.5157, "Syria", (0, 2, 0, 0), (2, 2, 2), "same day, another governorate"),
    (None, 9005074, "2024-07-13", None, 3, TUR, CIV, 2, "Tall Tamr town", "Al-Hasakah governorate",
     "Al-Hasakah district", 36.6556, 40.3708, "Syria", (0, 0, 1, 0), (1, 1, 1), "same place, a week before"),
    ("vw5-10", 9005081, "2024-08-14", None, 3, IS, CIV, 1, "Hajin town", "Deir ez-Zor governorate",
     "Abu Kamal district", 34.6951, 40.8314, "Syria", (0, 0, 3, 0), (3, 3, 3), "family killed at home"),
    (None, 9005082, "2024-08-14", None, 1, IS, SDF, 1, "Ar Raqqah town", "Ar-Raqqah governorate",
     "Ar-Raqqah district", 35.9528, 39.0079, "Syria", (0, 1, 0, 0), (1, 1, 1), "same day, another governorate"),
    (None, 9005083, "2024-08-07", None, 3, IS, CIV, 1, "Hajin town", "Deir ez-Zor governorate", "Abu Kamal district",
     34.6951, 40.8314, "Syria", (0, 0, 2, 0), (2, 2, 2), "same place, a week before"),
]

GOVF, UNKN, ISIS, RUS, TAF = ("Syrian government forces", "Unknown", "ISIS", "Russian air force",
                              "Turkish Armed Forces")
# (report or None, incident, from, to, governorate, district, locality, lat, lon, perpetrator, min, max, civilians,
#  note)
MONITOR = [
    ("vw5-11", "M-0111", "13/02/2024", "13/02/2024", "Idleb", "Idleb", "Binnish", 35.9566, 36.7138, GOVF, 3, 3, 3,
     "artillery on the town"),
    (None, "M-0112", "13/02/2024", "13/02/2024", "Hama", "Al-Suqaylabiyah", "Kafr Nabudah", 35.4318, 36.4935, GOVF,
     2, 2, 2, "same day, another governorate"),
    (None, "M-0113", "06/02/2024", "06/02/2024", "Idleb", "Idleb", "Binnish", 35.9566, 36.7138, GOVF, 1, 1, 1,
     "same place, a week before"),
    ("vw5-12", "M-0121", "09/03/2024", "09/03/2024", "Aleppo", "Al-Bab", "Al-Bab", 36.3705, 37.5157, UNKN, 8, 9, 8,
     "car bomb at the market"),
    (None, "M-0122", "09/03/2024", "09/03/2024", "Idleb", "Harim", "Sarmada", 36.1855, 36.7223, UNKN, 1, 1, 1,
     "same day, another governorate"),
    (None, "M-0123", "16/03/2024", "16/03/2024", "Aleppo", "Al-Bab", "Al-Bab", 36.3705, 37.5157, UNKN, 2, 2, 2,
     "same place, a week after"),
    ("vw5-13", "M-0131", "10/04/2024", "10/04/2024", "Idleb", "Idleb", "Taftanaz", None, None, GOVF, 2, 2, 2,
     "drone on a tractor; no coordinates"),
    (None, "M-0132", "10/04/2024", "10/04/2024", "Aleppo", "Jebel Saman", "Darat Izza", None, None, GOVF, 1, 1, 1,
     "same day, another governorate; no coordinates"),
    (None, "M-0133", "03/04/2024", "03/04/2024", "Idleb", "Idleb", "Taftanaz", None, None, GOVF, 2, 2, 2,
     "same place, a week before; no coordinates"),
    ("vw5-14", "M-0141", "02/05/2024", "02/05/2024", "Deir Ezzor", "Deir Ezzor", "Dhiban", 35.0150, 40.5103,
     "Tribal forces", 5, 5, 0, "SDF members killed (split: one side's losses)"),
    ("vw5-14", "M-0142", "02/05/2024", "02/05/2024", "Deir Ezzor", "Deir Ezzor", "Dhiban", 35.0150, 40.5103,
     "Syrian Democratic Forces", 7, 8, 0, "tribal fighters killed (split: the other side's)"),
    (None, "M-0143", "02/05/2024", "02/05/2024", "Raqqa", "Raqqa", "As Sabkhah", 35.8118, 39.2627, ISIS, 1, 1, 0,
     "same day, another governorate"),
    (None, "M-0144", "25/04/2024", "25/04/2024", "Deir Ezzor", "Deir Ezzor", "Dhiban", 35.0150, 40.5103,
     "Syrian Democratic Forces", 3, 3, 0, "same place, a week before"),
    ("vw5-15 vw5-16", "M-0151", "09/06/2024", "10/06/2024", "Kirkuk", "Hawija", "", None, None, ISIS, 5, 5, 3,
     "joins the shepherds near Al-Abbasi and the roadside bomb near Al-Riyadh; district only"),
    (None, "M-0152", "09/06/2024", "09/06/2024", "Salah al-Din", "Baiji", "Baiji", 34.929, 43.493, ISIS, 2, 2, 0,
     "same day, another governorate"),
    (None, "M-0153", "17/06/2024", "17/06/2024", "Kirkuk", "Hawija", "Al-Abbasi", 35.2752, 43.5959, ISIS, 1, 1, 1,
     "same place, a week after"),
    ("vw5-17", "M-0171", "11/07/2024", "11/07/2024", "Ninawa", "Sinjar", "Sinjar", 36.3209, 41.8766, TAF, 2, 2, 0,
     "drone strike on a car"),
    (None, "M-0172", "11/07/2024", "11/07/2024", "Duhok", "Zakho", "Zakho", 37.1487, 42.6859, TAF, 1, 1, 0,
     "same day, another governorate"),
    (None, "M-0173", "04/07/2024", "04/07/2024", "Ninawa", "Sinjar", "Sinjar", 36.3209, 41.8766, TAF, 1, 1, 0,
     "same place, a week before"),
    ("vw5-18", "M-0181", "02/08/2024", "02/08/2024", "Idleb", "Ariha", "Ariha", 35.8137, 36.6096, RUS, 5, 6, 5,
     "airstrikes on the outskirts"),
    (None, "M-0182", "02/08/2024", "02/08/2024", "Latakia", "Al-Haffah", "Kabani", 35.83, 36.33, RUS, 3, 3, 0,
     "same day, another governorate"),
    (None, "M-0183", "26/07/2024", "26/07/2024", "Idleb", "Ariha", "Ariha", 35.8137, 36.6096, RUS, 1, 1, 1,
     "same place, a week before"),
    ("vw5-19", "M-0191", "03/09/2024", "03/09/2024", "Homs", "Al-Rastan", "Al-Rastan", None, None,
     "Unknown gunmen", 2, 2, 1, "officer and son shot; no coordinates"),
    (None, "M-0192", "03/09/2024", "03/09/2024", "Hama", "Salamiyah", "Salamiyah", None, None, "Unknown gunmen",
     1, 1, 1, "same day, another governorate; no coordinates"),
    (None, "M-0193", "27/08/2024", "27/08/2024", "Homs", "Al-Rastan", "Talbiseh", None, None, "Unknown gunmen",
     1, 1, 1, "the next town, a week before; no coordinates"),
    ("vw5-20", "M-0201", "18/09/2024", "18/09/2024", "Anbar", "Al-Rutba", "", 32.95, 40.25, ISIS, 6, 7, 0,
     "convoy attacked in the desert south of Rutba"),
    (None, "M-0202", "18/09/2024", "18/09/2024", "Diyala", "Al-Muqdadiyah", "Al-Muqdadiyah", 33.9786, 44.9369,
     ISIS, 3, 3, 0, "same day, another governorate"),
    (None, "M-0203", "11/09/2024", "11/09/2024", "Anbar", "Al-Rutba", "Rutba", 33.0372, 40.2859, ISIS, 2, 2, 0,
     "same place, a week after"),
]


def main():
    own = {}
    with open(os.path.join(OUT, "ged.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(GED_HEADER)
        for (report, rid, start, end, kind, a, b, prec, where, adm1, adm2, lat, lon, country, deaths, toll,
             note) in GED:
            end = end or start
            for r in (report or "").split():
                own.setdefault(r, []).append(str(rid))
            headline = f"INVENTED record for written-5: {note}" + (f" (own record of {report})" if report else "")
            row = {"id": rid, "year": start[:4], "active_year": 1, "type_of_violence": kind, "conflict_new_id": "",
                   "conflict_name": "", "dyad_new_id": "", "dyad_name": f"{a} - {b}", "side_a_new_id": "",
                   "side_a": a, "side_b_new_id": "", "gwnob": "NA", "side_b": b, "number_of_sources": 1,
                   "source_article": "", "source_office": "Invented", "source_date": start,
                   "source_headline": headline, "source_original": "Invented", "where_prec": prec,
                   "where_coordinates": where, "adm_1": adm1, "adm_2": adm2, "latitude": lat, "longitude": lon,
                   "geom_wkt": f"POINT ({lon} {lat})", "priogrid_gid": "", "country": country, "country_id": "",
                   "region": "Middle East", "event_clarity": 1, "date_prec": 1, "date_start": start,
                   "date_end": end, "deaths_a": deaths[0], "deaths_b": deaths[1], "deaths_civilians": deaths[2],
                   "deaths_unknown": deaths[3], "low": toll[0], "best": toll[1], "high": toll[2]}
            w.writerow([row[c] for c in GED_HEADER])
    with open(os.path.join(OUT, "monitor.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Incident", "From", "To", "Governorate", "District", "Locality", "Lat", "Lon", "Perpetrator",
                    "Killed (min)", "Killed (max)", "Civilians killed", "Notes"])
        for (report, rid, start, end, gov, district, locality, lat, lon, perp, lo, hi, civ, note) in MONITOR:
            for r in (report or "").split():
                own.setdefault(r, []).append(rid)
            w.writerow([rid, start, end, gov, district, locality, "" if lat is None else lat,
                        "" if lon is None else lon, perp, lo, hi, civ, "INVENTED: " + note])
    with open(os.path.join(OUT, "own.tsv"), "w", encoding="utf-8") as f:
        f.write("# report, then its own record ids, tab-separated (written by hand from the report's text)\n")
        for r in sorted(own):
            f.write("\t".join([r] + own[r]) + "\n")


if __name__ == "__main__":
    main()
