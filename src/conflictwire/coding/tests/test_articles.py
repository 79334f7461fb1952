"""Real-article behaviours on texts written for these tests: news vs history, political
developments, aggregates as claims, undated articles, quotes."""
from datetime import date

import pytest

from conflictwire.coding.events import code_events
from conflictwire.conftest import article, shared_path
from conflictwire.pipeline import run

ESSAY = """Russia deepens its military footprint in Niger

Niamey, Niger - Russian military instructors have arrived in Niger with a new air defence system, the country's junta said on Friday, in a sign of Moscow's growing role in the Sahel. The instructors will train Nigerien units, a government spokesman said.

Russia's involvement in the region is not new. The Wagner Group's deployment to Mali in 2021 was followed by arrivals in Burkina Faso, and Malian and Wagner forces retook the town of Kidal in 2023.

Niger continues to face attacks by Islamic State fighters along its western border. On Tuesday, an army patrol struck a landmine near Ayorou in the Tillabéri region, killing four soldiers, the defence ministry said.

According to the ministry, a series of attacks in the region has claimed the lives of more than 120 soldiers since January.

"We will not let terrorists decide our future," said Colonel Amadou Abdramane, the junta's spokesman.
"""


def coded(text=ESSAY, published=date(2024, 4, 13)):
    return code_events(article(text, published, outlet="Test Wire"))


def test_news_is_reported_and_history_is_background():
    events = coded().events
    by_type = {(e.sub_event_type, e.reported): e for e in events}
    arrival = by_type[("Change to group/activity", True)]
    assert arrival.actor1 == "Military Forces of Russia (2000-)" and arrival.country == "Niger"
    kidal = next(e for e in events if e.location == "Kidal")
    assert kidal.sub_event_type == "Government regains territory" and not kidal.reported
    assert kidal.event_date.year == 2023 and kidal.time_precision == 3
    mine = by_type[("Remote explosive/landmine/IED", True)]
    assert (mine.location, mine.fatalities, mine.event_date) == ("Ayorou", 4, date(2024, 4, 9))
    assert mine.actor2 == "Military Forces of Niger (2023-)"


def test_an_aggregate_is_a_claim_not_an_event():
    result = coded()
    assert all(e.fatalities < 100 for e in result.events)
    (claim,) = [c for c in result.claims if c.value == 120]
    assert claim.aggregate and claim.attributed_to == "the ministry" and "soldiers" in claim.counted


def test_situations_are_not_events():
    events = coded().events
    assert not any("continues to face" in e.notes for e in events)


def test_quotes_with_speaker_and_role():
    result = coded()
    (quote,) = [q for q in result.quotes if q.kind == "direct"]
    assert quote.speaker == "Amadou Abdramane" and "spokesman" in quote.role
    assert quote.text.startswith("We will not let terrorists")


def test_unnamed_sources_speak_and_places_never_do():
    text = ('Gunmen attacked Djibo on Monday, killing five civilians. In Djibo, "we are afraid to go out," '
            'said a resident. Kaya "remains calm," officials said. Local sources told AFP that the army had '
            'withdrawn from the town, and a hospital official said 12 wounded people had been admitted.')
    quotes = {q.speaker: q for q in code_events(article(text)).quotes}
    assert set(quotes) == {"a resident", "officials", "Local sources"}
    assert (quotes["a resident"].text, quotes["a resident"].kind) == ("we are afraid to go out", "direct")
    assert quotes["officials"].text == "remains calm"
    assert (quotes["Local sources"].text, quotes["Local sources"].kind) == ("the army had withdrawn from the town",
                                                                            "indirect")


def test_undated_article_is_dated_from_its_own_words():
    text = ("Mali's junta said on Monday that the Wagner Group had completed its withdrawal from Mali, "
            "and that the Africa Corps would stay. The overthrow of Mohamed Bazoum last year had already "
            "pushed Niger towards Moscow.")
    result = code_events(article(text, None))
    assert result.notes and "2025-06-06" in result.notes[0]
    wagner = next(e for e in result.events if e.actor1 == "Wagner Group")
    assert wagner.event_date >= date(2025, 6, 1) and wagner.time_precision == 3


SEED_EXPECTED = {  # file prefix: reported developments an analyst reads in it
    "001": [("Change to group/activity", "Wagner Group", "Mali")],
    "002": [("Change to group/activity", "Wagner Group", "Mali")],
    "003": [("Change to group/activity", "Military Forces of Russia (2000-)", "Niger"),
            ("Remote explosive/landmine/IED", "Unidentified Armed Group (Niger)", "Niger")],
    "004": [("Change to group/activity", "Wagner Group", "Mali"),
            ("Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims", "Mali")],
}


@pytest.mark.shared
def test_the_seeds_read_like_an_analyst_reads_them():
    batch = run([shared_path("seeds")])
    by_file = {r.article.origin.rsplit("/", 1)[-1][:3]: r for r in batch.results}
    for prefix, expected in SEED_EXPECTED.items():
        reported = {(e.sub_event_type, e.actor1, e.country) for e in by_file[prefix].events if e.reported}
        for item in expected:
            assert item in reported, (prefix, item, reported)
    mine = next(e for e in by_file["003"].events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert mine.fatalities == 6 and mine.admin1 == "Tillaberi" and mine.actor2 == "Military Forces of Niger (2023-)"
    background = {(e.sub_event_type, e.location) for e in by_file["002"].events if not e.reported}
    assert ("Government regains territory", "Kidal") in background
    claims = by_file["000"].claims
    assert any(c.value == 7600 and c.attributed_to == "ACLED" and "first half of 2024" in c.period for c in claims)
    assert any(c.value == 190 and c.unit == "%" for c in claims)
    assert any(c.value == 100 and c.aggregate for c in by_file["004"].claims)
    speakers = {q.speaker for r in batch.results for q in r.quotes}
    assert {"Sergei Lavrov", "Dmitry Peskov", "Abdoulaye Diop", "Ulf Laessing", "Rida Lyammouri",
            "Abdel-Fatau Musa", "Africa Corps"} <= speakers
    for r in batch.results:  # no event from boilerplate or the related-news lists
        assert not any(w in e.notes for e in r.events for w in ("Related News", "Oil prices", "cookies"))
