"""Admin names as ACLED writes them at an event's date: regions created later fold back into
their former region before the reference data adopted them; ACLED's own spellings apply."""
from __future__ import annotations

from datetime import date
from functools import cache

from .. import packs


@cache
def _rules(regions: tuple[str, ...]) -> tuple[list[dict], dict[str, dict[str, str]]]:
    changes: list[dict] = []
    spellings: dict[str, dict[str, str]] = {}
    for data in packs.read_all(regions, "admin"):
        changes += data.get("change", [])
        for cc, names in data.get("spellings", {}).items():
            spellings.setdefault(cc, {}).update(names)
    return changes, spellings


def admin_names(cc: str, admin1: str, admin2: str, admin3: str, when: date | None,
                regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> tuple[str, str, str]:
    changes, spellings = _rules(regions)
    for change in changes:
        if change["country"] == cc and change["admin1"] == admin1 and (
                when is None or when < date.fromisoformat(change["adopted"])):
            admin1 = change["former_admin1"]
            admin2 = change.get("former_admin2", admin2)
    names = spellings.get(cc, {})
    return names.get(admin1, admin1), names.get(admin2, admin2), admin3
