"""Fixtures shared by every stage's tests."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from conflictwire.records import Article
from conflictwire.settings import shared_dir

# Terminal tables in the CLI's output are as wide as the terminal: give the tests a wide one.
os.environ.setdefault("COLUMNS", "200")

SHARED = shared_dir()


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test where it is absent (a user's clone), fails in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"shared data not found: {path} (tests marked 'shared' need ../shared beside the repository)"
        if os.environ.get("CONFLICTWIRE_REQUIRE_SHARED") == "1":
            pytest.fail(message + "; CONFLICTWIRE_REQUIRE_SHARED=1 makes this an error")
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Tests never touch the user's store or gazetteer additions; the parsed-gazetteer cache is
    shared across tests (it only depends on the shipped files)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CONFLICTWIRE_HOME", str(home))
    if "CONFLICTWIRE_CACHE" not in os.environ:
        monkeypatch.setenv("CONFLICTWIRE_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


def article(text: str, published: date | None = date(2024, 5, 10), **kw) -> Article:
    return Article(id=kw.pop("id", "t1"), text=text, published=published, **kw)


@pytest.fixture
def example_corpus() -> Path:
    return Path(__file__).resolve().parent / "examples" / "corpus"
