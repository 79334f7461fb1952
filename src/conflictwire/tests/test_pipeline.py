"""Batch steps of the pipeline: what a batch of reports tells about each of them."""
import json

from conflictwire.pipeline import run

# six Burkinabe papers' reports, and five of a wire that reports from Mali
BURKINA = [(f"On June 3, gunmen killed two traders in {town}, Burkina Faso.", f"Paper {i}")
           for i, town in enumerate(["Djibo", "Kaya", "Dori", "Ouahigouya", "Fada N'Gourma", "Kongoussi"])]
MALI = [(f"On June 3, gunmen killed a herder near {town}, Mali.", "Wire")
        for town in ["Mopti", "Gao", "Sevare", "Djenne", "Bandiagara"]]


def write(path, reports):
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": text, "published": "2019-06-05", "outlet": outlet})
                            + "\n" for i, (text, outlet) in enumerate(reports)))
    return str(path)


def coded(batch, report_id):
    return next(r for r in batch.results if r.article.id == report_id)


def test_a_report_naming_no_country_takes_its_outlets_then_the_batchs_usual_country(tmp_path):
    bare = [("On June 4, hundreds of truck drivers marched to demand better pay.", "Wire")]
    batch = run([write(tmp_path / "a.jsonl", BURKINA + bare)])
    march = coded(batch, "r6")
    assert [e.country for e in march.events] == ["Burkina Faso"]
    assert "country assumed from the batch's other reports: BF" in march.notes

    # an outlet's own reports weigh before the batch's: this wire reports from Mali
    batch = run([write(tmp_path / "b.jsonl", BURKINA + MALI + bare)])
    assert [e.country for e in coded(batch, "r11").events] == ["Mali"]


def test_a_report_citing_several_sources_takes_the_country_its_sources_usually_report_from(tmp_path):
    # 'Wire; Radio X' is cited by no other report, and Radio X by none that names a country: the
    # one source with a usual country speaks for the report (the batch has none: 6 to 5)
    bare = [("On June 4, gunmen attacked a weekly market and killed a trader.", "Wire; Radio X")]
    batch = run([write(tmp_path / "a.jsonl", BURKINA + MALI + bare)])
    market = coded(batch, "r11")
    assert [e.country for e in market.events] == ["Mali"]
    assert "country assumed from the outlet's other reports: ML" in market.notes


def test_a_report_nothing_places_takes_the_country_most_of_the_batch_names(tmp_path):
    # 6 reports from Burkina Faso to 5 from Mali: no country is the batch's usual one, but a march
    # that names no place at all is likelier in Burkina Faso than anywhere else
    bare = [("On June 4, hundreds of truck drivers marched to demand better pay.", "Radio X"),
            ("On June 4, gunmen attacked the village of Bidi and killed two traders.", "Radio X")]
    batch = run([write(tmp_path / "a.jsonl", BURKINA + MALI + bare)])
    march = coded(batch, "r11")
    assert [e.country for e in march.events] == ["Burkina Faso"]
    assert "country assumed from the batch's other reports: BF" in march.notes
    # a village the gazetteer reads in Mali and in Burkina Faso keeps its own reading: a mere
    # majority of the batch does not outweigh it
    village = coded(batch, "r12")
    assert [e.country for e in village.events] == ["Mali"]
    assert not any("country assumed" in note for note in village.notes)


def test_a_named_groups_home_places_a_report_before_the_outlets_usual_country(tmp_path):
    burkina = [(text, "Wire") for text, _ in BURKINA]  # this wire reports from Burkina Faso
    bare = [("On June 4, a MINUSMA convoy hit a mine, wounding three peacekeepers.", "Wire")]
    batch = run([write(tmp_path / "a.jsonl", burkina + bare)])
    assert [e.country for e in coded(batch, "r6").events] == ["Mali"]


def test_a_village_with_a_namesake_elsewhere_is_read_in_the_region_the_batch_reports_from(tmp_path):
    # Toye is a village of Bankass (Mopti region) and one of Macina (Segou region); the text tells
    # them apart by nothing, but the batch's other reports are all from Mopti region
    mopti = [(f"On June {day}, gunmen killed a herder near {town}, Mali.", "Wire")
             for town in ["Bandiagara", "Bankass", "Douentza", "Djenne", "Tenenkou", "Youwarou"] for day in range(1, 5)]
    toye = [("On June 9, gunmen attacked the village of Toye and killed two traders.", "Radio X")]
    alone = run([write(tmp_path / "a.jsonl", toye)])
    assert [e.admin1 for e in alone.results[0].events] == ["Segou"]

    batch = run([write(tmp_path / "b.jsonl", mopti + toye)])
    village = coded(batch, "r24")
    assert [(e.admin1, e.location) for e in village.events] == [("Mopti", "Toye")]
    assert any("namesakes in other regions" in note for note in village.notes)
    # reports the text places beyond doubt are not coded again
    assert not any("namesakes" in note for note in coded(batch, "r0").notes)


def test_reports_with_no_outlet_share_no_outlets_usual_country(tmp_path):
    # five Malian reports and a bare one, none with an outlet: the bare one takes the batch's
    # country, said to be the batch's, not an outlet's
    reports = [(text, "") for text, _ in MALI] + [("On June 4, gunmen attacked a weekly market.", "")]
    bare = coded(run([write(tmp_path / "a.jsonl", reports)]), "r5")
    assert "country assumed from the batch's other reports: ML" in bare.notes


def test_an_undated_battle_that_lasted_days_is_an_event_a_day_from_the_batchs_usual_lag(tmp_path):
    # the dated reports run two days after their events: so do the undated ones, two days after
    # the fighting ended
    undated = [("CMA and GATIA fighters clashed for two days near Anefis, killing ten.", "Wire"),
               ("CMA and GATIA fighters clashed for a third day near Anefis.", "Wire")]
    batch = run([write(tmp_path / "a.jsonl", MALI + undated)])
    days = [(e.event_date.isoformat(), e.fatalities) for e in coded(batch, "r5").events]
    assert days == [("2019-06-02", 5), ("2019-06-03", 5)]
    assert [e.event_date.isoformat() for e in coded(batch, "r6").events] == ["2019-06-03"]


def test_a_relative_date_lies_as_far_back_as_its_words_say_and_the_batchs_usual_lag(tmp_path):
    # the dated reports run two days after their events: 'yesterday' in a report of June 5 was
    # written about an event of June 3 at the latest, but last week is further back than that
    relative = [("Gunmen killed a herder near Mopti yesterday.", "Wire"),
                ("Gunmen killed a herder near Gao last week.", "Wire")]
    batch = run([write(tmp_path / "a.jsonl", MALI + relative)])
    assert [e.event_date.isoformat() for e in coded(batch, "r5").events] == ["2019-06-03"]
    assert [e.event_date.isoformat() for e in coded(batch, "r6").events] == ["2019-05-29"]
