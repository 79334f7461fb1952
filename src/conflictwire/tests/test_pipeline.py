"""Batch steps of the pipeline: what a batch of reports tells about each of them."""
import json

from conflictwire.pipeline import run

TOWNS = ["Djibo", "Kaya", "Dori", "Ouahigouya", "Fada N'Gourma", "Kongoussi"]


def write(path, reports):
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": text, "published": "2019-06-05", "outlet": outlet})
                            + "\n" for i, (text, outlet) in enumerate(reports)))
    return str(path)


def coded(batch, report_id):
    return next(r for r in batch.results if r.article.id == report_id)


def test_a_report_naming_no_country_takes_its_outlets_then_the_batchs_usual_country(tmp_path):
    burkina = [(f"On June 3, gunmen killed two traders in {town}, Burkina Faso.", f"Paper {i}")
               for i, town in enumerate(TOWNS)]
    bare = [("On June 4, hundreds of truck drivers marched to demand better pay.", "Wire")]
    batch = run([write(tmp_path / "a.jsonl", burkina + bare)])
    march = coded(batch, "r6")
    assert [e.country for e in march.events] == ["Burkina Faso"]
    assert "country assumed from the batch's other reports: BF" in march.notes

    # an outlet's own reports weigh before the batch's: this wire reports from Mali
    mali = [(f"On June 3, gunmen killed a herder near {town}, Mali.", "Wire") for town in
            ["Mopti", "Gao", "Sevare", "Djenne", "Bandiagara"]]
    batch = run([write(tmp_path / "b.jsonl", burkina + mali + bare)])
    assert [e.country for e in coded(batch, "r11").events] == ["Mali"]
