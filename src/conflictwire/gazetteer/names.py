"""Name keys and admin-name clean-up shared by the gazetteer builder and the resolver."""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

_NON_KEY = re.compile(r"[^a-z0-9]+")
# How GeoNames and OCHA spell an admin unit around its name: "Cercle de Koro", "Province du Soum",
# "Département de Téra", "Mopti Region". ACLED writes the bare name.
_ADMIN_WORDS = re.compile(
    r"^(?:cercle|province|departement|department|region|commune|prefecture|district|municipality)"
    r"(?:\s+(?:de la|de l'|du|des|de|d'|of))?\s*|"
    r"\s+(?:cercle|province|department|departement|region|commune|prefecture|district)$",
    re.IGNORECASE,
)


def ascii_fold(text: str) -> str:
    """Accents and ligatures off: 'Ségou' -> 'Segou', 'Tillabéri' -> 'Tillaberi'."""
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'").replace("œ", "oe").replace("Œ", "Oe")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


KEY_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(key: str) -> set[str]:
    """Every key one letter away from this one: a letter dropped, added, changed or two swapped
    ('Timbutku', 'Goudoubou', 'Kersigane' are one letter from the names the sources spell)."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in KEY_LETTERS}
    out |= {a + c + b for a, b in splits for c in KEY_LETTERS}
    out.discard(key)
    return out


@lru_cache(maxsize=1 << 16)  # articles name the same places again and again
def name_key(text: str) -> str:
    """The form names are matched on: ASCII letters and digits only, lower case.

    'Ti-n-Edia', 'Tin Edia' and 'Tinedia' share a key, as the dev scorer's location check does.
    """
    return _NON_KEY.sub("", ascii_fold(text).casefold())


def admin_name(raw: str) -> str:
    """'Province de l'Oudalan' -> 'Oudalan'; 'Douentza Cercle' -> 'Douentza'; ASCII."""
    name = ascii_fold(raw).strip()
    for _ in range(2):
        name = _ADMIN_WORDS.sub("", name).strip()
    return name


def is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or c in "’‘" for c in text)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
