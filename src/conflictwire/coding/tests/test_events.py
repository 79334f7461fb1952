"""The coder on sentences written for these tests, one rule family at a time."""
from datetime import date

import pytest

from conflictwire.coding.events import code_events, split_even
from conflictwire.conftest import article

PUB = date(2019, 6, 20)


def events(text, published=PUB):
    return code_events(article(text, published)).events


def one(text, published=PUB):
    found = events(text, published)
    assert len(found) == 1, [(e.sub_event_type, e.location) for e in found]
    return found[0]


@pytest.mark.parametrize("text,sub_event,actor1,actor2", [
    # violence against civilians vs battles
    ("On June 3, suspected jihadists attacked the village of Sofara, killing four civilians.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, JNIM militants attacked a Malian army position in Boni; the soldiers repelled the attack.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2013-2020)"),
    ("On June 3, Fulani militiamen attacked the village of Sofara; the villagers fended off the attack.",
     "Armed clash", "Fulani Ethnic Militia (Mali)", "Sofara Communal Militia (Mali)"),
    ("On June 3, a Malian army convoy was ambushed by unknown gunmen near Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    # the armed movements of the north by their acronyms and their French names
    ("On June 3, gunmen attacked a CJA position near Boni, killing four of its fighters.",
     "Armed clash", "Unidentified Armed Group (Mali)", "CJA: Congress for Justice in Azawad"),
    ("On June 3, fighters of the Mouvement populaire pour le salut de l'Azawad clashed with the MNLA near Boni.",
     "Armed clash", "MPSA: Popular Movement for Azawad Salvation",
     "MNLA: National Movement for the Liberation of Azawad"),
    ("On June 3, unknown gunmen abducted two teachers in the village of Sofara.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen abducted a trader near Boni in central Mali; his body was found two days later.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, suspected militants aboard motorbikes killed six people in the village of Sofara.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, armed Fulani men killed at least twelve Dogon villagers in Sofara, in retaliation for a theft.",
     "Attack", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen attacked the village of Sofara, killing two policemen and three civilians.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, Fulani militiamen attacked traders escorted by Dogon militiamen near Sofara, two Dogon "
     "militiamen were wounded.", "Armed clash", "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"),
    ("Soldier killed in an ambush near Boni on June 3.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, gunmen attacked security patrols near Boni, killing a civilian.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, gunmen attacked the village of Boni, including the police station; no one was hurt.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020)"),
    # the militants that forces kill are the other side, where the attack's object was a village
    ("On June 3, soldiers foiled a militant attack on the village of Sofara and neutralized eight militants.",
     "Armed clash", "Military Forces of Mali (2013-2020)", "Islamist Militia (Mali)"),
    ("On June 3, two herders were mistaken for militants and killed by soldiers near Sofara.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    # a mine then gunfire: a battle on a convoy, an attack on a bus of passengers
    ("On June 3, gunmen ambushed a bus of passengers near Boni with an IED followed by small arms fire.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen ambushed an army convoy near Boni with an IED followed by small arms fire.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, two men on a motorbike shot dead a trader in Mopti.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, angry villagers armed with sticks beat a suspected thief to death in Sofara.",
     "Mob violence", "Rioters (Mali)", "Civilians (Mali)"),
    ("On June 3, Islamist militants flogged a man accused of drinking alcohol in Timbuktu.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, unknown gunmen wounded two children collecting firewood near Sofara.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, suspected JNIM militants entered Sofara, where the militants executed three villagers.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, two soldiers were killed in clashes between suspected CMA and GATIA fighters near Anefis.",
     "Armed clash", "CMA: Coordination of Movements of the Azawad", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("On June 3, unknown gunmen abducted two health workers in Sofara; they were released three days later.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # a headline's passive with an ampersand for 'and': the traders were taken, they did not riot
    ("Three traders abducted & truck seized near Dori.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("On June 3, unknown gunmen abducted a Swiss nun in Koutiala.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (International)"),
    # a former calling makes an armed man a civilian, and keeps a civilian's origin
    ("On June 3, unknown gunmen abducted a former Swiss engineer in Koutiala.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (International)"),
    ("On June 3, unknown gunmen shot dead a former Burkinabe soldier in Koutiala.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Burkina Faso)"),
    # 'general' as an adjective names no officer
    ("On June 3, JNIM militants attacked the college of general education in Sofara and beat the caretaker.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    # a release after a robbery or a raid on a truck is part of that violence, no agreement
    ("On June 3, unknown gunmen robbed a trader and his driver near Sofara; both were released.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, unknown gunmen intercepted a truck carrying traders near Sofara, seized the goods and burned the "
     "truck; the traders were released.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # remote violence
    ("On June 3, a Malian army vehicle struck a landmine near Boni, killing two soldiers.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, a suicide bomber blew himself up at the gate of the MINUSMA camp in Gao.",
     "Suicide bomb", "Unidentified Armed Group (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, JNIM militants attacked the MINUSMA camp in Aguelhok with a suicide car bomb followed by an "
     "exchange of fire with the peacekeepers.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, militants fired mortar shells at the MINUSMA camp in Kidal, causing no casualties.",
     "Shelling/artillery/missile attack", "Islamist Militia (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, French forces carried out an airstrike on a JNIM camp near Gossi, killing six militants.",
     "Air/drone strike", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, Malian soldiers discovered and defused an IED on the road near Boni.",
     "Disrupted weapons use", "Military Forces of Mali (2013-2020)", ""),
    ("On June 3, residents discovered a mass grave near Boni.",  # no weapon: finding bodies disrupts none
     "Other", "Unidentified Armed Group (Mali)", ""),
    # property, demonstrations, riots
    ("On June 3, gunmen raided the village of Sofara and seized livestock, no casualties were reported.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen entered the village of Sofara and emptied the granary, seizing millet and sugar.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, JNIM militants attacked the village of Sofara and burned the school and the town hall.",
     "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, Fulani militiamen attacked and torched the Dogon hamlet of Sofara.",
     "Attack", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen attacked civilians in Sofara with guns and knives, looting animals and goods.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen opened fire and seized two motorbikes in Sofara.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, teachers marched in Sikasso to demand the payment of their bonuses.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, police fired tear gas to disperse students protesting in Bamako.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, youths burned tyres and threw stones at the police in Kati to protest against power cuts.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, hundreds of residents marched in Mopti against the killings of civilians in the region.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, women marched in Kayes to mark the anniversary of the attack on the market.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, residents of Kita marched in support of the army and denounced attempts to sabotage the peace.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, farmers in Kita protested against herders who let their animals graze in the fields.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, youths protesting over a land dispute set fire to several vehicles in Kati.",
     "Violent demonstration", "Rioters (Mali)", ""),
    ("On June 3, traders in Kaya set up road blocks to protest against a new market tax.",
     "Violent demonstration", "Rioters (Burkina Faso)", ""),
    # no place: a leader's name, even misspelt, tells the country
    ("Thousands marched against President Kafnado's plan to change the constitution.",
     "Peaceful protest", "Protesters (Burkina Faso)", ""),
    ("Protesters demonstrated against high fuel prices in Bamako.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, teachers marched in Bamako against a new law. They were dispersed by police using tear gas.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, police in Bamako prevented youths from protesting against the occupation of the north.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, youths rioted in Kati, burning tyres. Police fired tear gas.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, journalists marched in Bamako to protest recent attacks against reporters.",
     "Peaceful protest", "Protesters (Mali)", ""),
    # wounded by the police: an intervention; rioters arrested: the police faced them, named or not
    ("On June 3, five people were wounded by gendarmes after the gendarmes responded to a march of traders "
     "in Kayes.", "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020) Gendarmerie"),
    ("On June 3, hundreds of rioters burned the town hall in Kati; 30 were arrested.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    # one civilian who kills is no mob; a local armed group is a community's militia
    ("On June 3, a farmer was killed by a herder whose cattle had entered his field in Kantchari.",
     "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("On June 3, villagers lynched a thief in Kantchari.", "Mob violence", "Rioters (Burkina Faso)",
     "Civilians (Burkina Faso)"),
    ("On June 3, a local armed group killed a presumed cattle thief near Kantchari.",
     "Attack", "Unidentified Communal Militia (Burkina Faso)", "Civilians (Burkina Faso)"),
    # a participle after the noun it tells of is the grievance; after the crowd, what was done to it
    ("On June 3, residents of Sikasso marched to demand the release of 23 people arrested in their area.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, nurses marched in Sikasso in solidarity with two colleagues assaulted a week earlier.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, residents marched in Sikasso; 20 protesters arrested in the city centre.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    # the generic forces that face a crowd are its police; soldiers stay the army
    ("On June 3, traders protested in Sikasso against a new tax; security forces dispersed them with tear gas.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, youths protesting against power cuts burned tyres in Kati and threw stones at the defence and "
     "security forces.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, traders protested in Sikasso against a new tax; military forces dispersed them with tear gas.",
     "Protest with intervention", "Protesters (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, youths protesting against power cuts burned tyres in Kati and threw stones at soldiers.",
     "Violent demonstration", "Rioters (Mali)", "Military Forces of Mali (2013-2020)"),
    # a stand-off in quotes is a stand-off
    ("On June 3, traders held a sit-in at the town hall of Sikasso and 'faced off' with police.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    # 'dispersed by' after 'were' and an adverb tells the act, not a grievance
    ("On June 3, traders protesting in Sikasso against a new tax were violently dispersed by security forces.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, residents of Kati protested against a land sale and ransacked the house of the mayor, security "
     "forces eventually dispersed the crowd.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    # the crowd's own violence after the police came: stones, tyres set alight, guards pushed aside
    ("On June 3, traders protested in Sikasso against a new tax; police fired tear gas and the traders began to "
     "throw stones.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, traders protested in Sikasso against a new tax, police dispersed them and they stoned the "
     "prefect's car.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    # tear gas fired is the police's intervention, not a shooting
    ("On June 3, traders protested in Sikasso against a new tax, police dispersed the crowd by firing tear gas.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, youths protesting against power cuts lit tyres in Kati before police dispersed them.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020)"),
    ("On June 3, traders protesting in Kati against a new tax overwhelmed the gendarmes at the town hall.",
     "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali (2013-2020) Gendarmerie"),
    ("On June 3, residents of Kita marched in support of the army, which has suffered deadly attacks.",
     "Peaceful protest", "Protesters (Mali)", ""),
    ("On June 3, an angry mob lynched a suspected thief in Bamako.",
     "Mob violence", "Rioters (Mali)", "Civilians (Mali)"),
    ("On June 3, Bissa farmers clashed with Fulani herders in Zabre over land, seven people were killed.",
     "Armed clash", "Bissa Ethnic Militia (Burkina Faso)", "Fulani Ethnic Militia (Burkina Faso)"),
    ("On June 3, two people were killed amid intercommunal violence between Dogon and Fulani in Sofara.",
     "Armed clash", "Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)"),
    ("On June 3, members of the Mossi community attacked Fulani herders in Barsalogho, killing two.",
     "Attack", "Mossi Ethnic Militia (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("On June 3, Malian soldiers arrested twelve herders in Sofara who were later executed.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("On June 3, four traders detained by Malian soldiers in Sofara were executed.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("On June 3, Fulani militiamen attacked the village of Sofara, but the army repelled the attack.",
     "Armed clash", "Fulani Ethnic Militia (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, JNIM militants attacked Sofara, the attack was repelled by Dogon hunters.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Dogon Ethnic Militia (Mali)"),
    ("On June 3, the MINUSMA camp in Kidal was hit by rockets/mortars. No group claimed responsibility.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, six herders were detained by Malian soldiers near Boni and allegedly tortured.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("On June 3, unidentified assailants clashed with security forces in the Boni area.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, gunmen shot dead a gendarme at his home in Boni.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, unknown gunmen shot dead a MINUSMA contractor in Gao.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, gunmen killed a GATIA militiaman who was also the imam's brother in Boni.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # thieves a group punishes are its victims, not another armed group
    ("On June 3, JNIM fighters flogged two suspected thieves in public in Gao.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, JNIM militants opened fire on traders' carts escorted by Dogon militiamen near Boni, killing two "
     "traders.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Dogon Ethnic Militia (Mali)"),
    ("On June 3, an army vehicle struck an IED near Boni, two soldiers were killed, the device was likely planted by "
     "Katiba Macina militants.",
     "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Mali (2013-2020)"),
    ("An army vehicle hit an IED near Boni on June 3, three soldiers wounded. Claimed by JNIM on 5/6.",
     "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Mali (2013-2020)"),
    ("On June 3, one soldier was killed and another injured when FLM fighters attacked their post in Djenne.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2013-2020)"),
    # ... also for a strike or shelling, the actor's words ending in the strike's own ('air force bombed')
    ("On June 3, a girl was killed when the Malian air force bombed a camp for displaced people near Boni.",
     "Air/drone strike", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("On June 3, two herders were killed when the Burkinabe army shelled the village of Arbinda.",
     "Shelling/artillery/missile attack", "Military Forces of Burkina Faso (2015-2022)", "Civilians (Burkina Faso)"),
    # the group unnamed armed men are said to belong to acts, or is harmed; it is no casualty of its own
    ("On June 3, gunmen affiliated with JNIM killed a village imam near Boni.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, jihadists linked with Katiba Macina killed a teacher in Sofara.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, the Malian army destroyed an abandoned militant camp near Boni belonging to Katiba Macina militants.",
     "Looting/property destruction", "Military Forces of Mali (2013-2020)",
     "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, soldiers killed two members of JNIM near Boni.",
     "Armed clash", "Military Forces of Mali (2013-2020)", "JNIM: Group for Support of Islam and Muslims"),
    # 'militants' alone are Islamists here; unknown ones are not said to be
    ("On June 3, unknown militants attacked the village of Sofara, killing two civilians.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("Malian troops push back an advance by MNLA rebels near Anefis.",
     "Armed clash", "Military Forces of Mali (2013-2020)", "MNLA: National Movement for the Liberation of Azawad"),
    ("On June 3, youths barricaded the roads in Kaya, demanding the reopening of schools.",
     "Violent demonstration", "Rioters (Burkina Faso)", ""),
    ("On June 3, a man accused of theft was given 40 lashes in Timbuktu by members of Ansar Dine.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, a trader was murdered in Boni by two men on a motorbike.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, Dozos killed a herder by slitting his throat at the market in Boni.",
     "Attack", "Dozo Militia", "Civilians (Mali)"),
    # a country named alone as a clause's subject of violence, or as who did it, is its forces; a
    # country the clause is in is not
    ("On June 3, France attacked JNIM militants near Boni.",
     "Armed clash", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, airstrikes likely by France were reported near Boni, targeting JNIM militants.",
     "Air/drone strike", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, armed men in northern Mali attacked a bus near Boni and killed two passengers.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # an object between the verb and 'by' makes it active: 'by' gives the means, not the agent
    ("On June 3, Malian forces killed 40 militants by air strikes near Boni.",
     "Air/drone strike", "Military Forces of Mali (2013-2020)", "Islamist Militia (Mali)"),
    ("On June 3, the army camp sentinel in Boni shot dead a man who failed to stop at the gate.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("On June 3, rioters burned the town hall and the mayor's residence in Kaya.",
     "Violent demonstration", "Rioters (Burkina Faso)", ""),
    ("On June 3, MNLA fighters took control of Anefis without a fight.",
     "Non-violent transfer of territory", "MNLA: National Movement for the Liberation of Azawad", ""),
    # a later clause's subject of a named group's kind is that group again; the object of 'from' the other side
    ("On June 3, JNIM militants attacked the town of Arbinda, militants burned a bar and opened fire at a school.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)"),
    ("On June 3, JNIM militants seized the town of Lere from the jihadists.",
     "Non-state actor overtakes territory", "JNIM: Group for Support of Islam and Muslims", "Islamist Militia (Mali)"),
    # 'have taken' of hostages takes no town
    ("On June 3, JNIM militants have taken hostage two traders near Boni.",
     "Abduction/forced disappearance", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    # those who went missing are the victims, not a crowd that acted
    ("On June 3, two teachers and their driver went missing on the road to Djibo.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("On June 3, clashes between students of two schools in Kaya left five wounded.",
     "Mob violence", "Rioters (Burkina Faso)", "Rioters (Burkina Faso)"),
    ("On June 3, fighting between Imghad and Idnane near Anefis left several wounded.",
     "Armed clash", "Imghad Ethnic Militia (Mali)", "Idnan Ethnic Militia (Mali)"),
    ("On June 3, renewed violence between Dogons & Fulanis near Koro left one dead.",
     "Armed clash", "Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)"),
    # armed men killed with no one named as killing them: the subject of a later 'when' clause's
    # operation, or the forces the sentence before (telling no event of its own) is about; not
    # civilians so killed
    ("On June 3, ten jihadists were killed when French special forces intercepted two vehicles near Boni.",
     "Armed clash", "Military Forces of France (2017-)", "Islamist Militia (Mali)"),
    ("French troops seize a strategic bridge in Gao on June 3. 25 Islamists killed.",
     "Armed clash", "Military Forces of France (2017-)", "Islamist Militia (Mali)"),
    ("Malian soldiers patrol the market in Gao on June 3. Two civilians killed.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # shooting at people's trucks is an attack on them, even where they were then robbed
    ("On June 3, gunmen opened fire on transport trucks near Boni and stripped the passengers of their belongings.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # weapons in a list of what was taken were seized, not used; one used after taking a town was
    ("On June 3, the army killed three militants near Djibo and seized two motorbikes, rifles, a grenade "
     "and IED-making materials.",
     "Armed clash", "Military Forces of Burkina Faso (2015-2022)", "Islamist Militia (Burkina Faso)"),
    ("On June 3, militants seized the market of Djibo and detonated an IED, killing two traders.",
     "Remote explosive/landmine/IED", "Islamist Militia (Burkina Faso)", "Civilians (Burkina Faso)"),
    # the side a passive's victims fought names who killed them
    ("On June 3, two militants were killed in clashes with French troops near Boni.",
     "Armed clash", "Military Forces of France (2017-)", "Islamist Militia (Mali)"),
    # the sides split where 'and' stands, and rebels of no named group are armed men
    ("On June 3, ten people were killed in fighting between French troops and rebels near Anefis.",
     "Armed clash", "Military Forces of France (2017-)", "Unidentified Armed Group (Mali)"),
    ("On June 3, presumed JNIM militants seized two trucks near Boni, one of the drivers was found killed.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, political opponents beat up the newly elected mayor of Kaya.",
     "Mob violence", "Rioters (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("On June 3, an unknown individual stabbed a soldier at the market of Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, students marched in Kaya to protest against the arrest of their leader.",
     "Peaceful protest", "Protesters (Burkina Faso)", ""),
    ("On June 3, three people were killed in an attack by unidentified assailants on an army post in Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, suspected militants assassinated an informant of the army in Boni.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, truck drivers blocked the roads in Kaya to protest new fees.",
     "Violent demonstration", "Rioters (Burkina Faso)", ""),
    ("On June 3, unknown gunmen shot dead a forest agent near Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020) Forest Guards"),
    ("On June 3, two UN peacekeepers were injured in an ambush on the road to Anefis, 15 km from Gao.",
     "Armed clash", "Unidentified Armed Group (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, an MNLA fighter was injured during clashes with Malian soldiers near Anefis.",
     "Armed clash", "Military Forces of Mali (2013-2020)", "MNLA: National Movement for the Liberation of Azawad"),
    ("On June 3, unknown gunmen attacked a truck near Gao, the passengers were stripped of their belongings.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, Dogon militiamen attacked the Fulani village of Sofara, the villagers had already fled, "
     "but the assailants set houses ablaze.",
     "Looting/property destruction", "Dogon Ethnic Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, JNIM militants set vehicles ablaze in Boni.",
     "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, residents of Kita protested against the mayor, security forces intervened.",
     "Protest with intervention", "Protesters (Mali)", "Police Forces of Mali (2013-2020)"),
    # an assassination or execution is an attack on a civilian, a soldier taken prisoner included;
    # a militia's members are its fighters wherever they are killed
    ("On June 3, JNIM militants assassinated a Koglweogo militiaman at the market in Djibo.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Koglweogo Militia"),
    ("On June 3, soldiers summarily executed two suspected JNIM militants they had arrested in Boni.",
     "Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
    ("A new series of assassinations by unidentified gunmen in Djibo on June 3: a councilman and his son.",
     "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    # the state whose adjective the event's word bears acts, whoever stands before it
    ("On June 3, three women died in French airstrikes in Boni.",
     "Air/drone strike", "Military Forces of France (2017-)", "Civilians (Mali)"),
    ("On June 3, Islamist fighters fled Boni under pressure from French air strikes.",
     "Air/drone strike", "Military Forces of France (2017-)", "Islamist Militia (Mali)"),
    ("On June 3, seven civilians killed in French air strikes near Boni, local sources said.",
     "Air/drone strike", "Military Forces of France (2017-)", "Civilians (Mali)"),
    # 'the gunmen' after the verb restates its subject: not their victims
    ("On June 3, unknown gunmen shot dead a blacksmith in Boni, the gunmen then fled towards Hombori.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # AQIM as Sahel analysts abbreviate it, under JNIM since their 2017 merger
    ("On June 3, AQM fighters attacked a gendarmerie checkpoint in Boni, killing two gendarmes.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Mali (2013-2020) Gendarmerie"),
    # an offensive and forces that engage armed men: a battle
    ("On June 3, MNLA fighters launched a new offensive on Malian army positions in Anefis.",
     "Armed clash", "MNLA: National Movement for the Liberation of Azawad", "Military Forces of Mali (2013-2020)"),
    ("On June 3, Burkinabe soldiers engaged suspected JNIM militants near Djibo, no casualties reported.",
     "Armed clash", "Military Forces of Burkina Faso (2015-2022)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, French forces engaged in a fight against an armed group in the mountains near Tessalit. "
     "One soldier was killed and two were wounded.",
     "Armed clash", "Military Forces of France (2017-)", "Unidentified Armed Group (Mali)"),
    # state forces named by a country's word and their aircraft
    ("On June 3, French air strikes destroyed a JNIM base near Boni.",
     "Air/drone strike", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, the Malian air force carried out air raids on Dozo positions near Boni.",
     "Air/drone strike", "Military Forces of Mali (2013-2020)", "Dozo Militia"),
    ("On June 3, a Burkinabe helicopter opened fire on a wedding near Djibo, killing two civilians.",
     "Air/drone strike", "Military Forces of Burkina Faso (2015-2022)", "Civilians (Burkina Faso)"),
    ("On June 3, French pilots targeted a column of jihadist fighters heading towards Boni.",
     "Air/drone strike", "Military Forces of France (2017-)", "Islamist Militia (Mali)"),
    # customs officers are police to ACLED: an attack on their post is a battle
    ("On June 3, gunmen on motorbikes attacked the customs post in Heremakono, no casualties.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020)"),
    # strategic developments
    ("On June 3, gendarmes in Sevare arrested a former mayor on charges of murder.",
     "Arrests", "Police Forces of Mali (2013-2020) Gendarmerie", "Civilians (Mali)"),
    # a battle has two sides: a town taken from no one named was the state's
    ("Separatist forces took control of Kidal.",
     "Non-state actor overtakes territory", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    ("On June 3, MNLA fighters took control of Kidal without violence.",
     "Non-violent transfer of territory", "MNLA: National Movement for the Liberation of Azawad", ""),
    ("On June 3, gendarmes arrested five suspected militants in Sevare.",
     "Arrests", "Police Forces of Mali (2013-2020) Gendarmerie", "Islamist Militia (Mali)"),
    ("On June 3, the CMA and GATIA signed a ceasefire agreement in Anefis.",
     "Agreement", "CMA: Coordination of Movements of the Azawad", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("On June 3, JNIM militants took control of the town of Boni in central Mali after the army withdrew.",
     "Non-state actor overtakes territory", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Mali (2013-2020)"),
    ("On June 3, the Malian army retook the town of Boni.",
     "Government regains territory", "Military Forces of Mali (2013-2020)", ""),
    # a verb of taking with a town for its object: the town taken, not a looting or an arrest
    ("On June 3, MNLA rebels seized Tessalit.",
     "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad",
     "Military Forces of Mali (2013-2020)"),
    ("On June 3, JNIM militants took Boni.",
     "Non-state actor overtakes territory", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Mali (2013-2020)"),
    ("On June 3, Malian soldiers captured Boni from JNIM militants.",
     "Government regains territory", "Military Forces of Mali (2013-2020)",
     "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, MNLA rebels seized two trucks in Tessalit.",
     "Looting/property destruction", "MNLA: National Movement for the Liberation of Azawad", "Civilians (Mali)"),
    # armed men who occupy a building take it; a crowd that occupies one protests
    ("On June 3, MNLA fighters occupied the governor's office in Kidal.",
     "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad",
     "Government of Mali (2013-2020)"),
    ("On June 3, students occupied the town hall of Kaya.", "Peaceful protest", "Protesters (Burkina Faso)", ""),
    # 'between A and a B' names both sides; a next sentence whose subject names a side again, at
    # a place the first named, goes on with the same battle
    ("On June 3, clashes between JNIM militants and a National Guard patrol were reported in Boni. "
     "The patrol was ambushed in a forest 5km from Boni without suffering any casualties.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2013-2020)"),
    # people captured are no town captured
    ("On June 3, the army clashed with JNIM militants near Boni. Five militants dead, one captured.",
     "Armed clash", "Military Forces of Mali (2013-2020)", "JNIM: Group for Support of Islam and Muslims"),
    # the subject of a reporting verb is a source: the clause after 'that' has the actors
    ("On June 3, residents indicated that a Malian army patrol was ambushed by gunmen near Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    # 'after' opens a clause with its own subject, the one who acted
    ("On June 3, a policeman was wounded after armed men seized his vehicle in Gao.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020)"),
    # what a subject was subjected to, or came under, was done to it
    ("On June 3, GATIA was subjected to an ambush in Acharaba. At least one dead.",
     "Armed clash", "Unidentified Armed Group (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    # ... and the dead counted after it killed no one: 'one militiaman killed'
    ("On June 3, GATIA was subjected to an ambush in Acharaba, one militiaman killed.",
     "Armed clash", "Unidentified Armed Group (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("On June 3, the FAMa camp in Gao came under mortar fire.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    # a state's adjective on a post, a convoy or an armoured vehicle names its forces
    ("On June 3, a Malian supply convoy was attacked near Boni by the CMA.",
     "Armed clash", "CMA: Coordination of Movements of the Azawad", "Military Forces of Mali (2013-2020)"),
    ("On June 3, an IED struck a French armored vehicle near Tessalit, wounding one.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of France (2017-)"),
    # in the Sahel, the Islamic State and al-Qaeda named alone are their Sahel branches
    ("On June 3, Islamic State militants executed two herders near Menaka.",
     "Attack", "Islamic State (Greater Sahara)", "Civilians (Mali)"),
    ("On June 3, Al Qaeda fighters executed a man in Ber.",
     "Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, al-Qaeda-linked militants executed a man in Ber.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    # the object of the verb before the means: 'damaged a Barkhane vehicle by IED'
    ("On June 3, JNIM militants damaged a Barkhane vehicle by IED detonation near Tessalit.",
     "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of France (2017-)"),
    # the dead never act: those who killed them are unknown, not a mob
    ("On June 3, the bodies of two traders abducted on May 28 were found in Boni.",
     "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # words of robbery, rocket fire and captured towns as ACLED's notes write them
    ("On June 3, armed men held a checkpoint near Gao and stripped motorcyclists of their belongings.",
     "Looting/property destruction", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("On June 3, suspected JNIM militants racketed herders near Boni.",
     "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, JNIM militants launched a rocket at the MINUSMA camp in Tessalit.",
     "Shelling/artillery/missile attack", "JNIM: Group for Support of Islam and Muslims",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, MNLA fighters, having taken the town of Menaka from the Malian army, raised their flag.",
     "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad",
     "Military Forces of Mali (2013-2020)"),
    ("On June 3, MNLA fighters take the town of Menaka after a day of fighting with the army.",
     "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad",
     "Military Forces of Mali (2013-2020)"),
    # the side a communal clash leaves unnamed is another community's militia; those who ambush a
    # named militia, or whom the report calls gunmen, are unidentified armed men
    ("On June 3, three people were killed in intercommunal clashes in Kaya.",
     "Armed clash", "Unidentified Communal Militia (Burkina Faso)", "Kaya Communal Militia (Burkina Faso)"),
    ("On June 3, unknown gunmen ambushed Dozo militiamen near Sofara, killing five Dozos.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Dozo Militia"),
    # a suicide car bombing is a suicide bomb; a legionnaire is one of his country's soldiers
    ("On June 3, a suicide car bombing killed a French foreign legionnaire near Gao.",
     "Suicide bomb", "Unidentified Armed Group (Mali)", "Military Forces of France (2017-)"),
    # unnamed attackers said to be a group, in the event's words or the sentence after, are that group;
    # the victims said to be one are not
    ("On June 3, a trader was abducted near Boni by armed men believed to be affiliated with AQIM.",
     "Abduction/forced disappearance", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
    ("On June 3, gunmen attacked the gendarmerie in Boni. The attackers are suspected members of Ansar Dine.",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Mali (2013-2020) Gendarmerie"),
    ("On June 3, gunmen shot dead two men believed to be JNIM militants near Boni.",
     "Armed clash", "Unidentified Armed Group (Mali)", "JNIM: Group for Support of Islam and Muslims"),
    ("On June 3, unknown gunmen killed two traders in Gossi. The assailants were later identified as MUJAO fighters.",
     "Attack", "MUJAO: Movement for Unity and Jihad in West Africa", "Civilians (Mali)"),
    # shells, a suicide bombing or a mine that open an assault on forces are a battle
    ("On June 3, militants fired mortar shells at the MINUSMA camp in Kidal, followed by gunfire against the "
     "peacekeepers; no casualties were reported.", "Armed clash", "Islamist Militia (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"),
    ("On June 3, a suicide car bomb exploded at the army camp in Sevare, followed by an armed assault by "
     "militants; two soldiers were killed.",
     "Armed clash", "Islamist Militia (Mali)", "Military Forces of Mali (2013-2020)"),
    # the subject of an earlier clause is no victim of the passive after it; joined subjects are both victims
    ("On June 3, militants entered the village of Sofara and three civilians were executed.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, militants entered Sofara and then opened fire on the market.",
     "Attack", "Islamist Militia (Mali)", "Civilians (Mali)"),
    ("On June 3, two soldiers and three civilians were killed near Sofara.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
])
def test_rule_families(text, sub_event, actor1, actor2):
    e = one(text)
    assert (e.sub_event_type, e.actor1, e.actor2 or "") == (sub_event, actor1, actor2) or \
        (e.sub_event_type, e.actor2, e.actor1) == (sub_event, actor1, actor2)


@pytest.mark.parametrize("text,deaths", [
    ("On June 3, gunmen attacked Sofara, killing at least six civilians and wounding ten.", 6),
    # a headline's one victim, its subject completed before the death word: 'Village chief of Tem executed by'
    ("Village chief of Sofara executed by gunmen on June 3.", 1),
    ("Councillor in Kaya assassinated by presumed jihadists on June 3.", 1),
    ("Councilman in Boni shot dead by gunmen on June 3.", 1),
    # a subset of the dead told with a death word of its own is counted once; of the wounded, it is the count
    ("On June 3, Dozos attacked Sofara, 17 men were killed including several who had their throats slit "
     "and their bodies thrown into a well.", 17),
    ("On June 3, militants attacked Boni, two militants were killed and four soldiers wounded including "
     "one who later succumbed.", 3),
    # the dead of another event, told in a relative clause, are not this event's
    ("On June 3, a landmine killed two women near Aguelhok, near where another attack had killed "
     "a peacekeeper a week earlier.", 2),
    # one who died, named by his group and his country before the noun
    ("On June 3, a Mauritanian Al Qaeda member died in battle against French troops near Tessalit.", 1),
    # the words between a number and its noun describe the noun: no verb of their own
    ("On June 3, at least two anti-junta demonstrators were killed by soldiers in Kaya.", 2),
    # an aside between the victims and their passive: cut out, unless it goes on with the list
    ("On June 3, four young men, accused of being thieves, were killed by gunmen in Sofara.", 4),
    ("On June 3, nine traders, most of whom were Bozo, were killed by militants near Boni.", 9),
    ("On June 3, two soldiers, three gendarmes, were killed by militants near Boni.", 5),
    # a list of victims goes on after a possessive and after what completes a noun
    ("On June 3, Dozos entered the village of Sofara and killed a father and his two sons.", 3),
    ("On June 3, gunmen attacked the village of Sofara and killed the son of the mayor and his friend.", 2),
    # a speaker before a death word is not its count; 'one of the' dead counted before is one of them
    ("On June 3, militants executed the chief of Sofara. One resident said he believed the killing was a warning.", 1),
    ("On June 3, two militants were killed in an operation near Boni. One of the militants killed was a commander.", 2),
    ("On June 3, two soldiers were killed near Boni. One of the soldiers was a lieutenant. One civilian was killed.", 3),
    ("On June 3, five civilians were killed by gunmen near Boni. Three were killed at the market.", 5),
    ("On June 3, five soldiers were killed near Boni. Three civilians were killed at the market.", 8),
    ("On June 3, militants attacked Boni; three soldiers and two assailants were killed and four wounded.", 5),
    ("On June 3, gunmen killed the driver and a passenger of a bus near Boni.", 2),
    ("On June 3, dozens of militants were killed in clashes with the army near Boni.", 12),
    ("On June 3, gunmen attacked Sofara, no casualties were reported.", 0),
    ("On June 3, gunmen killed seven people including five militiamen and a teacher in Sofara.", 7),
    ("On June 3, a 16 year old girl was killed by a landmine 20 km from Boni.", 1),
    ("On June 3, unknown gunmen shot dead a member of the civil protection in Gao.", 1),
    ("On June 3, a police officer was shot by gunmen in Gao. He later died of his injuries.", 1),
    ("On June 3, militants executed a complex ambush against a police convoy near Boni.", 0),
    ("On June 3, soldiers arrested six herders in Sofara and later executed them near Boni.", 6),
    ("On June 3, gunmen abducted a trader in Boni. He was found dead the next day.", 1),
    ("On June 3, a suicide bomber blew himself up at a checkpoint in Gao, no one else was hurt.", 1),
    ("On June 3, gunmen shot a trader in Boni. He later succumbed to his wounds at the hospital in Douentza.", 1),
    ("On June 3, militants attacked an army post in Boni: 6-8 killed, 4 wounded.", 6),
    ("On June 3, French forces struck militants near Boni, killing a reported ten.", 10),
    ("On June 3, soldiers arrested three herders in Sofara and burned them alive.", 3),
    ("On June 3, militants clashed with Dozos near Sofara, fatalities unknown. Fatalities coded at low estimate of 3.",
     3),
    # a participle after a comma counts what follows it, not the object before it
    ("On June 3, gunmen opened fire on two traders near Boni, killing one and wounding the other.", 1),
    ("On June 3, gunmen attacked a bus near Boni, killing a woman and wounding her son.", 1),
    # lists of victims: serial commas, singular nouns, subsets in brackets or after 'including'
    ("On June 3, two policemen, three soldiers, and one civilian were killed in an attack on Boni.", 6),
    ("On June 3, two gendarmes and a civilian were killed when gunmen attacked a checkpoint in Boni.", 3),
    ("On June 3, a teacher and his brother were shot dead by gunmen in Boni.", 2),
    ("On June 3, a teacher and his brother riding home on a motorbike were shot dead by gunmen in Boni.", 2),
    ("On June 3, militants attacked the army in the village of Sofara, a soldier and a militant were killed.", 2),
    ("On June 3, three people - a teacher, an imam and an old man - were killed by gunmen in Boni.", 3),
    ("On June 3, two officials (including a customs officer) were killed in an attack in Boni.", 2),
    ("On June 3, four soldiers including a lieutenant were killed in an ambush near Boni.", 4),
    # victims named by the object after 'the'
    ("On June 3, militants stopped a truck near Boni and killed the two occupants.", 2),
    ("On June 3, gunmen shot dead the deputy mayor of Boni.", 1),
    # headline passives without an auxiliary
    ("Village chief killed by gunmen near Boni on June 3.", 1),
    ("Teacher, his wife and a neighbour shot dead by gunmen in Kaya on June 3.", 3),
    ("Gendarme killed and two wounded in an ambush near Boni on June 3.", 1),
    ("On June 3, gunmen took the town of Boni. Local councillor reportedly killed by the attackers.", 1),
    ("On June 3, gunmen attacked a truck near Boni. Driver presumed dead.", 1),
    ("Trader abducted near Boni on June 3 and his driver found dead.", 1),
    ("On June 3, a land dispute in Boni resulted in two dead and one wounded.", 2),
    ("On June 3, soldiers arrested a trader in Boni who after his arrest was extrajudicially executed.", 1),
    ("On June 3, twelve men were summarily shot by soldiers in Boni.", 12),
    ("On June 3, three relatives of Lt. Col. Amadou Diallo were killed near Boni.", 3),
    ("On June 3, a couple on a cart was killed by a mine near Boni.", 2),
    ("On June 3, an angry mob in Kaya nearly lynched a thief before police arrived.", 0),
    ("On June 3, a mob in Kaya tried to lynch a thief.", 0),
    ("On June 3, youths in Kaya burned tyres over the death of a trader shot by the police.", 0),
    ("On June 3, youths in Kaya burned tyres, furious about the killing of a trader.", 0),
    ("On June 3, students in Kaya abandoned classes on the anniversary of the assassination of a student.", 0),
    ("On June 3, an angry mob lynched and burned the bodies of two thieves in Boni.", 2),
    # single victims between counted ones after a participle
    ("On June 3, militants attacked a checkpoint in Boni, killing two gendarmes, a customs agent, and four "
     "civilians, and seized weapons.", 7),
    ("On June 3, militants attacked Boni, killing two gendarmes, wounding a customs agent, and four civilians.", 2),
    # a later total that takes in the earlier dead replaces them
    ("On June 3, gunmen killed at least six people at a checkpoint in Boni. 7 dead including one assailant.", 7),
    ("On June 3, gunmen killed six people in Boni. Two soldiers were killed in Sofara, including a lieutenant.", 8),
    # a definite subject of a later sentence is most often one counted before
    ("On June 3, gunmen shot dead a trader near Boni. The trader killed by the gunmen had refused to pay.", 1),
    ("On June 3, two gunmen shot dead a man in Boni. The individual assassinated was a local activist.", 1),
    ("Trader killed by gunmen near Boni on June 3. The trader killed had refused to pay.", 1),
    # a victim's noun phrase runs on past the word the lexicon knows: 'a GATIA commander and his ...'
    ("On June 3, gunmen killed a Dozo commander and his driver near Boni.", 2),
    ("On June 3, MUJAO announced the execution of a diplomat, one of four held hostage in Gao.", 1),
    # one victim the lexicon does not know, before another verb or clause
    ("On June 3, gunmen killed a mechanic and a trader in Boni.", 2),
    ("On June 3, unknown gunmen shot dead a mechanic and seized his motorbike in Boni.", 1),
    ("On June 3, gunmen killed a cobbler as he left the market in Boni.", 1),
    # a title and a name with a particle in it, no article: one person
    ("On June 3, gunmen assassinated local councillor Mohamed el Moctar near Boni.", 1),
    # captives found dead: the number that counted them
    ("On June 3, soldiers arrested five men in Sofara; four were found executed near Boni.", 4),
    ("On June 3, four men from Sofara were detained and later executed by soldiers near Boni.", 4),
    # one victim the lexicon does not know, then a number of others
    ("On June 3, soldiers killed a commander and eight of his men near Boni.", 9),
    ("On June 3, soldiers killed the deputy leader of the katiba and five of his associates near Boni.", 6),
    # a chain of passives, a verb of two words in it, a list of victims before it
    ("On June 3, gunmen entered a mosque in Sofara, two traders and an imam were identified, taken away, "
     "and executed.", 3),
    ("On June 3, three herders were taken away and shot dead by gunmen near Boni.", 3),
    # a body found: the one victim of the death word before it, not a second death
    ("On June 3, the corpse of a herder shot dead was found near Boni.", 1),
    ("On June 3, a trader abducted in May was brought back and executed in Boni, the body of a herder "
     "shot dead was found nearby.", 2),
    ("On June 3, six herders abducted by gunmen near Boni two days earlier were found dead in Sofara.", 6),
    ("On June 3, soldiers arrested six herders in Sofara; those arrested were later found dead near Boni.", 6),
    ("On June 3, soldiers arrested seven herders near Sofara, their corpses were found two days later in a well.", 7),
    ("On June 3, gunmen abducted two traders near Sofara; their bodies were found a week later near Boni.", 2),
    ("On June 3, two traders were abducted near Sofara; their bodies were found a week later near Boni.", 2),
    ("On June 3, three miners were abducted by gunmen near Sofara. Their bodies were found on June 9.", 3),
    # a number before an active death word with an object counts its authors
    ("On June 3, two gunmen on a motorbike shot dead a trader in Boni.", 1),
    ("On June 3, gunmen abducted ten villagers in Sofara and killing one of them.", 1),
    ("On June 3, militants attacked the gendarmerie in Boni, one gendarme killed two wounded.", 1),
    # lists that mix singular victims and numbers, and long lists
    ("On June 3, gunmen attacked a church in Boni and killed a priest and three other worshippers.", 4),
    ("On June 3, gunmen attacked a church in Boni, a priest and five worshippers were killed.", 6),
    ("On June 3, militants attacked Dozos near Boni, twenty-seven Dan Na Ambassagou militiamen and one "
     "Katiba Macina militant were killed.", 28),
    ("On June 3, gunmen attacked a checkpoint in Boni, at least five soldiers were killed.", 5),
    # one victim named by 'the' or 'of a', the nearest noun its head
    ("On June 3, gunmen assassinated the head of a bus company in Boni.", 1),
    ("On June 3, gunmen shot dead a tracker in the area of Boni.", 1),
    ("On June 3, a trader was abducted and later shot dead near Boni.", 1),
    ("Murder of a municipal councillor by gunmen in Boni on June 3.", 1),
    # deaths the event answers or follows are another event's
    ("On June 3, AQIM fighters attacked and killed five GATIA members near Boni in response to the death of an "
     "AQIM member.", 5),
    ("On June 3, clashes broke out in Boni following the death of a trader, two soldiers were killed.", 2),
    ("On June 3, soldiers killed four militants who previously had executed a herder near Boni.", 4),
    ("On June 3, soldiers killed 12 militants near Boni, including the emir of the area. "
     "Witnesses said that French troops killed the emir.", 12),
    # animals and coups are not people
    ("On June 3, Dogon militiamen burned three huts and killed two sheep in Sofara.", 0),
    ("On June 3, soldiers executed a coup at the presidential palace in Bamako, a guard was killed.", 1),
    # a protest's topic is not its dead
    ("On June 3, hundreds of people protested in Bamako against the murder of a journalist.", 0),
    # victims named again: 'one of the ...', the victim's body, the wounded of a list
    ("On June 3, a police post in Boni was attacked by two gunmen, one of the assailants killed.", 1),
    ("On June 3, gunmen attacked Boni: 1 civilian died of his wounds.", 1),
    ("On June 3, gunmen killed a trader in Boni and set his body on fire.", 1),
    ("On June 3, gunmen killed the village chief of Sofara and his body was left on the road.", 1),
    ("On June 3, Dozos clashed with militants near Boni, resulting in the death of one Dozo and three militants "
     "and a dozen wounded.", 4),
    ("On June 3, militants attacked Boni, four soldiers were wounded including one who later died.", 1),
    ("On June 3, villagers found two mass graves near Boni after an attack by gunmen.", 0),
    # a number said again counts once in its sentence or restated, again of others later on
    ("On June 3, gunmen killed two traders near Boni. The two victims were from Douentza.", 2),
    ("On June 3, a soldier and two children were killed when militants shelled the MINUSMA camp in Boni "
     "with more than thirty rockets. Two civilians outside the camp died in the crossfire.", 5),
    ("On June 3, soldiers executed a group of 16 herders near Boni.", 16),
    # a coder's stated count, whatever words it uses
    ("On June 3, militants attacked the army post in Boni, the attackers 'suffered losses' (coded as 10).", 10),
    ("On June 3, soldiers fought militants near Boni, 30 were killed and captured (coded as 15 fatalities).", 15),
    # ... which adds to those counted before it where it codes only the unknown dead
    ("On June 3, JNIM militants attacked an army post in Boni, one soldier was killed, an unspecified number "
     "of assailants were also killed. Unknown fatalities among the assailants coded at low estimate of 3.", 4),
    ("On June 3, the air force struck militants near Djibo and killed tens of them (unknown fatalities coded as 10).", 10),
    # a coder's note in a sentence of its own codes the event told before it
    ("On June 3, militants attacked a MINUSMA camp in Kidal, killing one peacekeeper. The attackers were repulsed. "
     "The attackers suffered losses (coded as 5).", 6),
    # an uncertain count codes all of the dead, not those no one counted
    ("On June 3, two dozen militants were neutralised near Boni. Uncertain number of deaths coded as 10.", 10),
    ("On June 3, three soldiers were killed in an attack on the post in Boni. Another soldier later died of his "
     "injuries.", 4),
    # another source's count is an alternative to the first report's, not more dead; 'while' adds others
    ("On June 3, at least 4 people were killed in an attack on Boni. Other sources said 3 civilians had been killed.",
     4),
    ("On June 3, gunmen killed two soldiers near Boni. However, the militants claimed 5 soldiers were killed.", 2),
    ("On June 3, militants killed 3 soldiers in Boni, while the army said 10 militants were killed.", 13),
    # a number's noun may run to several words before its passive death word
    ("On June 3, two Malian aid workers on board a UNHCR vehicle were killed by a landmine near Goundam.", 2),
    # counts in a later clause that add up to the one before them are its parts
    ("On June 3, at least 17 people were killed near Boni, 14 soldiers were killed in the ambush and 3 civilians "
     "died of their wounds.", 17),
    ("On June 3, gunmen killed 12 people in Boni, 9 were shot dead and 3 burned alive.", 12),
    ("On June 3, 3 soldiers and 2 civilians were killed in an attack in Boni. 1 soldier was also wounded. Another "
     "soldier later died of his wounds.", 6),
    # 'neutralised' people are dead for ACLED; a neutralised device kills no one
    ("On June 3, French troops neutralised 3 AQIM fighters near Tessalit.", 3),
    ("On June 3, an IED was detected and neutralised near Boni.", 0),
    ("On June 3, militants attacked a patrol near Boni, one assailant was killed and an IED was later neutralised.", 1),
    ("On June 3, militants attacked the village of Sofara, the village chief killed and others wounded.", 1),
    # a passive told at one remove still counts its one victim
    ("On June 3, militants shelled the camp in Kidal, a peacekeeper was reported to have been killed.", 1),
    # a title and a name without an article is one victim; 'by' and 'of' open no name
    ("On June 3, unknown gunmen shot dead MNLA officer Ahmed Ag Bilal in Kidal.", 1),
    ("On June 3, gunmen assassinated local councillor Amadou Traore near Boni.", 1),
    ("On June 3, French forces killed Al-Qaida commander Ali Ag Moussa near Tessalit.", 1),
    ("On June 3, residents of Kaya marched against the attempted lynching of singer Awa Diallo.", 0),
    # the deaths a victim is accused of are another event's; one of a number counts one
    ("On June 3, a mob lynched a prisoner accused of murdering two traders in Kaya.", 1),
    ("On June 3, an IED wounded three soldiers near Boni. One of the three soldiers later succumbed to his wounds.", 1),
    # dead without a number count no one, not one of the group named after them
    ("On June 3, gunmen attacked MNLA fighters near Anefis, killing an unknown number of MNLA fighters.", 0),
    ("On June 3, militants attacked Boni (coded as Boni at geoprecision 2), killing two traders.", 2),
    # single victims ending a list of counted ones; not another verb's object, nor the same ones again
    ("On June 3, militants opened fire on troops in Boni, killing two soldiers and a child.", 3),
    ("On June 3, militants killed three soldiers, a gendarme and a civilian in Boni.", 5),
    ("On June 3, militants killed two soldiers and a gendarme was wounded in Boni.", 2),
    ("On June 3, a landmine near Boni killed four soldiers, the defence ministry said.", 4),
    ("On June 3, gunmen attacked the post in Boni, one assailant was killed, a gendarme and a civilian were "
     "wounded, the gendarme who was wounded later succumbed to his injuries.", 2),
    ("On June 3, militiamen killed four herders and seized a herd of cattle near Boni.", 4),
    ("On June 3, militiamen executed two traders near Boni, one from Douentza and the other from Mopti.", 2),
    # one victim between the verb and its death word; not the crowd that lynched
    ("On June 3, vigilantes beat an alleged cattle thief to death in Kaya.", 1),
    ("On June 3, gunmen ambushed a truck near Boni, leaving the driver dead.", 1),
    ("On June 3, in Kaya, a mob lynched to death a man accused of theft.", 1),
    # one subject of 'died' in a few words, not several; a headline's victim killed 'when ...'
    ("On June 3, an alleged cattle thief died from torture in Koglweogo detention in Kaya.", 1),
    ("On June 3, the wounded soldiers died in Kaya after an ambush.", 0),
    ("Forest guard killed when militants attacked a market near Boni on June 3.", 1),
    # the wounded are not dead, one of them who died is; another verb's object is no second victim
    ("On June 3, gunmen attacked a village near Boni, wounding two youths, one succumbed to his wounds.", 1),
    ("On June 3, gunmen shot dead a young herder and seized his livestock near Boni.", 1),
    # single victims the lexicon does not know, listed after a known one; not a day, nor another death
    ("On June 3, gunmen attacked the market in Menaka and killed a policeman and a bystander.", 2),
    ("On June 3, gendarmes executed the president and the treasurer of a youth association near Sebba.", 2),
    ("On June 3, gunmen killed a trader near Boni and the next day a herder.", 1),
    # the deaths a protest is about are not its own
    ("On June 3, hundreds marched in Gaoua demanding justice for two teachers assassinated in May near Sebba.", 0),
    ("On June 3, hundreds protested in Kaya over the death of a trader.", 0),
    ("On June 3, thousands marched in Ouagadougou in memory of a journalist who was assassinated in 1998.", 0),
    # the victims' own clause may use 'had' ('who had disappeared'); 'had killed' is still the authors' act
    ("On June 3, two herders who had disappeared on the road to Boni were found dead near Douentza.", 2),
    ("On June 3, two gunmen had killed a soldier near Boni before fleeing.", 1),
    # an event word right after a number is what it counts
    ("On June 3, four suicide bombers were killed and two soldiers wounded in an attack on the camp in Gossi.", 4),
    # 'that' opens the victims' clause as 'who' does
    ("On June 3, soldiers arrested at least 24 members of the Fulani community in Boni that reportedly were "
     "executed.", 24),
    ("On June 3, an ambush near Boni claims the lives of two gendarmes.", 2),
    ("On June 3, gunmen fired on the mayor's car near Boni and shot his wife who succumbed to her wounds.", 1),
    ("On June 3, gunmen fired on a car near Boni and shot the driver's son who succumbed to his wounds.", 1),
    ("On June 3, Dozos abducted three herders near Sofara, they were executed the next day.", 3),
    # a headline's object without an article: one person where the word names one, not 'cattle'
    ("On June 3, gunmen killed village chief near Boni.", 1),
    ("On June 3, a rocket hit a house in Boni, it wounded a civilian and killed three cattle.", 0),
    ("On June 3, gunmen assassinated the village chief of the Bellah community of the hamlet of Boni and his three "
     "sons.", 4),
    # the agent of a passive is no victim; a description restates the one victim
    ("On June 3, youths accused of theft in Gao were lynched by a mob. One was killed and the other wounded.", 1),
    ("On June 3, Dozo militiamen killed a man, described as a local herder, near Sofara.", 1),
    # a toll raised to a new total counts earlier dead too
    ("On June 3, the bodies of two herders were found near Boni, bringing the death toll of the week's attacks to "
     "nine dead.", 2),
    # a coder's note that split the deaths: the place's own share, or the total divided
    ("On June 3, militiamen attacked the village of Sofara. Seven villagers were killed (fatalities split between "
     "three events in Boni (3), Sofara (1), Hombori (3)).", 1),
    ("On June 3, gunmen attacked the village of Sofara and nearby hamlets, killing eight civilians. Fatalities "
     "spread over four villages.", 2),
    # words of death the press uses besides 'killed'
    ("On June 3, a trader was strangled by gunmen near Boni.", 1),
    ("On June 3, gunmen attacked a bus near Boni; the driver was wounded and a child did not survive.", 1),
])
def test_fatalities(text, deaths):
    assert one(text).fatalities == deaths


def test_dates_without_a_year_take_the_publication_year_and_ranges_split():
    e = one("On June 3, gunmen attacked Sofara.")
    assert e.event_date == date(2019, 6, 3) and e.time_precision == 1
    split = events("On June 3-4, clashes between the army and JNIM near Boni left ten dead.")
    assert [x.event_date.day for x in split] == [3, 4] and [x.fatalities for x in split] == [5, 5]
    # the night between two days is one event, on the day it ended
    found = events("French forces clashed with militants near Boni overnight (Jun.14-15), killing ten.")
    assert [(e.event_date, e.fatalities) for e in found] == [(date(2019, 6, 15), 10)]
    # a range longer than a week says when, not how long: one event on its first day, within the week
    found = events("Soldiers detained eleven herders near Sofara between 2 and 12 June.")
    assert [(e.event_date, e.time_precision) for e in found] == [(date(2019, 6, 2), 2)]


def test_a_battle_that_lasted_days_is_an_event_a_day():
    found = events("On June 3, CMA and GATIA fighters clashed for two days near Anefis, killing ten.")
    assert [(e.event_date, e.fatalities) for e in found] == [(date(2019, 6, 3), 5), (date(2019, 6, 4), 5)]
    # a report of one day of them is that day's event
    assert len(events("On June 3, CMA and GATIA fighters clashed for a third day near Anefis, after three days "
                      "of fighting.")) == 1
    # a sit-in announced for three days: its days are told only when dated
    assert len(events("On June 3, teachers in Bamako began a three-day sit-in.")) == 3
    assert len(events("Teachers in Bamako began a three-day sit-in.")) == 1


def test_each_village_of_a_list_is_an_event():
    found = events("On June 3, Dozo militiamen attacked the villages of Sofara and Konna, killing five civilians.")
    assert sorted(e.location for e in found) == ["Konna", "Sofara"]
    assert sorted(e.fatalities for e in found) == [2, 3]
    # the place word said again after 'and' goes on with the list
    found = events("On June 3, protesters marched in Kaya and in Dori.")
    assert sorted(e.location for e in found) == ["Dori", "Kaya"]
    # two places that bound a road are one stretch, one event
    found = events("On June 3, an IED struck an army convoy on the road linking Boni and Douentza, "
                   "killing four soldiers.")
    assert [(e.location, e.fatalities) for e in found] == [("Boni", 4)]
    found = events("On June 3, gunmen abducted two traders between the towns of Hombori and Gossi.")
    assert [e.location for e in found] == ["Hombori"]


def test_the_commune_or_town_a_village_lies_in_is_no_second_event():
    # a commune named by its seat town after a comma says where the village is, among its namesakes
    found = events("On June 3, gunmen killed a herder in Tanghin, Loumbila commune.")
    assert [(e.location, e.admin2, e.geo_precision) for e in found] == [("Tanghin", "Oubritenga", 1)]
    # a town of note a few km away is the town the place is a quarter or suburb of
    found = events("On June 3, unknown gunmen shot dead a trader in Kalaban, Bamako.")
    assert [e.location for e in found] == ["Kalaban"]
    # towns of note far apart are a list
    found = events("On June 3, protesters marched in Kaya, Dori and Djibo.")
    assert sorted(e.location for e in found) == ["Djibo", "Dori", "Kaya"]


def test_a_year_that_dates_another_event_is_not_the_events_date():
    e = one("Thousands marched in Ouagadougou in memory of a journalist who was assassinated in 1998.")
    assert e.event_date == PUB


def test_a_year_long_before_publication_is_background():
    e = one("Former policemen dismissed in 2012 demonstrated in Ouagadougou asking for their reinstatement.")
    assert e.event_date == PUB


def test_the_month_of_a_past_coup_is_not_the_date_of_an_arrest():
    e = one("Gendarmes in Bamako arrested the general who led the March 2012 military coup.")
    assert (e.sub_event_type, e.event_date) == ("Arrests", PUB)


def test_the_day_a_state_began_is_not_the_date_of_the_event_that_ends_it():
    e = one("Malian troops retook Boni, held by jihadists since 5 February.")
    assert e.event_date == PUB and "date assumed from publication" in e.tags


def test_relative_dates_and_time_precision():
    e = one("Gunmen attacked the village of Sofara last week, killing two.", published=date(2019, 6, 20))
    assert e.event_date == date(2019, 6, 13) and e.time_precision == 2


def test_an_explicit_date_outranks_a_relative_word_before_it():
    e = one("Overnight, on June 13, soldiers clashed with JNIM militants near Boni.", published=date(2019, 6, 20))
    assert (e.event_date, e.time_precision) == (date(2019, 6, 13), 1)


def test_undated_report_is_tagged_and_left_for_the_batch_lag():
    e = one("Gunmen attacked the village of Sofara, killing two.")
    assert "date assumed from publication" in e.tags
    # 'recently' says no more than that the report is news: no week-old date
    e = one("Gunmen recently attacked the village of Sofara, killing two.")
    assert "date assumed from publication" in e.tags


def test_evidence_points_at_the_words():
    text = "On June 3, JNIM militants attacked a Malian army position in Boni; the soldiers repelled the attack."
    e = one(text)
    spans = {ev.field: text[ev.start:ev.end] for ev in e.evidence}
    assert spans["location"] == "Boni" and spans["event_date"] == "June 3" and "JNIM" in spans["actor1"] + spans.get("actor2", "")
    assert spans["sub_event_type"] in ("attacked", "repelled")


def test_no_event_from_a_mere_mention():
    assert events("The fight against terrorism remains the government's priority, the minister said.") == []


def test_a_brief_with_a_place_of_any_role_reports_an_event():
    e = one("A boat travelling from Douentza to Boni was attacked with rockets, no casualties were reported.")
    assert (e.event_type, e.country, e.fatalities) == ("Violence against civilians", "Mali", 0)


def test_split_even_gives_the_rest_to_the_first():
    assert split_even(5, 2) == [3, 2] and split_even(10, 4) == [3, 3, 2, 2] and split_even(0, 3) == [0, 0, 0]


def test_where_the_actors_come_from_places_an_event_with_no_other_place():
    e = one("On June 2, villagers from Djibo attacked a customs post in Burkina Faso.")
    assert (e.location, e.admin1) == ("Djibo", "Sahel")


def test_the_seat_of_a_victims_office_places_an_event_only_where_no_other_place_does():
    assert one("On June 3, gunmen shot the mayor of Boni at a market in Douentza.").location == "Douentza"
    assert one("On June 3, gunmen abducted the imam of Kaya near Dori.").location == "Dori"
    assert one("On June 3, gunmen killed the mayor of Boni.").location == "Boni"


def test_a_department_the_admin_table_lacks_is_coded_to_its_seat_town():
    e = one("On June 2, demonstrators burned down the town hall of Sabse department in Burkina Faso.")
    assert (e.location, e.admin1, e.geo_precision) == ("Sabse", "Centre-Nord", 2)


def test_a_department_named_after_a_place_holds_it():
    # another Tanghin of the gazetteer lies in the department: that one
    e = one("On June 3, gunmen killed a herder in Tanghin locality, Loumbila department.")
    assert (e.location, e.admin1, e.admin2) == ("Tanghin", "Plateau-Central", "Oubritenga")
    # the only Sakoula it knows lies elsewhere: the department's seat places the event
    e = one("On June 3, gunmen killed a herder in Sakoula locality, Loumbila department.")
    assert (e.location, e.admin2, e.geo_precision) == ("Loumbila", "Oubritenga", 2)


def test_a_region_alone_is_coded_to_its_seat_town_with_that_towns_admin_names():
    e = one("On June 2, gunmen burned a school in the Timbuktu region.")
    assert (e.location, e.admin1, e.admin2, e.geo_precision) == ("Timbuktu", "Tombouctou", "Tombouctou", 3)
    e = one("On June 2, gunmen killed two herders in the Centre-Nord region of Burkina Faso.")
    assert (e.location, e.admin1, e.admin2, e.geo_precision) == ("Kaya", "Centre-Nord", "Sanmatenga", 3)

def test_foreign_forces_do_not_move_an_event_to_their_country():
    e = one("French troops seized a bridge in Gao. 25 Islamists were killed.")
    assert (e.country, e.location) == ("Mali", "Gao")
    assert one("On June 3, a French soldier was wounded during the mission in northern Mali.").country == "Mali"
    # ... even where no place is named: the region's country their forces fought in (states pack)
    e = one("On June 3, French troops killed three militants in an overnight raid, the French army said.")
    assert (e.country, e.actor2, e.interaction) == ("Mali", "Islamist Militia (Mali)", 38)
    # ... or where they fought at a place the gazetteer lacks: the event's country, not the most named
    e = one("On June 3, French forces clashed with militants in the area of Kelmoulwet, killing five militants.")
    assert (e.location, e.country, e.latitude) == ("Kelmoulwet", "Mali", None)
    # ... and a protest a national outlet reports about a foreign paper is in the outlet's country
    found = code_events(article("Hundreds protested against a French newspaper's cartoons of the prophet.",
                                PUB, outlet="Sidwaya")).events
    assert [(e.country, e.actor1, e.location) for e in found] == [
        ("Burkina Faso", "Protesters (Burkina Faso)", "Ouagadougou")]
    # ... also an outlet the pack does not know, cited with its country as ACLED cites sources,
    # but not a faraway one's: Egypt is where the paper is, not where the protest was
    for outlet, country in [("Radio Sahel FM (Burkina Faso)", "Burkina Faso"), ("Al Akhbar (Egypt)", "")]:
        found = code_events(article("Hundreds of teachers marched to demand the payment of their bonuses.",
                                    PUB, outlet=outlet)).events
        assert [e.country for e in found] == [country], outlet


def test_a_sentence_that_refers_back_is_the_same_event_and_may_name_its_author():
    e = one("On June 3, an army truck hit an IED near Boni in Mali, killing two soldiers. "
            "The IED was likely planted by Katiba Macina militants.")
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 2)
    assert e.actor1.startswith("JNIM") and e.actor2.startswith("Military Forces of Mali")
    # ... also where the author's name stands before the attribution verb
    e = one("On June 3, an army truck hit an IED near Boni in Mali, two soldiers were wounded. "
            "It was most likely Katiba Macina militants who planted the device.")
    assert e.actor1.startswith("JNIM") and e.assoc_actor_1 == "Katiba Macina"


def test_a_claim_or_a_death_of_wounds_on_a_later_day_is_the_same_event_and_dates_only_itself():
    e = one("On June 3, a patrol of the National Guard was ambushed near Boni, two soldiers wounded. "
            "JNIM claimed the attack on June 7. One soldier died of his wounds on June 12.")
    assert e.actor1.startswith("JNIM") and str(e.event_date) == "2019-06-03"
    assert e.fatalities == 1


def test_the_body_of_a_hostage_found_later_is_the_abduction_s_death_and_dates_only_its_finding():
    e = one("On June 3, gunmen abducted a trader in the village of Boni. "
            "His body was found on June 6 near Hombori.")
    assert (e.sub_event_type, e.fatalities, str(e.event_date), e.location) == ("Attack", 1, "2019-06-03", "Boni")


def test_a_hostage_released_later_ends_the_abduction_and_is_no_agreement_of_its_own():
    e = one("On June 3, gunmen abducted a trader in the village of Boni. He was released on June 6 near Hombori.")
    assert (e.sub_event_type, str(e.event_date), e.location) == ("Abduction/forced disappearance", "2019-06-03", "Boni")


def test_a_quiet_next_sentence_with_an_attribution_verb_names_the_author():
    e = one("On June 3, two soldiers were killed by the explosion of an IED near Boni. "
            "The device was most likely planted by Katiba Macina militants.")
    assert e.actor1.startswith("JNIM") and e.actor2.startswith("Military Forces of Mali")


def test_casualties_of_the_attack_told_are_its_own_not_another_attack():
    e = one("JNIM claimed an IED that destroyed two UN vehicles near Boni on June 3. Three people, including "
            "two peacekeepers and a driver, were wounded in the attack.")
    assert (e.sub_event_type, e.actor2) == ("Remote explosive/landmine/IED", "MINUSMA: United Nations Multidimensional "
                                            "Integrated Stabilization Mission in Mali (2013-)")
    # ... but an attack of another month the sentence recalls is not this one's
    found = events("On June 3, jihadists killed a herder in Sofara. They blamed him for hiding a wounded soldier "
                   "who fled the ambush near Boni last August.")
    assert [(e.sub_event_type, e.location) for e in found] == [("Attack", "Sofara"), ("Attack", "Boni")]


def test_a_next_sentence_of_the_same_day_places_an_event_its_first_left_unplaced():
    e = one("Three Malian soldiers were killed on Monday 3 June in an attack by gunmen on motorbikes. "
            "The attackers stormed a checkpoint on Monday and burned a truck in the town of Boni.")
    assert (e.location, e.fatalities, str(e.event_date)) == ("Boni", 3, "2019-06-03")
    # a death on another day is another event
    two = events("On June 3, gunmen killed a herder near Boni. On June 5, gunmen killed two traders in Boni.")
    assert [(str(x.event_date), x.fatalities) for x in two] == [("2019-06-03", 1), ("2019-06-05", 2)]


def test_an_attack_on_civilians_and_the_answer_to_it_are_two_events():
    found = events("On June 3, Fulani militiamen attacked the village of Sofara and killed four villagers; "
                   "Dozos intervened and drove off the attackers.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in found] == [
        ("Attack", "Civilians (Mali)", 4), ("Armed clash", "Dozo Militia", 0)]
    # an attack the army repelled, with only the attackers dead, is one battle
    e = one("On June 3, JNIM militants attacked the village of Sofara; the army repelled the attack, "
            "killing five militants.")
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 5)


def test_a_battle_and_the_killing_of_civilians_after_it_are_two_events():
    found = events("On June 3, JNIM militants clashed with Dozos in Sofara, killing three of them, before the "
                   "militants executed six villagers.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in found] == [
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims", "Dozo Militia", 3),
        ("Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", 6)]
    # the enemy's men killed after the battle are its dead, not civilians
    e = one("On June 3, soldiers clashed with militants near Boni before killing ten of them.")
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 10)


@pytest.mark.parametrize("text,expected", [
    # a people's name inside a town's is no actor: 'Bobo-Dioulasso' names no Bobo
    ("On June 3, police opened fire on a tricycle in Bobo-Dioulasso, wounding a passenger.",
     {"actor2": "Civilians (Burkina Faso)", "assoc_actor_2": ""}),
    # the group of an executed prisoner is the victim's associate
    ("On June 3, soldiers summarily executed two JNIM militants they had arrested in Boni.",
     {"actor2": "Civilians (Mali)", "assoc_actor_2": "JNIM: Group for Support of Islam and Muslims"}),
    # a fight the text says did not happen is no event
    ("On June 3, MNLA fighters took control of the town of Anefis. No clashes were reported.",
     {"sub_event_type": "Non-violent transfer of territory"}),
    ("On June 3, GATIA fighters occupied the town of Anefis. There was no report of army resistance.",
     {"sub_event_type": "Non-violent transfer of territory"}),
    ("On June 3, French troops took control of Ber airport; no reports of clashes.",
     {"sub_event_type": "Non-violent transfer of territory"}),
    # a sentence whose subject refers back goes on with the event told
    ("On June 3, JNIM militants attacked an army post in Boni. "
     "The attack began with mortar fire and an air strike, and two soldiers were killed.",
     {"sub_event_type": "Armed clash", "fatalities": 2}),
    ("On June 3, Malian troops conducted an operation against JNIM militants near Boni. "
     "The joint operation opened with an air strike, and nine militants were killed.",
     {"sub_event_type": "Armed clash", "actor1": "Military Forces of Mali (2013-2020)", "fatalities": 9}),
    # a sentence whose subject is the crowd just told says what the demonstration became
    ("On June 3, residents gathered in front of the police station in Kaya to demand the release of a trader. "
     "They then set fire to the station.",
     {"sub_event_type": "Violent demonstration", "actor1": "Rioters (Burkina Faso)"}),
    ("On June 3, hundreds gathered in front of the police station in Kaya to demand the release of a trader. "
     "The protesters then set fire to the station.", {"sub_event_type": "Violent demonstration"}),
    # killed by an unknown party: an unidentified armed group's attack, not a mob's
    ("On June 3, two Fulani herders were killed by an unknown party near Boni.",
     {"sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mali)"}),
    # a subject that received the blows is their victim, not a mob
    ("On June 3, a trader received 40 lashes in Timbuktu after militants accused him of theft.",
     {"sub_event_type": "Attack", "actor2": "Civilians (Mali)"}),
    # victims killed during an armed side's operation: that side acts
    ("On June 3, two herders were killed during a Malian army raid near Boni.",
     {"sub_event_type": "Attack", "actor1": "Military Forces of Mali (2013-2020)"}),
    # ... also after more words of the victims' clause
    ("On June 3, one militant was killed and twenty arrested during a Malian military operation near Boni.",
     {"actor1": "Military Forces of Mali (2013-2020)", "actor2": "Islamist Militia (Mali)"}),
    # reported speech without 'that': the speakers did not do what they tell
    ("On June 3, residents said gunmen attacked the village of Boni, killing two civilians.",
     {"sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mali)"}),
    # people set free are no territory retaken; a place named after the word is
    ("On June 3, JNIM militants attacked the gendarmerie in Djibo and liberated sixteen prisoners.",
     {"sub_event_type": "Armed clash"}),
    ("On June 3, the Malian army retook Boni from Ansar Dine fighters.",
     {"sub_event_type": "Government regains territory"}),
    ("On June 3, militants attacked the gendarmerie in Djibo, 55 prisoners liberated.",
     {"sub_event_type": "Armed clash"}),
    ("On June 3, Dozos raided a JNIM camp near Boni, three hostages taken the day before were also liberated.",
     {"sub_event_type": "Armed clash"}),
    # a crowd's violence with a grievance ('opposing ...', 'over the death of ...') is a demonstration
    ("On June 3, youths in Kaya, opposing the appointment of a new chief, threw stones at the car of the prefect.",
     {"sub_event_type": "Violent demonstration"}),
    # the dispersal of the protest just told, even with shots fired, is its intervention, not an attack
    ("On June 3, hundreds protested in front of the town hall in Kaya. Gendarmes dispersed the crowd with "
     "tear gas and gunshots in the air.", {"sub_event_type": "Protest with intervention"}),
    # what a protest is about is no act of its crowd: 'protested the assault against them'
    ("On June 3, students in Koudougou again protested the assault against them in their university restaurant.",
     {"sub_event_type": "Peaceful protest"}),
    # a road blocked by protesters makes the demonstration violent, as 'blocked the roads' does
    ("On June 3, students demonstrated in Koudougou to demand exams, the national road was blocked for hours.",
     {"sub_event_type": "Violent demonstration"}),
    # people taken 'to an unknown destination' are abducted
    ("On June 3, gunmen stopped a bus near Hombori and took two passengers to an unknown destination.",
     {"sub_event_type": "Abduction/forced disappearance"}),
    # a road named by its kind, blocked by a crowd, is a protest
    ("On June 3, students in Kaya blocked National Road No.3 to demand the resumption of exams.",
     {"sub_event_type": "Peaceful protest", "location": "Kaya"}),
    # a big number in a report placed in a town is no statistic
    ("Families of 120 soldiers posted to the north last year marched in Ouagadougou to demand their return.",
     {"sub_event_type": "Peaceful protest", "location": "Ouagadougou"}),
    # the people armed men threaten are the civilians of their non-violent act
    ("Non-violent activity: On June 3, presumed JNIM militants threatened voters in Boni.",
     {"sub_event_type": "Other", "actor2": "Civilians (Mali)"}),
    # aircraft with troops on the ground make a battle; the toll told after an operation is its own
    ("On June 3, French forces carried out airstrikes near Boni followed by a ground operation by commandos, "
     "killing ten JNIM militants.",
     {"sub_event_type": "Armed clash"}),
    ("On June 3, Malian forces conducted an air operation near Boni. Ten militants were killed and two captured.",
     {"sub_event_type": "Air/drone strike", "fatalities": 10}),
])
def test_one_event_details(text, expected):
    e = one(text)
    assert {field: getattr(e, field) for field in expected} == expected


def test_allied_forces_are_one_side_and_fight_the_armed_men_the_report_counts():
    e = one("On June 3, French and Malian forces conducted a joint operation near Boni. "
            "Ten militants were killed and two captured.")
    assert (e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.fatalities) == (
        "Armed clash", "Military Forces of France (2017-)", "Military Forces of Mali (2013-2020)",
        "Islamist Militia (Mali)", 10)


def test_allied_forces_who_harm_civilians_or_take_a_town_are_one_side():
    e = one("On March 12, Malian soldiers and Wagner fighters killed 14 civilians in Moura.", date(2022, 3, 20))
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (
        "Military Forces of Mali (2021-)", "Wagner Group", "Civilians (Mali)")
    e = one("On January 25, French and Malian troops regained control of Hombori.", date(2013, 1, 28))
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (
        "Military Forces of France (2012-2017)", "Military Forces of Mali (2012-2013)", "")


def test_a_coders_label_opening_a_note_names_its_kind_of_event():
    e = one("Property destruction: On June 3, JNIM militants attacked and burned the gendarmerie post in Boni.")
    assert (e.sub_event_type, e.actor1) == ("Looting/property destruction",
                                          "JNIM: Group for Support of Islam and Muslims")
    e = one("Movement of forces: On June 3, MSA fighters entered Menaka.")
    assert (e.sub_event_type, e.actor1) == ("Change to group/activity", "MSA: Movement for Azawad Salvation")
    # a word before a colon that is no label changes nothing
    assert one("Boni: On June 3, JNIM militants attacked the gendarmerie post.").sub_event_type == "Armed clash"
    # a label says the note reports an event, even with no place, day or dead of its own
    e = one("Arrests: a former minister of the deposed government was arrested on charges of fraud.")
    assert (e.sub_event_type, e.event_date) == ("Arrests", PUB)


def test_what_the_press_calls_a_group_names_it_only_in_its_years():
    def actor1(published):
        return one("On June 3, Tuareg rebels clashed with the army near Kidal.", published).actor1
    assert actor1(date(2012, 6, 8)) == "MNLA: National Movement for the Liberation of Azawad"
    assert actor1(date(2024, 6, 8)).startswith("CSP-DPA")
    assert actor1(date(2008, 6, 8)) == "Unidentified Armed Group (Mali)"
    # plain 'rebels' name the MNLA only in the first months of 2012, before the Islamists took Gao
    rebels = "On March 3, rebels attacked the army camp in Tessalit."
    assert one(rebels, date(2012, 3, 5)).actor1 == "MNLA: National Movement for the Liberation of Azawad"
    assert one(rebels, date(2013, 3, 5)).actor1 == "Unidentified Armed Group (Mali)"
    # plain 'Islamists' during the occupation of the north, 2012-2013, are the alliance Ansar Dine led
    islamists = "On March 3, Islamists whipped a couple in Timbuktu."
    assert one(islamists, date(2013, 3, 5)).actor1 == "Ansar Dine"
    assert one(islamists, date(2017, 3, 5)).actor1 == "Islamist Militia (Mali)"


def test_looting_in_an_unknown_village_is_not_placed_at_the_capital():
    e = one("On June 3, JNIM militants burned the primary school in Zzyxkoro, Mali.")
    assert e.sub_event_type == "Looting/property destruction" and e.location == "" and e.country == "Mali"


def test_a_village_the_gazetteer_lacks_keeps_its_name_and_gets_no_coordinates():
    e = one("On June 3, a mob beat a thief to death in the village of Zzyxkoro, Burkina Faso.")
    assert (e.sub_event_type, e.location, e.geo_precision, e.latitude, e.admin1) == \
        ("Mob violence", "Zzyxkoro", 1, None, "")  # not the capital, which ACLED uses only where no place is named
    assert one("On June 3, gunmen killed two herders in the area of Zzyxkoro, Mali.").geo_precision == 2


def test_a_place_the_gazetteer_lacks_between_or_off_known_ones_keeps_its_name_at_their_coordinates():
    boni = one("On June 3, gunmen ambushed a convoy near Boni.")
    between = one("On June 3, gunmen ambushed a convoy in the area of Zzyxkoro, between Boni and Hombori.")
    assert (between.location, between.geo_precision, between.admin2, between.latitude) == \
        ("Zzyxkoro", 2, boni.admin2, boni.latitude)
    off = one("On June 3, militants made an incursion in the locality of Zzyxkoro, southwest of Boni.")
    assert (off.location, off.admin1) == ("Zzyxkoro", boni.admin1)
    # beside a place only: ACLED codes the known one
    assert one("On June 3, gunmen ambushed a convoy near Zzyxkoro, axis Boni-Hombori.").location == "Boni"
    assert one("On June 3, gunmen ambushed a convoy in the area of Zzyxkoro, near Boni.").location == "Boni"


def test_a_town_of_note_misspelt_takes_its_gazetteer_name_a_village_keeps_the_texts():
    assert one("On June 3, gunmen attacked a bar in Bandigara.").location == "Bandiagara"
    # one letter from the gazetteer's Almoustarast: the coder's own spelling of a village
    assert one("On June 3, gunmen attacked the village of Almoustarat, Mali.").location == "Almoustarat"


def test_a_town_of_note_named_by_no_name_the_gazetteer_knows_takes_its_gazetteer_name():
    # 'Sikassos main market': a possessive without its apostrophe, read one letter away
    assert one("On June 3, gunmen robbed a trader near Sikassos main market.").location == "Sikasso"


def test_a_civilian_organisation_harmed_is_its_staff():
    e = one("On June 3, unknown gunmen robbed an ICRC team near Gao.")
    assert e.actor2 == "Civilians (Mali)"
    assert "ICRC: International Committee of the Red Cross and Red Crescent" in e.assoc_actor_2


def test_a_government_office_or_official_harmed_is_civilians_of_the_government():
    office = one("On June 3, unknown gunmen looted the governor's residence in Kayes.")
    assert office.sub_event_type == "Looting/property destruction" and office.actor2 == "Civilians (Mali)"
    assert office.assoc_actor_2 == "Government of Mali (2013-2020)"
    convoy = one("On June 3, an IED struck the convoy of the prefect of Dori, Burkina Faso.")
    assert convoy.event_type == "Explosions/Remote violence" and convoy.actor2 == "Civilians (Burkina Faso)"


def test_forces_who_protest_are_the_crowd_not_its_other_side():
    riot = one("On June 3, soldiers in Kati rioted over unpaid bonuses, burning tyres.")
    assert (riot.actor1, riot.assoc_actor_1, riot.actor2) == \
        ("Rioters (Mali)", "Military Forces of Mali (2013-2020)", "")
    sit_in = one("On June 3, policemen staged a sit-in in Bamako to demand better pay.")
    assert (sit_in.actor1, sit_in.assoc_actor_1, sit_in.actor2) == \
        ("Protesters (Mali)", "Police Forces of Mali (2013-2020)", "")
    # those who answer the crowd are its other side
    answered = one("On June 3, soldiers in Kati rioted over unpaid bonuses; gendarmes fired tear gas to disperse them.")
    assert answered.actor2 == "Police Forces of Mali (2013-2020) Gendarmerie"


def test_forces_a_crowd_protests_against_are_not_its_other_side():
    march = one("On June 3, residents of Sikasso marched against the gendarmerie, accusing it of abuses.")
    assert march.sub_event_type == "Peaceful protest" and march.actor2 == ""
    riot = one("On June 3, youths in Kati burned tyres in protest over the murder of a policeman.")
    assert riot.sub_event_type == "Violent demonstration" and riot.actor2 == ""
    # the police who answer them are
    answered = one("On June 3, youths in Kati burned tyres in protest over the murder of a policeman. "
                   "The police fired tear gas.")
    assert answered.actor2 == "Police Forces of Mali (2013-2020)"


def test_an_abbreviation_ends_no_sentence():
    e = one("On June 3, 9 peacekeepers wounded incl. 4 severely by an IED near Tessalit.")
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.actor2.startswith("MINUSMA")


def test_public_works_destroyed_have_no_victim_but_a_familys_goods_have_civilians():
    bridge = one("On June 3, JNIM militants blew up the bridge linking Boni and Hombori.")
    assert bridge.event_type == "Explosions/Remote violence" and bridge.actor2 == "" and bridge.interaction == 20
    antenna = one("On June 3, suspected jihadists burned the telecom antenna of Boulkessi, Mali.")
    assert antenna.sub_event_type == "Looting/property destruction" and antenna.actor2 == ""
    # the village a bridge stands near is where it stands, not whose it is
    near = one("On June 3, JNIM militants blew up a bridge on the main road near the village of Boni.")
    assert near.actor2 == "" and near.location == "Boni" and near.geo_precision == 2
    # nor are the faithful of a shrine its owners
    tombs = one("On June 3, jihadists burned the mausoleums beside the mosque of Sofara.")
    assert tombs.sub_event_type == "Looting/property destruction" and tombs.actor2 == "" and tombs.interaction == 30
    shops = one("On June 3, JNIM militants burned three shops in Boni.")
    assert shops.sub_event_type == "Looting/property destruction" and shops.actor2 == "Civilians (Mali)"


def test_captives_killed_are_an_attack_on_civilians_not_arrests():
    e = one("On June 3, soldiers arrested seven herders near Sofara, their corpses were found two days later.")
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Attack", "Civilians (Mali)", 7)
    assert one("On June 3, soldiers arrested seven herders near Sofara.").sub_event_type == "Arrests"
