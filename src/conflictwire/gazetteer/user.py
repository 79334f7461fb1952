"""`conflictwire gazetteer import`: a user's own places, added to the shipped gazetteer.

A GeoNames dump (a country file such as NE.txt, or allCountries.txt, read as a stream) or a CSV
of name,lat,lon,admin1,admin2[,country]. The result is written in the pack's format to
<data dir>/gazetteer/<file stem>.tsv.gz; importing the same file again replaces it.
"""
from __future__ import annotations

import csv
import gzip
from pathlib import Path

from . import PACK_DIR, _tsv_rows, reset_cache, user_gazetteer_dir
from .build import COLUMNS, read_geonames, write_tsv_gz
from .names import ascii_fold


class GazetteerImportError(ValueError):
    """The file is not a GeoNames dump nor a usable CSV."""


def _admin_tables() -> tuple[dict[str, str], dict[str, str]]:
    a1, a2 = {}, {}
    for code, name in _tsv_rows(PACK_DIR / "admin_codes.tsv.gz"):
        (a1 if code.count(".") == 1 else a2)[code] = name
    return a1, a2


def _is_geonames(path: Path) -> bool:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        first = handle.readline().split("\t")
    return len(first) == 19 and first[0].isdigit()


def _geonames_rows(path: Path) -> list[tuple]:
    a1, a2 = _admin_tables()
    rows = []
    for p in read_geonames(path, a1, a2):
        rows.append((p.gid, p.name, "|".join(sorted(p.alt)), f"{p.lat:.5f}", f"{p.lon:.5f}", p.cls, p.code, p.cc,
                     p.admin1, p.admin2, "", p.pop, "user-geonames"))
    return rows


def _csv_rows(path: Path, country: str | None) -> list[tuple]:
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = {f.strip().lower(): f for f in reader.fieldnames or []}
        missing = {"name", "lat", "lon"} - set(fields)
        if missing:
            raise GazetteerImportError(f"CSV needs the columns name, lat, lon (admin1, admin2, country optional); "
                                       f"missing: {', '.join(sorted(missing))}")
        for i, r in enumerate(reader, start=2):
            get = lambda k: (r.get(fields.get(k, ""), "") or "").strip()  # noqa: E731
            try:
                lat, lon = float(get("lat")), float(get("lon"))
            except ValueError:
                continue  # a row without coordinates adds nothing
            if not get("name") or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            cc = (get("country") or country or "").upper()
            rows.append((f"user:{path.stem}:{i}", get("name"), "", f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", cc,
                         ascii_fold(get("admin1")), ascii_fold(get("admin2")), "", 0, "user"))
    return rows


def import_file(path: Path, country: str | None = None) -> tuple[int, Path]:
    if not path.is_file():
        raise GazetteerImportError(f"no such file: {path}")
    if _is_geonames(path):
        rows = _geonames_rows(path)
    elif path.suffix.lower() in (".csv", ".tsv"):
        rows = _csv_rows(path, country)
    else:
        raise GazetteerImportError("not a GeoNames dump (19 tab-separated columns) nor a .csv file")
    if not rows:
        raise GazetteerImportError("no usable place in the file")
    target_dir = user_gazetteer_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{path.stem}.tsv.gz"
    write_tsv_gz(target, COLUMNS, rows)
    reset_cache()
    return len(rows), target
