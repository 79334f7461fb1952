from datetime import date

from conflictwire.analyse.lexicon import lexicon
from conflictwire.resolve.actors import naming, phrases, resolve_phrase, without_regime


def actors(text, when=date(2019, 6, 1), country="ML", role="agent"):
    lx = lexicon()
    out = []
    for p in phrases(text, lx.find(text)):
        out += [(r.name, r.inter, r.assoc) for r in resolve_phrase(p, naming(lx), when, country, role)]
    return out


def test_regime_years_follow_the_event_date():
    assert actors("Malian soldiers", date(2019, 6, 1))[0][0] == "Military Forces of Mali (2013-2020)"
    assert actors("Malian soldiers", date(2012, 6, 1))[0][0] == "Military Forces of Mali (2012-2013)"
    assert actors("Malian soldiers", date(2022, 6, 1))[0][0] == "Military Forces of Mali (2021-)"
    assert actors("Burkinabe gendarmes", date(2016, 1, 1), "BF")[0][0] == "Police Forces of Burkina Faso (2015-2022) Gendarmerie"


def test_foreign_forces_are_external():
    name, inter, _ = actors("French Barkhane forces")[0]
    assert name == "Military Forces of France (2017-)" and inter == 8
    assert actors("Wagner mercenaries")[0][:2] == ("Wagner Group", 8)
    assert actors("the Africa Corps")[0][0] == "Military Forces of Russia (2000-) Africa Corps"


def test_a_force_word_after_a_groups_name_is_one_of_its_men():
    assert [a[0] for a in actors("an MSA officer")] == ["MSA: Movement for Azawad Salvation"]
    assert [a[0] for a in actors("MINUSMA soldiers")] == [
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"]
    # ... unless the country's forces are named in the phrase too
    assert [a[0] for a in actors("the Malian military and MNLA forces")] == [
        "Military Forces of Mali (2013-2020)", "MNLA: National Movement for the Liberation of Azawad"]


def test_actors_of_one_phrase_keep_the_order_the_text_names_them_in():
    mali, wagner = "Military Forces of Mali (2021-)", "Wagner Group"
    assert [a[0] for a in actors("Malian soldiers and Wagner fighters", date(2022, 6, 1))] == [mali, wagner]
    assert [a[0] for a in actors("Wagner fighters and Malian soldiers", date(2022, 6, 1))] == [wagner, mali]
    # a force's word right before a group's name describes the group, which leads
    assert actors("the military force MINUSMA")[0][0] == \
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"


def test_armed_men_from_a_named_group_are_the_group():
    assert [a[0] for a in actors("armed men from the MNLA")] == ["MNLA: National Movement for the Liberation of Azawad"]
    assert [a[0] for a in actors("rival armed groups from the MNLA and GATIA")] == [
        "MNLA: National Movement for the Liberation of Azawad", "GATIA: Imghad Tuareg and Allies Self-Defense Group"]
    # a community is no group the men belong to as fighters
    youth = [a[0] for a in actors("youth from the Songhai community")]
    assert youth and "Songhai Ethnic Militia (Mali)" not in youth


def test_malis_mixed_units_are_its_military_coordination_mechanism():
    assert [a[:2] for a in actors("four MOC soldiers")] == [
        ("Military Forces of Mali (2013-2020) Operational Coordination Mechanism", 1)]


def test_the_songhai_militia_is_named_as_acled_lists_it():
    assert actors("Ganda Koy militiamen")[0][:2] == ("Gandakoy Ethnic Militia (Mali)", 4)


def test_members_of_jnim_are_coded_under_it_after_its_founding():
    assert actors("presumed Katiba Macina (JNIM) militants") == [
        ("JNIM: Group for Support of Islam and Muslims", 2, ["Katiba Macina"])]
    assert actors("Katiba Macina militants", date(2016, 5, 1))[0][0] == "Katiba Macina"
    # its name spelt out in English: no 'liberation' of a place
    assert actors("the Front for the Liberation of Macina", date(2016, 5, 1))[0][0] == "Katiba Macina"


def test_uncertain_attribution_and_generic_actors():
    assert actors("suspected JNIM and/or ISGS militants", country="BF")[0][0] == \
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert actors("unknown gunmen", country="BF")[0][:2] == ("Unidentified Armed Group (Burkina Faso)", 3)
    assert actors("suspected jihadists")[0][:2] == ("Islamist Militia (Mali)", 3)
    assert actors("Fulani militiamen")[0] == ("Fulani Ethnic Militia (Mali)", 4, [])
    assert actors("Dogon hunters")[0][0] == "Dogon Ethnic Militia (Mali)"


def test_victims_and_their_groups():
    name, inter, assoc = actors("two Fulani herders", role="patient")[0]
    assert (name, inter) == ("Civilians (Mali)", 7) and set(assoc) == {"Fulani Ethnic Group (Mali)", "Pastoralists (Mali)"}
    assert actors("Nigerien traders", role="patient")[0][0] == "Civilians (Niger)"


def test_civilians_from_another_continent_are_international():
    assert actors("a Swiss teacher", role="patient")[0] == (
        "Civilians (International)", 7, ["Civilians (Switzerland)", "Teachers (Switzerland)"])
    assert actors("a French hostage", role="patient")[0][:2] == ("Civilians (International)", 7)
    assert actors("three Europeans", role="patient")[0][:2] == ("Civilians (International)", 7)
    # a neighbour's people keep their country; a nationality names no force
    assert actors("an Algerian trader", role="patient")[0][0] == "Civilians (Algeria)"
    assert actors("French soldiers")[0][0] == "Military Forces of France (2017-)"


def test_regime_free_names():
    assert without_regime("Military Forces of Mali (2013-2020)") == "military forces of mali"


def test_forces_of_no_named_country_get_no_empty_brackets():
    name, inter, _ = actors("soldiers", country="")[0]
    assert name == "Military Forces of Unidentified Country" and inter == 1
    assert actors("gunmen", country="")[0][0] == "Unidentified Armed Group (International)"


def test_the_group_in_brackets_acts_and_the_one_before_is_its_part():
    name, inter, assoc = actors("presumed Ansaroul Islam (JNIM) militants", country="BF")[0]
    assert name.startswith("JNIM") and assoc == ["Ansaroul Islam"]
    assert actors("an unidentified armed group (likely MNLA fighters)")[0][0].startswith("MNLA")
    # a hedged apposition names who acts as brackets do
    assert actors("unknown gunmen, presumably Katiba Macina militants")[0][0].startswith("JNIM")
    assert actors("gunmen believed to be GATIA militiamen")[0][0].startswith("GATIA")
    # after unnamed men, the brackets say who they were: all of the groups, and the kind they name
    assert actors("unknown gunmen (presumably JNIM and/or ISGS militants)", country="BF")[0][0] == \
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert actors("unknown gunmen (suspected to be JNIM and/or ISGS militants)", country="BF")[0][0].startswith("JNIM")
    assert actors("unknown gunmen (likely Islamist militants)", country="BF")[0][0] == "Islamist Militia (Burkina Faso)"


def test_government_forces_are_the_military_and_uniformed_men_soldiers():
    assert actors("government forces", country="BF")[0][:2] == ("Military Forces of Burkina Faso (2015-2022)", 1)
    assert actors("uniformed men")[0][:2] == ("Military Forces of Mali (2013-2020)", 1)
    assert actors("the government")[0][:2] == ("Government of Mali (2013-2020)", 1)


def test_an_official_and_the_forces_after_him_are_two_actors():
    # 'the house of the mayor, security forces then dispersed the crowd'
    assert [a[0] for a in actors("the mayor, security forces")] == [
        "Government of Mali (2013-2020)", "Military Forces of Mali (2013-2020)"]
    assert [a[0] for a in actors("the army and gendarmes")] == ["Military Forces of Mali (2013-2020)"]


def test_the_uns_men_and_vehicles_in_mali_are_its_mission():
    minusma = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
    assert [a[0] for a in actors("a UN vehicle")] == [minusma]
    assert [a[0] for a in actors("a UN peacekeeper from Chad")][:1] == [minusma]
    assert [a[0] for a in actors("the UN Security Council")] == ["United Nations"]
