"""Situations are not events: long articles on sentences written for these tests."""
from datetime import date

import pytest

from conflictwire.analyse.lexicon import Mention
from conflictwire.coding.events import code_events
from conflictwire.coding.situations import anaphoric, grammar, tells_in_past, topical_plural
from conflictwire.conftest import article


@pytest.mark.parametrize("clause, past", [
    ("Gunmen attacked the village before dawn", True),
    ("Two soldiers were killed and three wounded", True),
    ("A convoy struck a mine near the town", True),
    ("Attacks on schools have forced the closure of 300 classrooms", False),
    ("Fuel shortages caused by attacks on convoys have led to long queues", False),
    ("The military government that took power in a coup has turned away from France", False),
    ("Officials said the situation remains calm", False),
    ("Many families now sleep in the town centre, fearing raids", False),
    ("Armed groups are increasingly active in the region", False),
])
def test_a_simple_past_tells_an_event(clause, past):
    assert tells_in_past(clause, grammar()) is past


def mention(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, ())


@pytest.mark.parametrize("text, word, topical", [
    ("Many families sleep in town, fearing raids on the hamlets.", "raids", True),
    ("The analyst said the attacks showed a change of tactics.", "attacks", False),
    ("Gunmen carried out two attacks on Monday.", "attacks", False),
    ("Clashes broke out near the market.", "Clashes", False),
    ("Soldiers attacked the camp.", "attacked", False),
])
def test_a_plural_without_count_or_verb_is_a_topic(text, word, topical):
    assert topical_plural(text, mention(text, word), grammar()) is topical


def test_the_attacks_refer_back():
    text = "The analyst said the attacks showed a change of tactics; a raid followed."
    assert anaphoric(text, mention(text, "attacks"), grammar())
    assert not anaphoric(text, mention(text, "raid"), grammar())


ARTICLE = """Gunmen kill seven in attack on village in central Mali

Unidentified gunmen attacked the village of Sofara in central Mali on Tuesday, killing seven civilians and burning granaries, local officials said.

The attackers arrived on motorcycles at dawn and opened fire on people gathered at the market.

In a separate incident on Wednesday, soldiers repelled an attack on their post in Djenne, killing four assailants, the army said.

More than 500 civilians have been killed in the region since January, according to a rights group.

Attacks on schools have forced the closure of hundreds of classrooms, and many families now sleep in the town centre, fearing raids.

The military government that took power in a coup has turned away from France and towards Russia for security support.

Mali has been fighting an insurgency by groups linked to al-Qaeda and the Islamic State since 2012.

An analyst said the attacks showed that the armed groups were adapting their tactics to avoid the army's drones.

"We are afraid to go to the fields," said a farmer from Sofara.
"""


def test_an_article_gives_its_news_not_its_background():
    events = code_events(article(ARTICLE, date(2024, 6, 6))).events
    reported = sorted((e.sub_event_type, e.location, e.fatalities, e.event_date) for e in events if e.reported)
    assert reported == [("Armed clash", "Djenne", 4, date(2024, 6, 5)),
                        ("Attack", "Sofara", 7, date(2024, 6, 4))]
