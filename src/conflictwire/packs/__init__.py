"""Data packs: language knowledge (en, fr) and region knowledge (sahel) as data files.

The code never names an actor, a place or a trigger word; it reads them from here. A pack is a
folder of TOML files; `read(pack, name)` returns one parsed file. Extra pack folders can be added
with the CONFLICTWIRE_PACKS environment variable (os.pathsep-separated), searched first.
"""
from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path

PACKS_DIR = Path(__file__).parent
DEFAULT_LANGUAGES = ("en", "fr")
DEFAULT_REGIONS = ("sahel",)


def pack_dirs(pack: str) -> list[Path]:
    extra = [Path(p) / pack for p in os.environ.get("CONFLICTWIRE_PACKS", "").split(os.pathsep) if p]
    return [d for d in [*extra, PACKS_DIR / pack] if d.is_dir()]


@cache
def read(pack: str, name: str) -> dict:
    """One TOML file of a pack; an empty dict when the pack does not have it."""
    for folder in pack_dirs(pack):
        path = folder / f"{name}.toml"
        if path.exists():
            with path.open("rb") as handle:
                return tomllib.load(handle)
    return {}


def read_all(packs: tuple[str, ...], name: str) -> list[dict]:
    return [data for pack in packs if (data := read(pack, name))]


def words(packs: tuple[str, ...], name: str, key: str) -> list[str]:
    """The word list under one key of a file, every pack's in turn."""
    return [w for data in read_all(packs, name) for w in data.get(key, [])]


def lists(packs: tuple[str, ...], name: str) -> dict[str, list[str]]:
    """Every word list of a file by key, each pack's joined in turn (see words)."""
    out: dict[str, list[str]] = {}
    for data in read_all(packs, name):
        for key, values in data.items():
            if isinstance(values, list):
                out.setdefault(key, []).extend(values)
    return out


_BRACES = re.compile(r"\{([^{}]*)\}")


def alternation(words) -> str:
    """A regular expression for any of the words, the longest first, shaped as a trie
    ('attack(?:ed|s)?'): Python's engine tries a flat alternation of a hundred words one by one
    at every position, a trie one character at a time. Never matches if there are no words."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


def expand(phrase: str) -> list[str]:
    """Brace expansion for lexicon entries: 'attack{,s,ed}' -> attack, attacks, attacked."""
    match = _BRACES.search(phrase)
    if not match:
        return [phrase]
    head, tail = phrase[: match.start()], phrase[match.end():]
    out: list[str] = []
    for option in match.group(1).split(","):
        out.extend(expand(head + option + tail))
    return out
