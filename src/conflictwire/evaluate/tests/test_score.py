"""Our scorer gives the shared scorer's numbers (../shared/eval/score_acled.py) on a fixture."""
import csv
import json
import subprocess
import sys

import pytest

from conflictwire.evaluate.score import loose_actor, read_csv, score
from conflictwire.conftest import shared_path

GOLD = [
    dict(doc_id="d1", event_date="2019-05-06", event_type="Battles", sub_event_type="Armed clash",
         actor1="JNIM: Group for Support of Islam and Muslims", actor2="Military Forces of Mali (2013-2020)",
         interaction="12", admin1="Mopti", admin2="Koro", location="Diankabou", latitude="14.6", longitude="-2.9",
         fatalities="3"),
    dict(doc_id="d1", event_date="2019-05-07", event_type="Battles", sub_event_type="Armed clash",
         actor1="JNIM: Group for Support of Islam and Muslims", actor2="Military Forces of Mali (2013-2020)",
         interaction="12", admin1="Mopti", admin2="Koro", location="Diankabou", latitude="14.6", longitude="-2.9",
         fatalities="0"),
    dict(doc_id="d2", event_date="2019-06-01", event_type="Protests", sub_event_type="Peaceful protest",
         actor1="Protesters (Mali)", actor2="", interaction="60", admin1="Bamako", admin2="Bamako", location="Bamako",
         latitude="12.65", longitude="-8.0", fatalities="0"),
    dict(doc_id="d3", event_date="2019-06-02", event_type="Riots", sub_event_type="Mob violence",
         actor1="Rioters (Mali)", actor2="Civilians (Mali)", interaction="57", admin1="Kayes", admin2="Kayes",
         location="Kayes", latitude="14.4", longitude="-11.4", fatalities="1"),
]
PRED = [
    dict(article_ids="d1", event_date="2019-05-06", event_type="Battles", sub_event_type="Armed clash",
         actor1="Military Forces of Mali (2021-)", actor2="JNIM: Group for Support of Islam and Muslims",
         interaction="12", admin1="Mopti", admin2="Bankass", location="Diankabou", latitude="14.62", longitude="-2.95",
         fatalities="3"),
    dict(article_ids="d2;d9", event_date="2019-06-01", event_type="Protests", sub_event_type="Protest with intervention",
         actor1="Protesters (Mali)", actor2="Police Forces of Mali (2013-2020)", interaction="16", admin1="Bamako",
         admin2="Bamako", location="Bamako", latitude="12.9", longitude="-8.0", fatalities="0"),
    dict(article_ids="d4", event_date="2019-06-02", event_type="Riots", sub_event_type="Mob violence",
         actor1="Rioters (Mali)", actor2="", interaction="50", admin1="", admin2="", location="", latitude="",
         longitude="", fatalities="x"),
]


def test_loose_actor_drops_regime_years():
    assert loose_actor("Military Forces of Mali (2021-)") == loose_actor("military forces of mali (2013-2020)")


def test_figures_by_hand():
    s = score(GOLD, PRED)
    f = s.figures
    assert s.gold_events == 4 and s.pred_events == 3
    assert f["event_recall"] == 0.5 and f["event_precision"] == 2 / 3
    assert f["actor1_loose"] == 0.5 and f["actor_pair_loose"] == 0.25 and f["actor1_strict"] == 0.5
    assert f["admin2"] == 0.25 and f["km10"] == 0.25 and f["km50"] == 0.5


@pytest.mark.shared
def test_agrees_with_the_shared_scorer(tmp_path):
    scorer = shared_path("eval", "score_acled.py")
    for name, rows in (("gold.csv", GOLD), ("pred.csv", PRED)):
        with open(tmp_path / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    theirs = json.loads(subprocess.run([sys.executable, str(scorer), str(tmp_path / "gold.csv"),
                                        str(tmp_path / "pred.csv"), "--json"], capture_output=True, text=True,
                                       check=True).stdout)
    ours = score(read_csv(tmp_path / "gold.csv"), read_csv(tmp_path / "pred.csv"))
    assert theirs["gold_events"] == ours.gold_events and theirs["pred_events"] == ours.pred_events
    for key, value in ours.figures.items():
        assert theirs[key] == pytest.approx(value), key
    assert theirs["fatalities_mae_matched"] == pytest.approx(ours.fatalities_mae)
