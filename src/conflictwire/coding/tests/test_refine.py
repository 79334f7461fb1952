"""The trainable refinement, on a small coding of our own: notes where the rules read a
violent demonstration in the burning of an effigy and the user's coding says Peaceful protest."""
import csv
import gzip
from datetime import date

import pytest

from conflictwire.coding.refine import ModelError, fit, gold_rows, load_model, retype, training_examples
from conflictwire.pipeline import Options, process_article
from conflictwire.records import Article, Event

TOWNS = ["Kayes", "Sikasso", "Segou", "Mopti", "Gao", "Koutiala", "Kita", "Bougouni", "San", "Nioro"]
EFFIGY = "On {d} March 2024, traders protested and burned an effigy of the tax collector in {t}."
ATTACK = "On {d} March 2024, gunmen attacked the village of {t}, killing {n} civilians."


def write_gold(path, rows):
    fields = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "notes"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def gold(tmp_path):
    rows = []
    for k, town in enumerate(TOWNS * 3):
        day = k % 27 + 1
        rows.append({"event_id_cnty": f"X{k}", "event_date": f"2024-03-{day:02d}", "event_type": "Protests",
                     "sub_event_type": "Peaceful protest", "actor1": "Protesters (Mali)",
                     "notes": EFFIGY.format(d=day, t=town)})
        rows.append({"event_id_cnty": f"Y{k}", "event_date": f"2024-03-{day:02d}",
                     "event_type": "Violence against civilians", "sub_event_type": "Attack",
                     "actor1": "Unidentified Armed Group (Mali)", "notes": ATTACK.format(d=day, t=town, n=k % 5 + 1)})
    path = tmp_path / "export.csv"
    write_gold(path, rows)
    return path


def test_a_model_trained_on_a_users_coding_refines_what_the_rules_miss(gold, tmp_path):
    model = fit(training_examples(gold_rows(gold)))
    path = tmp_path / "model.json.gz"
    model.save(path)
    loaded = load_model(path)
    assert loaded.trained_on == 60 and set(loaded.classes) == {"Peaceful protest", "Attack"}

    text = EFFIGY.format(d=12, t="Kati")
    rules_only = process_article(Article(id="a", text=text, published=date(2024, 3, 13)))
    refined = process_article(Article(id="a", text=text, published=date(2024, 3, 13)), Options(model=str(path)))
    assert [e.sub_event_type for e in rules_only.events] != ["Peaceful protest"]
    assert [(e.event_type, e.sub_event_type) for e in refined.events] == [("Protests", "Peaceful protest")]
    assert "type refined by the trained model" in refined.events[0].tags

    attack = ATTACK.format(d=12, t="Kati", n=3)
    kept = process_article(Article(id="b", text=attack, published=date(2024, 3, 13)), Options(model=str(path)))
    assert [e.sub_event_type for e in kept.events] == ["Attack"]  # the rules were right: no change


def test_retype_keeps_the_fields_that_follow_the_type_consistent():
    event = Event("Protests", "Peaceful protest", "Demonstrations", "Protesters (Mali)", 6, country="Mali")
    retype(event, "Violent demonstration")
    assert (event.event_type, event.disorder_type, event.actor1, event.inter1) == (
        "Riots", "Political violence", "Rioters (Mali)", 5)


def test_bad_model_files_and_gold_files_are_clear_errors(tmp_path):
    (tmp_path / "junk.gz").write_bytes(b"not gzip at all")
    with pytest.raises(ModelError, match="not a conflictwire model"):
        load_model(tmp_path / "junk.gz")
    with gzip.open(tmp_path / "other.gz", "wt") as handle:
        handle.write('{"format": "something else"}')
    with pytest.raises(ModelError, match="not a conflictwire-refiner/1 model"):
        load_model(tmp_path / "other.gz")
    (tmp_path / "plain.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ModelError, match="not an ACLED export"):
        list(gold_rows(tmp_path / "plain.csv"))
    write_gold(tmp_path / "nonotes.csv", [])
    with open(tmp_path / "nonotes.csv", "w") as handle:
        handle.write("event_date,sub_event_type\n2024-01-01,Attack\n")
    with pytest.raises(ModelError, match="--texts"):
        list(gold_rows(tmp_path / "nonotes.csv"))
    with pytest.raises(ModelError, match="no training examples"):
        fit([])
