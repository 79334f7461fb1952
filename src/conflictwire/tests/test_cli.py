"""The command line as a user meets it: the main job on the example corpus, extract, export,
eval, show, help."""
import csv
import json

import pytest
from typer.testing import CliRunner

from conflictwire.cli import app
from conflictwire.evaluate.tests.test_score import GOLD

runner = CliRunner()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.mark.parametrize("command", [[], ["run"], ["extract"], ["export"], ["eval"], ["show"], ["gazetteer", "lookup"],
                                     ["gazetteer", "import"], ["serve"], ["train"], ["bench"]])
def test_every_command_explains_itself(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and "Usage" in result.output and len(result.output) > 200


def test_run_on_the_example_corpus_then_again(tmp_path):
    db = tmp_path / "store.duckdb"
    first = invoke("run", "--db", db)
    assert first.exit_code == 0
    assert "articles read 11" in first.output and "unreadable 2" in first.output
    assert "binary file" in first.output and "broken JSON" in first.output
    assert "by type" in first.output and "top actors" in first.output and str(db) in first.output
    second = invoke("run", "--db", db)
    assert "articles read 0" in second.output and "skipped 11: already in the store" in second.output
    assert "(0 new in the store)" in second.output


def test_export_every_format(tmp_path):
    db = tmp_path / "store.duckdb"
    invoke("run", "--db", db)
    for fmt, name in (("acled-csv", "e.csv"), ("jsonl", "e.jsonl"), ("geojson", "e.geojson"), ("parquet", "e.parquet")):
        result = invoke("export", "--db", db, "--format", fmt, "--out", tmp_path / name)
        assert result.exit_code == 0 and (tmp_path / name).stat().st_size > 0
    first = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert first["evidence"] and first["article_ids"]
    assert invoke("export", "--db", db, "--format", "xml").exit_code == 2
    assert invoke("export", "--db", tmp_path / "none.duckdb").exit_code == 2


def test_extract_writes_the_event_table_without_a_store(tmp_path):
    out = tmp_path / "events.csv"
    result = invoke("extract", "--out", out)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert result.exit_code == 0 and rows
    assert {r["article_ids"] for r in rows} >= {"wire-002", "wire-003"}
    assert all(r["event_id"] and r["disorder_type"] for r in rows)


def test_eval_prints_the_scorers_figures(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(json.dumps(r) for r in [
        {"id": "d2", "text": "On June 1, hundreds of residents marched peacefully in Bamako against power cuts.",
         "published": "2019-06-04"},
        {"id": "d3", "text": "On June 2, an angry mob lynched a suspected thief in Kayes.", "published": "2019-06-05"},
    ]) + "\n")
    gold = tmp_path / "gold.csv"
    with open(gold, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(GOLD[0]))
        writer.writeheader()
        writer.writerows(GOLD[2:])
    result = invoke("eval", inputs, "--gold", gold, "--json")
    figures = json.loads(result.output)
    assert figures["gold_events"] == 2 and figures["event_recall"] == 1.0 and figures["event_type"] == 1.0


def test_show_highlights_an_articles_events(tmp_path):
    db = tmp_path / "store.duckdb"
    invoke("run", "--db", db)
    result = invoke("show", "wire-002", "--db", db)
    assert result.exit_code == 0 and "Tamou" in result.output and "Armed clash" in result.output
    assert invoke("show", "no-such-article", "--db", db).exit_code == 1


def test_train_then_code_with_the_model(tmp_path):
    from conflictwire.coding.tests.test_refine import EFFIGY, write_gold

    rows = [{"event_id_cnty": f"X{k}", "event_date": "2024-03-12", "event_type": "Protests",
             "sub_event_type": "Peaceful protest", "actor1": "Protesters (Mali)", "notes": EFFIGY.format(d=12, t=t)}
            for k, t in enumerate(["Kayes", "Gao", "Mopti", "Segou", "Kita", "Sikasso"])]
    write_gold(tmp_path / "export.csv", rows)
    trained = invoke("train", "--gold", tmp_path / "export.csv", "--out", tmp_path / "m.json.gz")
    assert trained.exit_code == 0 and "trained on 6 events" in trained.output
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": EFFIGY.format(d=12, t="Kati"),
                                                   "published": "2024-03-13"}) + "\n")
    done = invoke("extract", tmp_path / "in.jsonl", "--out", tmp_path / "out.csv", "--model", tmp_path / "m.json.gz")
    assert done.exit_code == 0
    assert [r["sub_event_type"] for r in csv.DictReader((tmp_path / "out.csv").open())] == ["Peaceful protest"]


def test_a_bad_model_stops_before_any_work(tmp_path):
    (tmp_path / "m.json.gz").write_text("{}")
    result = invoke("extract", "--out", tmp_path / "out.csv", "--model", tmp_path / "m.json.gz")
    assert result.exit_code == 2 and "not a conflictwire model" in result.output
    assert not (tmp_path / "out.csv").exists()
