"""A store built from the example corpus plus one hostile article, shared by the web tests."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conflictwire.jobs import run_job
from conflictwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"

# Articles are untrusted input: this one carries markup in its title, outlet and text.
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>window.__pwned = 1</script>Attack near Djibo",
    "outlet": "Evil <img src=x onerror=\"window.__pwned = 2\"> Wire",
    "published": "2024-06-20",
    "text": ("On 18 June 2024, gunmen attacked the village of Djibo in northern Burkina Faso, killing five civilians "
             "<script>window.__pwned = 3</script>, residents said. <img src=x onerror=\"window.__pwned = 4\">"),
}


@pytest.fixture(scope="package")
def web_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n")
    db = folder / "web.duckdb"
    with pytest.MonkeyPatch.context() as patch:  # package scope: the per-test home is not set up yet
        patch.setenv("CONFLICTWIRE_HOME", str(folder / "home"))
        if "CONFLICTWIRE_CACHE" not in os.environ:
            patch.setenv("CONFLICTWIRE_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        with Store(db) as store:
            run_job([str(corpus)], store)
    return db
