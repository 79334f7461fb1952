from datetime import date

from conflictwire.merge.events import merge_events, same_event, source_scale
from conflictwire.merge.identity import assign_ids
from conflictwire.records import Event, Evidence


def event(**kw):
    base = dict(event_type="Violence against civilians", sub_event_type="Attack", disorder_type="Political violence",
                actor1="Unidentified Armed Group (Burkina Faso)", inter1=3, actor2="Civilians (Burkina Faso)", inter2=7,
                event_date=date(2024, 3, 10), country="Burkina Faso", location="Gaskinde", latitude=13.9,
                longitude=-1.6, geo_precision=1, fatalities=9, source="Sahel Daily", article_ids=["a1"], confidence=0.6)
    base.update(kw)
    return Event(**base)


def test_the_same_attack_from_two_outlets_is_one_event_with_both_sources():
    a = event(evidence=[Evidence("a1", "fatalities", 10, 14, "nine")])
    b = event(actor1="Islamist Militia (Burkina Faso)", inter1=3, fatalities=11, source="Reuters", article_ids=["b1"],
              latitude=13.92, confidence=0.7, evidence=[Evidence("b1", "fatalities", 5, 7, "11")])
    merged = merge_events([a, b])
    assert len(merged) == 1
    m = merged[0]
    assert m.article_ids == ["a1", "b1"] and m.source == "Sahel Daily; Reuters"
    assert m.fatalities == 9  # the most conservative report
    assert {e.article_id for e in m.evidence} == {"a1", "b1"}
    assert m.source_scale == "International-Other"
    assert any("sources differ on fatalities" in t for t in m.tags)


def test_different_days_places_or_sides_stay_apart():
    a = event()
    assert not same_event(a, event(event_date=date(2024, 3, 11), article_ids=["b"]))
    assert not same_event(a, event(latitude=14.5, longitude=-2.5, article_ids=["b"]))
    battle = event(event_type="Battles", sub_event_type="Armed clash", actor1="JNIM: Group for Support of Islam and Muslims",
                   actor2="Military Forces of Burkina Faso (2022-)", article_ids=["b"])
    assert not same_event(a, battle)


def test_one_articles_two_events_are_never_merged():
    a, b = event(), event(location="Gaskinde", fatalities=2)
    assert len(merge_events([a, b])) == 2


def test_scales_in_acled_order():
    assert source_scale(["Studio Tamani", "AFP", "Twitter"]) == "Subnational-International-New media"
    assert source_scale(["lefaso.net"]) == "National"


def test_ids_are_stable_and_distinct():
    a, b = event(), event(event_date=date(2024, 3, 11))
    assign_ids([a, b])
    first = (a.event_id, b.event_id)
    c, d = event(), event(event_date=date(2024, 3, 11))
    assign_ids([c, d])
    assert first == (c.event_id, d.event_id) and a.event_id != b.event_id
    assert a.event_id_cnty.startswith("BFA")
