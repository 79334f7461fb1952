"""What the region pack knows of news outlets: ACLED's source scale for each, and where the
national and local ones are based (the likeliest country of a report that names none)."""
from __future__ import annotations

import re
from functools import cache

from .. import packs
from ..gazetteer import geography
from .places import in_focus, region_prior


def _key(outlet: str) -> str:
    return outlet.strip().casefold().removeprefix("www.")


@cache
def _tables(regions: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    scales: dict[str, str] = {}
    homes: dict[str, str] = {}
    for data in packs.read_all(regions, "outlets"):
        for scale, names in data.get("scales", {}).items():
            scales.update({_key(n): scale for n in names})
        for country, names in data.get("home", {}).items():
            homes.update({_key(n): country for n in names})
    return scales, homes


def outlet_scale(outlet: str, regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> str:
    """'International', 'National'...; '' for an outlet the packs do not know."""
    return _tables(regions)[0].get(_key(outlet), "")


def sources(outlet: str | None) -> list[str]:
    """The outlets a report cites, as ACLED lists them: 'AIB; Sidwaya' -> ['AIB', 'Sidwaya']."""
    return [part.strip() for part in (outlet or "").split(";") if part.strip()]


def outlet_home(outlet: str | None, regions: tuple[str, ...] = packs.DEFAULT_REGIONS) -> str:
    """ISO2 code of the country a national or local outlet is based in; '' if unknown. For a
    report by several outlets ('AIB; Sidwaya'), the country all known ones share."""
    homes = {_home(part, regions) for part in sources(outlet)}
    homes.discard("")
    return homes.pop() if len(homes) == 1 else ""


_COUNTRY_SUFFIX = re.compile(r"\(([^()]+)\)\s*$")


def _home(outlet: str, regions: tuple[str, ...]) -> str:
    """A known outlet's home; else the country its name ends in, as sources are cited ('Pinal
    (Mali)', 'Radio Liberte (Burkina Faso)'), if it is one of the region's own: an outlet of a
    faraway country ('Al Akhbar (Egypt)') reports on the region, not from it."""
    known = _tables(regions)[1].get(_key(outlet), "")
    suffix = _COUNTRY_SUFFIX.search(outlet)
    if known or not suffix:
        return known
    country = geography().country_by_name(suffix.group(1))
    return country.iso2 if country and in_focus(country.iso2, region_prior(regions)) else ""
