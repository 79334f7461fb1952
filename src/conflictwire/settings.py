"""Where conflictwire keeps its files: the default store, the user's gazetteer additions, caches.

CONFLICTWIRE_HOME overrides the data folder (default: $XDG_DATA_HOME/conflictwire, else
~/.local/share/conflictwire); CONFLICTWIRE_CACHE the cache (default ~/.cache/conflictwire);
CONFLICTWIRE_SHARED the project's shared evaluation data (default: ../shared beside a checkout).
"""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    if home := os.environ.get("CONFLICTWIRE_HOME"):
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "conflictwire"


def cache_dir() -> Path:
    if cache := os.environ.get("CONFLICTWIRE_CACHE"):
        return Path(cache)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "conflictwire"


def default_db() -> Path:
    return data_dir() / "conflictwire.duckdb"


def shared_dir() -> Path:
    """The shared data folder (dev set, seeds, gazetteer sources) beside a source checkout."""
    if shared := os.environ.get("CONFLICTWIRE_SHARED"):
        return Path(shared)
    return Path(__file__).resolve().parents[3] / "shared"
