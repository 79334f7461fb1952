from datetime import date

import pytest

from conflictwire.analyse.dates import find_dates, resolve
from conflictwire.analyse.lexicon import lexicon
from conflictwire.analyse.numbers import find_numbers
from conflictwire.analyse.text import fold, sentences


def kinds(text):
    return [(m.text, sorted({e.kind for e in m.entries})) for m in lexicon().find(text)]


def test_acronyms_match_as_written_and_capitalised_names_need_capitals():
    found = dict(kinds("JNIM fighters and the Platform met; a jnim platform was built."))
    assert found["JNIM"] == ["named"] and found["Platform"] == ["named"]
    assert "jnim" not in found and "platform" not in found


def test_a_long_acronym_written_as_a_name_is_still_named_but_not_in_lower_case():
    found = dict(kinds("Mortar shells hit the Minusma camp; Gatia fighters and the minusma staff left."))
    assert found["Minusma"] == ["named"] and found["Gatia"] == ["named"] and "minusma" not in found
    assert "Jnim" not in dict(kinds("Jnim fighters left."))


def test_a_long_surname_misspelt_by_one_vowel_or_one_swap_still_names_its_country():
    text = "Loyalists of Diendree marched with Bassoli's supporters; Kabori and diendree were absent."
    found = {m.text: {(e.kind, e.key) for e in m.entries} for m in lexicon().find(text)}
    assert found["Diendree"] == {("person", "BF")} and found["Bassoli"] == {("person", "BF")}
    assert "Kabori" not in found and "diendree" not in found  # too short a name; no capital


def test_longest_actor_phrase_wins_and_triggers_may_overlap_actors():
    found = kinds("Katiba Macina militants attacked; a counter-attack followed.")
    assert ("Katiba Macina", ["named"]) in found and ("counter-attack", ["clash"]) in found
    assert ("attack", ["attack"]) not in found


def test_a_country_or_leader_with_its_possessive_apostrophe_lost_is_still_named():
    found = dict(kinds("Protesters denounced Malis army and demanded Compaores resignation."))
    assert found["Malis"] == ["country"] and found["Compaores"] == ["person"]


def test_an_actor_word_after_a_stance_prefix_names_no_actor():
    found = dict(kinds("An anti-jihadist mission met pro-government militias and jihadists."))
    assert "jihadist" not in found and "government" not in found
    assert found["militias"] == ["kind"] and "kind" in found["jihadists"]


def test_a_trigger_inside_a_longer_trigger_is_dropped():
    found = dict(kinds("The air force carried out air strikes. Teachers went on strike."))
    assert found["air strikes"] == ["air"]
    assert found["went on strike"] == ["protest"]


def test_fold_keeps_length():
    text = "L’armée — Ménaka «ici»"
    assert len(fold(text)) == len(text) and fold(text).startswith("l'armée - ménaka")


def test_sentences_respect_abbreviations_and_lines():
    parts = [s.text for s in sentences("On Dec. 29, Gen. Diarra said U.S. forces left. It was calm.\nNew paragraph")]
    assert parts == ["On Dec. 29, Gen. Diarra said U.S. forces left.", "It was calm.", "New paragraph"]


@pytest.mark.parametrize("text,values", [
    ("killing twenty-five people", [25]), ("two hundred and fifty", [250]), ("three and four", [3, 4]),
    ("7,600 fatalities", [7600]), ("dozens of soldiers", [12]), ("1.5 million", [1_500_000]), ("often", []),
    ("a couple was killed", [2]), ("a couple of days later", [2]),
])
def test_numbers(text, values):
    assert [n.value for n in find_numbers(text)] == values


ANCHOR = date(2019, 12, 30)


@pytest.mark.parametrize("text,days,precision", [
    ("On 29 December 2019, gunmen", ["2019-12-29"], 1),
    ("On December 1st the army", ["2019-12-01"], 1),
    ("On Apr.24-25 east of Gao", ["2019-04-24", "2019-04-25"], 1),
    ("claimed on 24/09", ["2019-09-24"], 1),
    ("a sit-in from 13/02/2014 to 15/02/2014", ["2014-02-13", "2014-02-14", "2014-02-15"], 1),
    ("strikes on 30/11 and 1/12", ["2019-11-30", "2019-12-01"], 1),
    ("On Tuesday, gunmen", ["2019-12-24"], 1),
    ("On Saturday 9 November, gunmen", ["2019-11-09"], 1),
    ("On Monday, December 2, gunmen", ["2019-12-02"], 1),
    ("last week", ["2019-12-23"], 2),
    ("in late May", ["2019-05-25"], 3),
    ("the first half of 2024", ["2024-04-01"], 3),
    ("On 3 mars 2020", ["2020-03-03"], 1),
    # a comma between month and day: the day is the month's after an ordinal or 'on' ...
    ("The bodies were found on November, 21st.", ["2019-11-21"], 1),
    ("two men kidnapped on August, 25 were found", ["2019-08-25"], 1),
    ("a raid on October, 3, 2018 near Gao", ["2018-10-03"], 1),
    # ... otherwise the number after it counts something: 'In October, 20 soldiers died'
    ("In October, 20 soldiers died", ["2019-10-15"], 3),
    # the night between two days is one night, coded to the day it ended on
    ("during the night of 14-15 June gunmen", ["2019-06-15"], 1),
    ("on the night of 14 to 15 June gunmen", ["2019-06-15"], 1),
    ("attacked Boni over the night between Friday and Saturday", ["2019-12-28"], 1),
    ("dans la nuit du 14 au 15 juin", ["2019-06-15"], 1),
])
def test_dates_resolve_against_the_anchor(text, days, precision):
    found = find_dates(text)
    resolved = resolve(found[0], ANCHOR)
    assert [d.isoformat() for d in resolved.days] == days and resolved.precision == precision


def test_a_day_after_since_starts_a_state():
    held, taken = find_dates("Boni, held by militants since 5 February, was retaken on 12 February")
    assert held.since and not taken.since
    assert find_dates("occupé depuis le 3 mars")[0].since
    assert [d.since for d in find_dates("since Saturday 9 November")] == [True]


def test_lowercase_month_words_are_not_months():
    assert find_dates("the protesters joined the march; you may go") == []


def test_a_day_without_a_year_after_the_anchor_is_last_year():
    resolved = resolve(find_dates("On December 31, x")[0], date(2020, 1, 2))
    assert resolved.days[0].isoformat() == "2019-12-31" and resolved.assumed_year


def test_a_day_a_year_ahead_of_the_report_is_a_slip_of_the_year():
    assert resolve(find_dates("On 17 October 2020, x")[0], date(2019, 10, 20)).days[0].isoformat() == "2019-10-17"
    # written a year ahead, a day of the report's last month is a slip; a later day of the report's
    # own year, or one just past the new year, stands as written
    assert resolve(find_dates("On 30 September 2019, x")[0], date(2018, 10, 3)).days[0].isoformat() == "2018-09-30"
    assert resolve(find_dates("On 29 July 2019, x")[0], date(2019, 5, 2)).days[0].isoformat() == "2019-07-29"
    assert resolve(find_dates("On 2 January 2020, x")[0], date(2019, 12, 30)).days[0].isoformat() == "2020-01-02"


def test_a_day_ahead_of_the_report_that_reads_as_last_week_with_day_and_month_swapped_is_swapped():
    # 'On May 4' in a report of 8 April: 4/5 written the other way round, not a year-old event
    resolved = resolve(find_dates("On May 4, x")[0], date(2019, 4, 8))
    assert resolved.days[0].isoformat() == "2019-04-05" and resolved.swapped
    # a swap that lands weeks before the report, or on the same day and month, is no reason
    assert resolve(find_dates("On May 1, x")[0], date(2019, 4, 8)).days[0].isoformat() == "2018-05-01"
    assert resolve(find_dates("On June 6, x")[0], date(2019, 4, 8)).days[0].isoformat() == "2018-06-06"
