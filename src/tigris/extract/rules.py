"""Event triggers: which words in a sentence report which kind of event.

Each rule maps a pattern to the ACLED type and sub-type and the PLOVER type and mode. Rules are
tried most specific first (a suicide bombing before a bombing before an attack). Protests are
classified by the most severe response to them, as the codebook asks: peaceful, with intervention,
or excessive force; a crowd that itself uses violence is a riot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tigris.types import Modality


@dataclass(frozen=True)
class Trigger:
    family: str  # protest | riot | violence | battle | strategic
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    start: int
    end: int
    word: str
    happening: bool  # a verb or phrase that says the event took place (vs a bare noun)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# Weapons found, seized, defused or intercepted before use (ACLED's "Disrupted weapons use"); a
# device that goes off early in its makers' hands too. Drones shot down stay air/drone strikes.
_WEAPON_WORDS = (
    r"(?:weapons?|arms|ammunitions?|munitions|explosives?|caches?|stash(?:es)?|depots?\s+of\s+\w+|IEDs?|VBIEDs?|"
    r"landmines?|mines|grenades|rockets?|(?:rocket\s+)?launch(?:ers|pads?)|mortars?|rifles|guns|firearms|pistols|bullets|rounds\s+of|"
    r"bombs?|(?:explosive\s+)?devices?|packages?|suicide\s+vests?|detonators?|TNT)"
)
_DISRUPTED = re.compile(
    r"\b(?:defus(?:ed|es|ing)|disarm(?:ed|s|ing)\s+(?:\w+\s+){0,3}(?:explosive|bombs?|devices?|IEDs?|belts?|vests?|mines?)|"
    r"(?:cars?|trucks?|vehicles?|lorr(?:y|ies))\s+(?:packed|loaded|laden|rigged|filled)\s+with\s+explosives\s+(?:\w+\s+){0,2}(?:was|were)\s+(?:\w+\s+)?(?:stopped|intercepted|seized|found|halted)|"
    r"dismantl(?:ed|ing)\s+(?:\w+\s+){0,3}" + _WEAPON_WORDS + r"|"
    r"(?:explosives?|devices?|bombs?|IEDs?)\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:dismantled|disarmed|detonated\s+safely)|"
    r"(?:intercept(?:ed|s|ing)|shot\s+down|shoots?\s+down|downed|interception\s+of)\s+(?:\w+\s+){0,4}(?:rockets?|missiles?|projectiles?)|"
    r"(?:rockets?|missiles?|projectiles?|drones?)\s+(?:\w+\s+){0,4}(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?intercepted|"
    r"intercept(?:ed|s|ing)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:\w+\s+){0,2}drones?|"
    r"(?:foil(?:ed|s)?|thwart(?:ed|s)?)\s+(?:an?|the|two|three|several|\d+)\s+(?:\w+\s+){0,3}(?:attacks?|bombings?|plots?|attempts?|plans?)|"
    r"(?:attacks?|bombings?|plots?|bombs?|attempts?)\s+(?:\w+\s+){0,3}(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:foiled|thwarted)|"
    r"would-be\s+(?:suicide\s+)?bombers?\s+(?:\w+\s+)?(?:was|were)\s+(?:\w+\s+)?(?:arrested|caught|detained|captured|stopped|shot|killed)|before\s+(?:he|she|they)\s+could\s+(?:blow|detonate|set\s+off)|"
    r"controlled\s+(?:explosion|detonation)|bomb\s+disposal|accidentally\s+(?:activated|detonated|exploded|set\s+off)|"
    r"premature(?:ly)?\s+(?:detonat\w+|explo\w+)|"
    r"(?:found|discovered|seized|seize|seizes|seizure\s+of|removed|detected|intercepted|recovered|uncovered|confiscated|captured|unearthed|cleared|impounded|destroyed)\s+"
    r"(?:\w+\s+){0,6}"
    + _WEAPON_WORDS
    + r"|"
    + _WEAPON_WORDS
    + r"\s+(?:\w+\s+){0,8}(?:(?:were|was|has\s+been|have\s+been|had\s+been)\s+)(?:\w+\s+)?"
    r"(?:found|discovered|seized|intercepted|recovered|uncovered|confiscated|captured|unearthed|defused|cleared|impounded|destroyed|neutrali[sz]ed)"
    r")\b",
    re.I,
)
# Ground changing hands without a fight: one side withdraws or hands over, the other moves in.
_NON_VIOLENT_TRANSFER = re.compile(
    r"\b(?:handed\s+(?:over\s+)?(?:control|authority|the\s+(?:city|town|area|territory|region))|"
    r"hand(?:ed|s|ing)?\s+over\s+(?:\w+\s+){0,3}(?:territory|city|town|areas?|region)|"
    r"(?:withdr[eaw]w?n?|withdrawing|withdraws|pulled\s+out|pulled\s+back|retreated|evacuated|(?:began|begin|begins|started)\s+leaving|left)\b[^.;]{0,120}?"
    r"(?:without\s+(?:a\s+)?(?:fight|fighting|resistance|a\s+shot|firing|clashes)|little\s+resistance|no\s+resistance|evacuation\s+deal)|"
    r"(?:took|taken|takes?|assumed|entered|regained|established|controlled|moved\s+into)\s+(?:\w+\s+){0,3}(?:control|over)?\b[^.;]{0,120}?"
    r"\b(?:after|as|when)\s+(?:\w+\s+){0,6}(?:withdr[eaw]w?n?|pulled\s+(?:out|back)|retreated|left)|"
    r"(?:withdr[ae]w?|pull(?:ed)?\s+out|retreat(?:ed)?)\s+from\s+(?:the\s+)?(?:\w+\s+){0,2}(?:city|town|village|territory)\b|"
    r"(?:entered|moved\s+into|rolled\s+into|took\s+over)\s+(?:\w+\s+){0,4}(?:without\s+(?:a\s+)?(?:fight|fighting|resistance)|unopposed)|"
    r"hand(?:ed|s|ing)?\s+(?:over\s+)?(?:[\w'’-]+\s+){1,4}to\s+(?:[\w'’-]+\s+){0,2}(?:control|authorit(?:y|ies))|"
    r"(?:handover|hand-over|transfer)\s+of\s+(?!(?:\w+\s+){0,3}(?:air\s+)?(?:bases?|barracks|power|prisoners|detainees|bodies|funds|salaries)\b)(?:[\w'’-]+\s+){1,4}to\s+(?:\w+\s+){0,3}(?:forces|troops|army|control|authorit(?:y|ies))|"
    r"hand(?:ed|s|ing)?\s+over\s+(?:\w+\s+){0,3}security\s+(?:\w+\s+){0,3}to|"
    r"hand(?:ed|s|ing)?\s+over\s+(?!(?:\w+\s+){0,3}(?:air\s+)?(?:bases?|barracks|weapons|arms|suspects?|prisoners|detainees|bodies|power)\b)(?:the\s+)?(?:[\w'’-]+\s+){1,3}to\s+(?:\w+\s+){0,2}(?:forces|troops|army|Peshmerga)\b|"
    r"(?:withdr[ae]w|pulled\s+out\s+of|left)\s+(?-i:[A-Z])\w+\s+(?:under\s+(?:\w+\s+){0,2}(?:agreement|deal|accord)|as\s+(?:\w+\s+){0,3}(?:forces|troops|army)\s+(?:advanced|moved\s+in|arrived))|"
    r"ced(?:ed|es|ing)\s+(?:control\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,4}to\s+(?:\w+\s+){0,3}(?:forces|troops|army|control|militias?|fighters)|"
    r"(?:took|taken|taking|takes?|assumed|regain\w*|seiz\w+|captur\w+|occup\w+)\s+(?:\w+\s+){0,3}(?:control|territory|towns?|cit(?:y|ies)|villages?|areas?)\b"
    r"[^.;]{0,120}?\bwithout\s+(?:\w+\s+){0,3}(?:fight|fighting|resistance|a\s+shot|(?:a\s+)?shots?\s+(?:being\s+)?fired|bloodshed|(?:armed\s+)?clash(?:es)?|battles?|combat)|"
    r"(?:territory|city|town|areas?|region|district|villages?|swath|swathe|province)\s+(?:\w+\s+){0,4}(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:handed\s+over|transferred|ceded|returned)\b"
    r")",
    re.I,
)
# Property looted or destroyed with no crowd behind it (a crowd doing it is a riot).
_PROPERTY = (
    r"(?:homes?|houses?|huts|dwellings|shops?|stores?|stalls|markets?|cars|vehicles|buses|trucks|propert(?:y|ies)|buildings?|offices?|"
    r"church(?:es)?|mosques?|temples?|shrines?|tombs?|museums?|statues|monuments?|cemeter(?:y|ies)|monaster(?:y|ies)|convents?|synagogues?|husseiniyas?|librar(?:y|ies)|ancient\s+(?:[\w'’-]+\s+)?(?:sites?|city|cities|ruins)|archaeological\s+sites?|schools|clinics|hospitals|villages|crops|fields|farms|farmland|orchards|harvests?|granaries|police\s+stations|"
    r"polling\s+stations|banks|warehouses|businesses|premises|compounds)"
)
_LOOTING = re.compile(
    r"\b(?:loot(?:ed|ing|ers)?|ransack(?:ed|ing)?|plunder(?:ed|ing)?|pillag(?:ed|ing)|vandali[sz](?:ed|ing|m)|"
    r"arson(?:ists?)?|desecrat(?:ed|ing|ion)|"
    r"torch(?:ed|ing)|set\s+(?:ablaze|alight|on\s+fire|fire\s+to)|(?:was|were)\s+set\s+(?:ablaze|alight|on\s+fire)|"
    r"burn(?:ed|t|ing)?\s+(?:down\s+)?(?:\w+\s+){0,3}"
    + _PROPERTY
    + r"|"
    + _PROPERTY
    + r"\s+(?:\w+\s+){0,4}(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:burned|burnt|destroyed|demolished|looted|razed|vandali[sz]ed|torched|gutted|"
    r"smashed|blown\s+up|bulldozed|dynamited|ransacked|plundered)|"
    r"(?:destr(?:oyed|oying|uction\s+of)|demolish(?:ed|ing)?|raz(?:ed|ing)|smash(?:ed|ing)|wreck(?:ed|ing)|blew\s+up|blow(?:s|ing)?\s+up|bulldoz(?:ed|ing)|dynamit(?:ed|ing))\s+(?:[\w'’-]+\s+){0,3}"
    + _PROPERTY
    + r"|"
    r"(?:toppl(?:ed|ing)|pull(?:ed|ing)\s+down|tore\s+down|tearing\s+down|defac(?:ed|ing)|beheaded)\s+(?:\w+\s+){0,3}(?:statues?|monuments?|memorials?|busts?)"
    r")",
    re.I,
)
# A crowd attacking people outside# A crowd attacking people outside a demonstration: lynchings, vigilantes, mobs.
_MOB = re.compile(
    r"\b(?:lynch(?:ed|es|ing)?|mob\s+(?:violence|justice|attack(?:s|ed)?)|(?:angry\s+)?mob\s+(?:\w+\s+){0,3}(?:attacked|beat|killed|lynched|set|burned|chased|torched|stoned)|"
    r"(?:by|an?)\s+(?:an?\s+)?(?:angry\s+)?(?:mob|vigilantes?)|vigilantes?\s+(?:\w+\s+){0,3}(?:killed|attacked|murdered|repelled|foiled|beat)|"
    r"villagers\s+(?:\w+\s+){0,2}(?:clashed|attacked|beat|killed)|beaten\s+to\s+death\s+by)\b",
    re.I,
)
# Ground taken by force: the sub-type (government regains / non-state actor overtakes) follows
# who took it; the extractor settles it once the actors are known.
_TERRITORY = re.compile(
    r"\b(?:(?:retakes?|retook|retaken|retaking|recaptur(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|regain(?:s|ed|ing)?|"
    r"seiz(?:e|es|ed|ing)(?:\s+back)?|takes?|took|taken|captur(?:e|es|ed|ing)|overr[ua]n|overruns|overrunning|"
    r"gain(?:s|ed)?|occup(?:y|ies|ied)(?=\s+(?:the|a|an|several|parts?|most|much|large|\d+|two|three|four|five)\b)|"
    r"recover(?:s|ed)?|wrest(?:s|ed)?|storm(?:s|ed)|cleared|purg(?:ed|ing)|fre(?:ed|es|e)|"
    r"(?:won|win|wins|took|take|takes|taken|taking)\s+back|"
    r"(?:pushed|drove|driven|drive|pushing)\s+(?:\w+\s+){0,3}(?:out|back)(?:\s+(?:\w+\s+){0,3}from)?)(?!\s+(?:place|part)\b)\s+"
    r"(?:full\s+|complete\s+|total\s+)?(?:\w+\s+){0,4}?(?:control|town|towns|city|cities|village|villages|district|districts|"
    r"areas?|ground|territory|localities|neighbou?rhoods?|hills?|hilltops?|enclave|region|strongholds?|bastion|"
    r"airport|air\s+base|positions|border\s+crossing)\b|"
    r"(?:retakes?|retook|recaptur(?:e|es|ed)|liberat(?:e|es|ed)|seiz(?:e|es|ed)|overr[ua]n|overruns)\s+(?-i:[A-Z][a-z])|"
    # a site taken back: "recaptured the hospital compound", "had retaken the refinery"
    r"(?:retakes?|retook|retaken|retaking|recaptur(?:e|es|ed|ing))\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:compound|complex|refinery|dam|oil\s*fields?|airfield|barracks|bases?|bridge|facility|hospital|university|"
    r"palace|prison|checkpoints?|crossing|mountains?|island|camp)\b|"
    # "declared that Baiji had been fully liberated"
    r"(?-i:[A-Z][a-z]+)(?:[\s-](?-i:[A-Z][a-z]+)){0,2}\s+(?:had|has|have)\s+been\s+(?:fully\s+|completely\s+|totally\s+|entirely\s+)?"
    r"(?:liberated|retaken|recaptured)\b|"
    r"(?:took|taken|takes?|seized|gained|assumed|established|regained|recovered|wrested)\s+(?:full\s+|complete\s+|total\s+)?"
    r"control\s+(?:of|over)|"
    r"(?:retaken|recaptured|liberated|captured|seized|overrun|taken\s+over|freed)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:forces|troops|army|soldiers|military|militants|jihadists|insurgents|rebels|fighters|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh)|"
    r"(?:ground|territory|control|towns?|city|villages?|district|areas?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:regained|retaken|recaptured|liberated|recovered|freed|captured|seized|overrun)|(?:fell|falls|fall)\s+to\s+(?:the\s+)?(?:\w+\s+){0,3}(?:militants|jihadists|insurgents|rebels|fighters|forces|troops|army|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh))",
    re.I,
)
# Words that make a territory change the government's (a state took the ground back).
_GOVERNMENT_TAKES = re.compile(
    r"\b(?:retakes?|retook|retaken|retaking|recaptur\w+|liberat\w+|regain\w*|seized\s+back|pushed|drove|driven|purg\w+|"
    r"fre(?:ed|es|e)\s+(?:\w+\s+){0,3}(?:towns?|cit(?:y|ies)|villages?|districts?|areas?|neighbou?rhoods?)|"
    r"(?:won|win|wins|took|take|takes|taken|taking)\s+back)\b",
    re.I,
)
# Who took the ground, from the words naming them: a state's forces or a non-state group.
_STATE_SIDE = _rx(
    r"\b(?:army|armies|troops|soldiers|military|police|(?:government|security|state|armed|regime|federal|pro-government|"
    r"(?-i:[A-Z][a-z]+(?:ian|ean|i|ese|ish|an)))\s+(?:forces|troops|units))\b"
)
_NON_STATE_SIDE = _rx(
    r"\b(?:militants|rebels?|insurgents|jihadists|fighters|militias?|militiamen|extremists|terrorists|gunmen|separatists|"
    r"tribesmen|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|Taliban|Qaeda|Shabaab|Shabab|Boko\s+Haram|Houthis?)\b"
)

_REPORTED_BY = _rx(
    r"\b(?:said|says|say|told|stated|reported|announced|added|claimed|confirmed|declared)\b[^.;]{0,60}?\bthat\s|"
    r"\baccording\s+to\s+[^,]{1,80},\s*"
)


def taker_is_state(sentence: str, trigger: Trigger) -> bool | None:
    """Whether the wording names the side that took the ground as a state's (True) or a non-state
    group's (False), or names neither (None)."""
    m = _TERRITORY.match(sentence, trigger.start)
    return _taker_is_state(sentence, m) if m else None


def _taker_is_state(sentence: str, m: re.Match[str]) -> bool | None:
    """Whether the side that took the ground is a state's (True), a non-state group (False) or unnamed
    (None): the agent of a passive ("retaken by the army"), else the first side named in the clause
    before the event word ("the army and allied fighters captured …")."""
    agent = re.search(r"\bby\s+(.*)$", m.group(0), re.I)
    if agent:
        text = agent.group(1)
    else:
        before = sentence[max(0, m.start() - 150) : m.start()]
        text = re.split(r"[;.:]\s|,\s+(?:as|while|after|when|but|and)\s", before)[-1]
        # The source of a report is not the taker: "an army spokesman said that rebels took …"
        text = _REPORTED_BY.split(text)[-1]
    state = _STATE_SIDE.search(text)
    other = _NON_STATE_SIDE.search(text)
    if state and (other is None or state.start() < other.start()):
        return True
    if other:
        return False
    return None


# Only as the sentence's (or a headline part's) opening words: a toll later in a sentence is the
# outcome of the event told before it.
_TOLL = _rx(
    r"(?:^|[;:]\s*|\s[-–—]\s)\W*(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost|around|up\s+to)\s+)?"
    r"(?:\d[\d,]*|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:killed|dead|die|died)\b"
)
# Deaths from accidents, disasters, disease or ordinary crime: a toll with these reports no political event.
_ACCIDENT = _rx(
    r"\b(?:crash(?:es|ed)?|collisions?|accidents?|floods?|flooding|floodwaters|(?:earth)?quakes?|tremors?|storms?|cyclones?|hurricanes?|typhoons?|"
    r"tornado(?:es)?|landslides?|mudslides?|avalanches?|blaze|(?:house|building|forest|bush|market|hospital|factory)\s+fires?|wildfires?|in\s+(?:a|the)\s+(?:\w+\s+)?fire\b|fires?\s+(?:that\s+)?(?:broke|swept|engulfed|gutted|raged|ripped)|"
    r"stampedes?|drown\w*|collaps\w*|heat\s*waves?|lightning|snow|rains?|outbreaks?|epidemics?|virus|covid(?:-19)?|coronavirus|cholera|"
    r"ebola|measles|diseases?|poisoning|overdoses?|derail\w*|capsiz\w*|sank|boats?|ferry|ferries|plane|bus|trains?|road|traffic|volcan\w*|"
    r"eruptions?|famine|murder\w*|stabb\w*|domestic|gangs?|robber\w*|poison\w*|adulterated|contaminated|consum(?:ed|ing))\b"
)
# Property damaged by nature or by an accident: no political event.
_NATURAL_DAMAGE = _rx(
    r"\b(?:floods?|flooding|floodwaters|(?:earth)?quakes?|tremors?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|landslides?|"
    r"mudslides?|avalanches?|wildfires?|bushfires?|forest\s+fires?|heavy\s+rains?|hail|eruptions?|lightning|short[- ]circuit|electrical\s+fault)\b"
)
# Sport told in war words ("the attack was repelled by the keeper", "battled for the title"): no
# battle where no weapon, casualty or armed force is named.
_SPORT = _rx(
    r"\b(?:goalkeepers?|keepers?|strikers?|midfielders?|defenders?|referees?|matches|match|league|tournaments?|championships?|"
    r"cup|title|scored|goals?|penalt(?:y|ies)|innings|wickets?|semi-?finals?|quarter-?finals?|finals?|coach|squad|playoffs?|derby)\b"
)
_ARMED_WORDS = _rx(
    r"\b(?:killed|killing|dead|wounded|injured|guns?|gunmen|gunfire|shot|shots|bombs?|rockets?|mortars?|shells?|troops|soldiers|"
    r"militants|insurgents|rebels|army|police|militias?|militiamen|fighters|forces|jihadists|terrorists)\b"
)
# Ground "gained" against a fire, a flood or an epidemic is no territory.
_DISASTER_FRONT = _rx(
    r"\b(?:firefighters?|fire\s*fighters?|wildfires?|bushfires?|forest\s+fires?|blazes?|floods?|floodwaters|epidemics?|virus|covid(?:-19)?|coronavirus)\b"
)

# A legislature voting to expel, remove or strip one of its members: a demand on a political actor.
_POLITICAL_VOTE = _rx(
    r"\b(?:vot(?:ed|es|ing)|motion)\s+(?:\w+\s+){0,4}?to\s+(?:expel|oust|remove|dismiss|suspend|impeach|unseat|strip)\b"
)
# A leader ordering his own side to stand down: the codebook codes a unilateral order to stop
# fighting as an agreement. An order to attack is not one.
_STAND_DOWN = _rx(
    r"\b(?:ordered|orders|told|tells|instructed|commanded|directed)\s+(?:his|her|their|its|the|all)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:supporters|fighters|followers|men|forces|troops|militiamen|members|loyalists|gunmen|partisans)\s+to\s+"
    r"(?:withdraw|pull\s+(?:out|back)|leave\s+the|stop\s+(?:the\s+)?(?:fighting|shooting|firing|attacks|clashes)|"
    r"cease\s+(?:fire|fighting)|lay\s+down|put\s+down|end\s+(?:the\s+)?(?:fighting|clashes))\b"
)
# A person captured is arrested, not ground taken: a name set off by a description ("captured Ali
# Saleh, a local commander") or by a title ("captured Sheikh Omar").
_CAPTURED_PERSON = re.compile(
    r"\bcaptur(?:ed|es|ing)\s+(?:(?:Abu|Umm|Sheikh|Shaykh|Mullah|Haji|Emir|General|Gen\.|Colonel|Col\.|Major|Dr\.)\s+[A-Z]|"
    r"[A-Z][a-z]+(?:\s+(?:(?:al|el|bin|ibn|abu)-?\s*)?[A-Z][\w'’-]+){1,3},\s+(?:an?|the|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:commanders?|leaders?|militants?|members?|emirs?|fighters?|officials?|suspects?|chief|head|"
    r"deputy|financiers?|recruiters?|operatives?|spokes(?:man|woman)|officers?|brothers?|sons?|aides?|"
    r"president|ruler|dictator|ministers?|governors?))|"
    # "seized a wanted militant leader", "caught three suspected IS members", "an ISIS emir was captured"
    r"(?i:(?:caught|catch(?:es)?|apprehend(?:ed|s)?|seiz(?:ed|es)|picked\s+up|capture\s+of|arrest\s+of)\s+"
    r"(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+|dozens\s+of\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:commanders?|leaders?|emirs?|suspects?|financiers?|officials?|bomb-?makers?|ringleaders?)\b|"
    r"(?:caught|apprehend(?:ed|s)?)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+|dozens\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:militants|members|fighters)\b|"
    r"(?:commanders?|leaders?|emirs?|officials?|suspects?|financiers?|bomb-?makers?|ringleaders?)\s+(?:\w+\s+){0,3}"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:captured|seized|caught|apprehended|picked\s+up))"
)

# (family, ACLED type, ACLED sub-type, PLOVER type, PLOVER mode, pattern, happening)
_RULES: tuple[tuple[str, str, str, str, str, re.Pattern[str], bool], ...] = (
    ("strategic", "Strategic developments", "Agreement", "AGREE", "", _STAND_DOWN, True),
    ("strategic", "Strategic developments", "Other", "DEMAND", "", _POLITICAL_VOTE, True),
    ("violence", "Explosions/Remote violence", "Chemical weapon", "FIGHT", "cbrn",
     _rx(r"\b(?:chemical\s+(?:weapons?|attacks?|munitions?|agents?|bombs?|strikes?)|chlorine|sarin|(?:sulfur\s+)?mustard\s+gas|sulfur\s+mustard|nerve\s+(?:agents?|gas)|poison(?:ous)?\s+gas(?:es)?|toxic\s+gas(?:es)?)\b"), True),
    ("violence", "Violence against civilians", "Sexual violence", "ASSAULT", "sexual",
     _rx(r"\b(?:rap(?:ed|es|ing|ists?)|rape|gang[- ]rapes?|sexual(?:ly)?\s+(?:abuse[sd]?|abusing|assault(?:ed|s)?|violence|exploit(?:ed|ation))|molest(?:ed|ation|ing)?|abused\s+(?:\w+\s+){0,2}(?:women|girls)|sex(?:ual)?\s+slave(?:s|ry)|(?:sold|traded)\s+(?:\w+\s+){0,3}(?:women|girls)\s+as\s+(?:sex\s+)?slaves)\b"), True),
    # Before disrupted weapons: "jets destroyed weapons depots" is a strike, not a seizure.
    ("violence", "Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial",
     _rx(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|armed\s+drones?|explosive[- ]laden\s+drones?|drones?\s+(?:\w+ly\s+)?(?:struck|hit|attacked|targeted|strike)|(?:shot\s+down|downed)\s+(?:\w+\s+){0,3}drones?|drones?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:downed|shot\s+down)|warplanes?|fighter\s+jets?|(?:military|coalition|war|US|Turkish|Iranian|Israeli|Russian|Syrian|Iraqi|Saudi)\s+jets?|jets?\s+(?:struck|strike|hit|bomb(?:ed)?|kill(?:ed|s)?|pounded|targeted|destroy(?:ed|s))|helicopter\s+gunships?|(?:hit|struck|targeted|attacked)\s+by\s+(?:an?\s+|two\s+|three\s+)?(?:armed\s+|explosive[- ]laden\s+)?drones?|(?:aircraft|planes|helicopters?)\s+(?:\w+\s+){0,2}(?:struck|strike|strikes|bomb|bombed|bombs|hit|hits|fired|pounded|targeted|attacked|dropped)|bombed\s+from\s+the\s+air|(?:US|U\.S\.|American|coalition|Turkish|Israeli|Iranian|Russian)(?:-led)?\s+(?:\w+\s+)?strikes?\b|aerial\s+(?:bombardment|attacks?|strikes?|bombing)|air\s+(?:bombardment|attacks?|campaign)|(?:helicopter|chopper|aerial)\s+raids?|"
        r"raids?\s+by\s+(?:[\w'’-]+\s+){0,3}(?:jets|warplanes|aircraft|helicopters|choppers|planes|drones|air\s+force)|"
        r"air\s+force\s+(?:\w+\s+){0,2}(?:kills?|killed|struck|strikes?|bombed|bombs|destroy(?:s|ed)|hit|hits|targeted|pounded))"), True),
    ("strategic", "Strategic developments", "Disrupted weapons use", "SEIZE", "",
     _DISRUPTED, True),
    ("strategic", "Strategic developments", "Headquarters or base established", "MOBILIZE", "",
     _rx(r"\b(?:establish(?:ed|es|ing)?|establishment\s+of|set(?:s|ting)?\s+up|buil[dt](?:s|ing)?|creat(?:ed|es|ing)|open(?:ed|s)|opening\s+of|construct(?:ed|s|ing)|construction\s+of)\s+(?:\w+\s+){0,5}(?:military\s+|army\s+)?(?:bases?|(?:observation|military)\s+(?:points?|posts?)|outposts?|barracks|headquarters|garrisons?)\b|\b(?:bases?|observation\s+points?|points|outposts?|barracks|headquarters)\s+(?:was|were|has\s+been|have\s+been)\s+(?:established|set\s+up|built|opened)\b"), True),
    ("strategic", "Strategic developments", "Arrests", "COERCE", "arrest", _CAPTURED_PERSON, True),
    ("territory", "Strategic developments", "Non-violent transfer of territory", "YIELD", "",
     _NON_VIOLENT_TRANSFER, True),
    ("territory", "Battles", "Government regains territory", "FIGHT", "firearms",
     _TERRITORY, True),
    ("violence", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", "suicide-attack",
     _rx(r"\bsuicide\s+(?:(?:car|truck|lorry|vehicle|tanker|motorcycle|motorbike)\s+)?(?:bomb(?:ing|er|ers|ings)?|attack(?:s|er|ers)?|car\s+bomb|vest|blasts?|explosions?)|\b(?:blew|blows?|blown)\s+(?:himself|themselves|herself)\s+up|"
        r"(?:^|[;:]\s*|\b(?:a|the|an|one|two|three|\d+)\s+)bombers?\s+(?:hits?|strikes?|struck|kills?|killed|targets?|targeted|attacks?|attacked)\b"), True),
    ("violence", "Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT", "heavy-weapons",
     _rx(r"\b(?:rockets?|katyushas?|ballistic\s+missiles?|missiles?|mortars?|mortar\s+rounds?|shelling|shelled|artillery)\b"
        r"(?!\s+(?:pacts?|treat(?:y|ies)|accords?|deals?|talks|programm?es?|programs?|development|tests?|testing|launch(?:es)?\s+tests?|defen[cs]e\s+systems?|shields?|technology|arsenals?|factor(?:y|ies)|manufactur\w+))"), True),
    ("violence", "Explosions/Remote violence", "Grenade", "ASSAULT", "explosives",
     _rx(r"\b(?:hand\s+)?grenades?\b"), True),
    ("violence", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives",
     _rx(r"\b(?:roadside\s+bombs?|improvised\s+explosive|explosive\s+devices?|\bIEDs?\b|landmines?|car\s+bombs?|sticky\s+bombs?|bomb(?:ing|ings)?\s+(?:exploded|went\s+off|struck|hit|killed)|bombs?\s+(?:exploded|went\s+off|struck|hit|killed)|bombs?\s+(?:planted|placed|hidden|left)\s+(?:[\w'’-]+\s+){0,8}(?:exploded|went\s+off|detonated)|explosions?\s+(?:hit|struck|killed|targeted|ripped)|(?:an?|the)\s+(?:bomb|explosion|blast)\b(?!-)|\bbomb(?:s|ings?)?,?\s+(?:[\w,'’-]+\s+){0,8}(?:kill|kills?|wound|wounds?|hit|hits?|targets?|injures?)\b|"
        r"detonat(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:bombs?|explosives?|devices?|IEDs?|mines?)|improvised\s+bombs?|limpet\s+(?:mines?|bombs?|blasts?)|"
        r"(?:ground|anti-tank|anti-personnel|land)\s+mines?|\bmines?\s+(?:[\w,'’-]+\s+){0,8}(?:went\s+off|exploded|detonated|blew\s+up)|"
        r"explosives?\s+(?:\w+\s+){0,2}(?:blew\s+up|exploded|went\s+off|detonated)|\b(?:bombs?|blasts?|explosions?|bombings?)\s+(?:in|at|near|on|across|targeting|hit|strike|rock)\b(?:[^.;]{0,80})\bkill|\b(?:market|car|truck|roadside|mosque|cafe)\s+(?:explosion|blast)s?\b|\bblasts?\s+(?:hits?|kills?|rocks?|strikes?)\b)"), True),
    ("violence", "Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct",
     _rx(r"\b(?:kidnap(?:ped|ping|pings|pers|s)?|abduct(?:ed|ing|ion|ions|ors|s)?|forcibly\s+disappeared|enforced\s+disappearances?|enslav(?:ed|ing)|"
        # "armed men took him from his office", "went missing after gunmen led him away"
        r"(?:gunm[ae]n|armed\s+men|militiam[ae]n|masked\s+men|militants)\s+(?:[\w'’-]+\s+){0,3}?(?:took|dragged|led|drove|whisked)(?=\s+(?:him|her|them)\s+(?:away|from|to)\b)|"
        r"(?:went|go(?:es)?|gone)\s+missing(?=\s+after\s+(?:\w+\s+){0,3}(?:gunm[ae]n|armed\s+men|militiam[ae]n|masked\s+men|militants|militias?))|"
        # "gunmen seized the activist …": a person seized is abducted, not ground taken
        r"(?:seized|snatched|grabbed|bundled\s+away)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:activists?|journalists?|lawyers?|bloggers?|"
        r"reporters?|photographers?|businessm[ae]n|doctors?|students?|clerics?|engineers?|protesters?|demonstrators?|judges?|candidates?)\b)"), True),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", "assassinate",
     _rx(r"\b(?:assassinat(?:ed|ion|ions|e)|shot\s+dead|gunned\s+down|snipers?\s+(?:fire|killed|shot)|killed\s+by\s+(?:a\s+)?sniper|killed\s+(?:an?\s+)?(?:prominent\s+)?(?:activist|journalist|researcher|analyst|civilian|lawyer|doctor)s?|gunmen\s+(?:opened\s+fire|killed|shot|attacked|stormed)|executed)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:forces|troops|army|soldiers|commandos|Peshmerga|police|military|air\s+force|(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+had)\s+(?:[\w'’-]+\s+){0,2}(?:kill|kills|killed|neutrali[sz](?:es|ed|e))(?:\s+and\s+(?:wounded|injured))?\s+(?:\d+|\w+)\s+(?:of\s+(?:the\s+)?)?(?:[\w'’\"“”-]+\s+){0,3}(?:militants?|insurgents?|jihadists?|fighters?|gunmen|elements|members?|terrorists?|rebels?|leaders?|commanders?|emirs?|governor|wali)\b|"
        r"\bkill(?:s|ed|ing)?\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|dozens|scores|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the\s+)?)?(?:[\w'’\"“”-]+\s+){0,3}(?:militants|insurgents|jihadists|terrorists|rebels)\b|"
        r"\b(?:armed\s+men|militants|insurgents|fighters|jihadists|leaders|elements|terrorists|rebels)\s+(?:\w+\s+){0,2}(?:were\s+)?[\"“']?(?:killed|neutrali[sz]ed)\b"
        r"(?!\s+(?:an?|the|his|her|their|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s)|\b(?:forces|troops|army|Peshmerga|Kurds)\s+(?:battle|battles|fight|fights|fought|attack|attacks)\s+(?:\w+\s+){0,2}(?:(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|Qaeda|al-Qaeda|militants|insurgents|jihadists)\b|\b(?:jihadists|militants|insurgents|Islamic\s+State\s+fighters|IS\s+fighters)\s+(?:attack|attacks|attacked)\s+(?:\w+\s+){0,2}(?:forces|troops|army|soldiers|police|Peshmerga|base|positions)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:attacked|ambushed|assaulted|opened\s+fire\s+on|fired\s+on|targeted|stormed)\s+(?:[\w'’-]+\s+){0,3}(?:checkpoints?|patrols?|police(?:men)?|soldiers|troops|army|outposts?|posts?|positions|convoys?|barracks|forces'?|militants|insurgents|rebels|terrorists|jihadists)\b|"
        # "PKK fighters killed two Turkish soldiers": armed men killing a force fight it
        r"\bkill(?:s|ed|ing)\s+(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:soldiers?|troops|policem[ae]n|police\s+officers?|servicem[ae]n|Peshmerga|border\s+guards?|army\s+officers?)\b"), True),
    # Fighting told without "clash": exchanges of fire, assaults on bases, attacks repelled, offensives.
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:fire\s*fights?\b|fire\s+exchanges?|exchanges?\s+of\s+(?:gun)?fire|shoot-?outs?|gun-?battles?|trad(?:ed|ing)\s+(?:gun)?fire|"
         # "came under fire from IS fighters", "engaged IS militants", "infiltrated their lines"
         r"c(?:a|o)mes?\s+under\s+(?:heavy\s+|sniper\s+|small[- ]arms\s+|machine[- ]gun\s+)?(?:fire|gunfire|attack)|"
         r"engag(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:militants|insurgents|fighters|jihadists|gunmen|rebels|cells?)\b|"
         r"infiltrat(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:lines|positions|posts?|defen[cs]es|base|outposts?)\b|"
         r"engag(?:ed|es|ing)\s+(?:\w+\s+){0,2}(?:clashes|fighting|combat|battles?|gunfights?|firefights?)|"
         r"(?:soldiers|troops|policemen|police\s+officers|servicem[ae]n|security\s+forces|members\s+of\s+the\s+(?:\w+\s+){0,2}forces|Peshmerga|personnel)\s+"
         r"(?:[\w'’-]+\s+){0,6}(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead)\s+in\s+(?:[\w'’-]+\s+){0,3}"
         r"(?:attacks?|ambush(?:es)?|assaults?|raids?|fighting|clashes|battles?)|"
         r"(?:fended\s+off|repulsed|beat\s+back|pushed\s+back|repelled)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}(?:attacks?|assaults?|offensives?|advances?|incursions?|infiltration)|"
         r"(?<!team's\s)(?<!side's\s)(?:attacks?|assaults?|offensives?|advances?|incursions?|infiltration(?:\s+attempts?)?)\b(?![^.;]*\b(?:goalkeeper|keeper|goal|match|striker|defender|team|game)\b)[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
         r"(?:\w+\s+)?(?:fended\s+off|repulsed|repelled|beaten\s+back|pushed\s+back)|"
         # "An army post near Tarmiyah was attacked by Islamic State fighters"
         r"(?:checkpoints?|patrols?|posts?|outposts?|positions|convoys?|bases?|barracks)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+"
         r"(?:attacked|ambushed|stormed|assaulted|overrun)\s+by\b|"
         r"(?:attacked|raided|stormed|assaulted|overran|set\s+upon)\s+(?:an?\s+|the\s+|several\s+|two\s+)?(?:[\w'’-]+\s+){0,3}"
         r"(?:bases|base|barracks|outposts?|garrisons?|(?:military|army|police|rebel|militant|training)\s+camps?)\b|"
         r"battl(?:e|es|ed|ing)\s+(?:toward|towards|into|through)\b|battl(?:ed|ing|es)\s+for\b|"
         r"(?:battle|fighting|clashes)\s+(?:rages?|raged|raging|continues?|intensifie[sd]|erupt(?:s|ed)?)\b|"
         r"(?:fighting|clashes|battles?),?\s+(?:[\w,'’-]+\s+){0,8}(?:kills?|killed|leaves?\s+\d+\s+dead)\b|"
         r"(?:push(?:es|ed)?|advance[sd]?|march(?:es|ed)?|mov(?:es|ed))\s+deeper\s+into\b|"
         r"launch(?:es|ed)?\s+(?:an?\s+|the\s+)?(?:major\s+|new\s+|fresh\s+|large-scale\s+|ground\s+|final\s+)?"
         r"(?:assault|offensive|counter-?attack|counter-?offensive)s?\s+(?:on|against)\b|"
         r"(?:\d+|dozens|scores|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,3}"
         r"(?:soldiers|troops|policemen|servicemen|Peshmerga|militants|insurgents|fighters)\s+(?:(?:were|have\s+been|reportedly)\s+)?(?:killed|dead)\b)"), True),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", "firearms",
     _rx(r"\b(?:gunm[ae]n|militiam[ae]n|militants|assailants|attackers|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|jihadists)\s+(?:\w+\s+){0,5}(?:attacked|attacks?|opened\s+fire|killed|kills?|kill|shot|shoot|stormed|storms?|executed|executes?|execute|beheaded|behead|massacred|"
        r"murdered|murders?|stabbed|slaughtered|tortured|slit)\b|"
        # "a shepherd was killed by gunmen"
        r"\b(?:killed|murdered|stabbed|shot(?:\s+dead)?|gunned\s+down|executed|tortured)(?=\s+by\s+(?:unknown\s+|unidentified\s+|masked\s+|armed\s+)?(?:gunm[ae]n|militants|militiam[ae]n|armed\s+men|assailants|attackers|jihadists)\b)|"
        # "bodies bearing signs of torture", "bound and blindfolded"
        r"\bbod(?:y|ies)\s+(?:[\w,'’-]+\s+){0,8}?(?:bearing|bore|with|showing|had)\s+(?:\w+\s+){0,2}(?:signs|marks|traces)\s+of\s+torture|"
        r"\b(?:bound\s+and\s+blindfolded|blindfolded\s+and\s+(?:bound|handcuffed|shot)|handcuffed\s+and\s+blindfolded|tortured\s+to\s+death|beaten\s+to\s+death|beat\s+(?:\w+\s+){0,2}to\s+death|slit\s+(?:\w+\s+){0,2}throats?)\b|"
        r"\bsprayed\s+(?:[\w'’-]+\s+){0,6}with\s+(?:bullets|gunfire)|"
        # "soldiers shot dead two unarmed farmers", "policemen killed an unarmed man"
        r"\b(?:killed|killing|shot|shooting|gunned\s+down)\s+(?:dead\s+)?(?:an?\s+|two\s+|three\s+|four\s+|\d+\s+)?unarmed\b|\b(?:attacks?|violence|unrest|gunfire|shootings?|bombers|gunmen)\s+(?:[\w,'’-]+\s+){0,5}(?:kills?|kill|leaves?\s+\d+\s+dead)\b|\b(?:killed|dead|died)\s+in\s+(?:[\w'’-]+\s+){0,2}(?:attacks?|assault|violence|shootings?)\b|\b(?:massacre[ds]?|executed|beheaded)\b|"
        r"\b(?:armed\s+men|bandits|attackers|assailants)\s+(?:\w+\s+){0,5}(?:attacked|opened\s+fire|killed|shot|stormed)\b|"
        r"\b(?:militants|gunmen|armed\s+men|attackers)\b[^.;]{0,80}\bopened\s+fire\b|"
        r"\b(?:raided|attacked|stormed|broke\s+into)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}(?:villages?|hamlets?|homes?|houses?|camps?)\b[^.;]{0,80}?"
        r"\bkill(?:ing|ed)\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}(?:villagers|civilians|residents|people|farmers|women|children|men|family\s+members|famil(?:y|ies)|guests)\b|"
        r"\bopened\s+fire\s+(?:on|at)\s+(?:\w+\s+){0,3}(?:civilians|farmers|villagers|worshippers|residents|people|passengers|students|shoppers|crowds?|mourners|pilgrims)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"(?<!final\s)(?<!football\s)(?<!cup\s)\b(?:clash(?:ed|es|ing)?|firefights?|gunfights?|gun\s+battles?|exchang(?:ed|ing)\s+fire|exchange\s+of\s+fire|ambush(?:ed|es)?|fought|fighting\s+(?:between|with|broke|raged)|battl(?:ed|ing)|battles?\s+with|battles?\s+(?:militants|insurgents|jihadists|rebels)|heavy\s+fighting|repel(?:s|led)?|killed\s+in\s+(?:[\w'’-]+\s+){0,2}(?:fighting|clashes|battles?))\b"), True),
    # Hostages taken with no killing told first (an attack that also takes hostages stays an attack).
    ("violence", "Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct",
     _rx(r"\b(?:(?:took|taking|takes|seized|seizes|seizing)\s+(?:(?:at\s+least|about|some|more\s+than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+dozen|dozens|scores|hundreds|several|many)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:hostages|(?:people|civilians|passengers|workers|villagers|students|pupils|guests|tourists|worshippers|staff|engineers|soldiers|policemen|men|women|children)\s+hostage)|"
        r"(?:was|were|been|being)\s+(?:\w+\s+)?taken\s+hostage|hostage-?taking)\b"), True),
    # A toll with no weapon or side named ("15 dead in Baghdad violence"); accidents are left out.
    ("violence", "Violence against civilians", "Attack", "ASSAULT", "",
     _TOLL, True),
    ("strategic", "Strategic developments", "Arrests", "COERCE", "arrest",
     _rx(r"\b(?:arrested|arrests?\s+(?:\d+|\w+\s+(?:suspects?|members|people|men))|"
        r"(?:dismantl(?:ed|es|ing)|broke\s+up|busted|smashed)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:cells?|networks?)\b|"
        r"(?:cells?|networks?)\s+(?:\w+\s+){0,3}(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:dismantled|broken\s+up|busted)|"
        r"arrests?\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:leaders?|commanders?|emirs?|officials?|suspects?|militants|members|activists?|journalists?|governors?|ministers?)\b|house\s+arrest|(?:placed|put|kept|held)\s+under\s+arrest|"
        r"captur(?:ed|es|ing)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:(?!from\b)[\w'’-]+\s+){0,3}(?:commanders?|leaders?|militants|insurgents|suspects?|emirs?|bomb-?makers?|ringleaders?|masterminds?|operatives?)\b|detained|detains|detain|rounded\s+up|took\s+into\s+custody|taken\s+into\s+custody|arrest\s+warrant|arrests\s+of|apprehended|nabbed)\b"), True),
    ("strategic", "Strategic developments", "Agreement", "AGREE", "",
     _rx(r"\b(?:agreed\s+(?:(?:in|last|this|early|late)\s+\w+\s+)?(?:to|on)|agrees\s+(?:to|on)|"
        r"(?:swapped|swap|swaps|traded|trade)\s+(?:\w+\s+){0,2}(?:prisoners|detainees|bodies|captives)|"
        r"(?:turned|turn|turns|gave|give|gives|handed|hand|hands)\s+themselves\s+(?:in|up|over)|"
        r"signed\s+(?:an?\s+)?(?:agreement|deal|accord|memorandum)|"
        # "struck a security pact", "the signing of the accord", "a memorandum was signed"
        r"(?:sign(?:ed|ing)|signing\s+of|struck|concluded|conclude[sd]?|brokered|brokers?|inked|inks?|reached|reach(?:es)?)\s+"
        r"(?:an?\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:agreements?|deals?|accords?|memorand(?:um|a)|pacts?|treat(?:y|ies)|understanding)|"
        r"(?:agreements?|deals?|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|pacts?|treat(?:y|ies))\s+(?:\w+\s+){0,3}(?:was|were|has\s+been|had\s+been)\s+signed|"
        # a group's own halt: "announced a suspension of attacks", "a freeze on its activities"
        r"(?:(?:froze|freez(?:e|es|ing)|suspen(?:ded|ds?|sion))\s+(?:on\s+|of\s+)?(?:the\s+)?activit(?:y|ies)\s+of)|"
        r"(?:suspen(?:sion|ded|ds?)|halt(?:ed|s)?|freez(?:e|es)|froze|truce)\s+(?:of\s+|to\s+|on\s+)?(?:its\s+|their\s+|all\s+|his\s+)?(?:armed\s+|military\s+)?(?:attacks|operations|activities)|"
        r"(?:released|freed|releases|frees|release\s+of)\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d[\d,]*|dozens|hundreds|scores|thousands|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?(?:\w+\s+){0,2}(?:prisoners|detainees)|(?:an\s+|the\s+)?agreement\s+(?:between|with)|truces?|cease-?fires?|peace\s+(?:deal|agreement|accord|talks|treaty)|reached\s+(?:an?\s+)?(?:deal|agreement)|"
        r"exchang(?:ed|e)\s+(?:of\s+)?(?:\w+\s+){0,2}(?:prisoners|detainees|bodies)|prisoners?\s+(?:exchange|swap)|surrender(?:ed|s)?\s+(?:to|their|themselves)|ha(?:ve|s)\s+surrendered|laid\s+down\s+(?:their\s+)?arms)\b"), True),
    ("strategic", "Strategic developments", "Other", "CONSULT", "visit",
     _rx(r"\b(?:arrived\s+(?:in|at)\s+(?-i:[A-Z])|met\s+(?!(?:with\s+)?(?:(?:little|no|fierce|stiff|heavy|strong|some|limited|minimal|light|only\s+\w+)\s+)?(?:resistance|criticism|silence|anger|force|tear|live|gunfire|bullets|opposition|fire)\b)|meets\s+|held\s+talks|meeting\s+with|visited|hosted)"), True),
    ("strategic", "Strategic developments", "Other", "CONCEDE", "",
     _rx(r"\b(?:resigned|resignation|sworn\s+in|took\s+office|dismissed|sacked|was\s+appointed|"
        r"step(?:ped|s|ping)?\s+down|(?:took|takes|taken)\s+the\s+oath(?:\s+of\s+office)?|went\s+to\s+the\s+polls|"
        r"(?:governor|chief|commander|minister|director|speaker|mayor|head)\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:removed|replaced|ousted|fired)\b|relieved\s+(?:\w+\s+){0,2}of\s+(?:his|her|their)\s+(?:duties|post|command|position)|"
        r"(?:appoint(?:ed|s)?|nam(?:ed|es)|install(?:ed|s)?|designat(?:ed|es)|elect(?:ed|s)|picked|chose)\s+(?:an?\s+|the\s+)?new\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:chief|head|commander|governor|minister|director|speaker|leader|mayor|president|prime\s+minister|cabinet)|"
        r"(?:elect(?:ed|s)|designat(?:ed|es))\s+(?:[\w'’,-]+\s+){1,8}?as\s+(?:(?:its|their|the|his|her)\s+)?(?:new\s+)?(?:speaker|president|prime\s+minister|governor|leader|head|chairman|premier)|"
        r"(?:was|were)\s+(?:installed|designated|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:\w+\s+){0,2}(?:speaker|president|prime\s+minister|premier|governor|leader|head|chairman)|"
        r"approved\s+(?:the\s+)?(?:new\s+)?(?:cabinet|government)|(?:fired|ousted|removed|replaced)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:chief|commander|governor|minister|director)\b(?!\s+(?:of\s+)?(?:at|on)\b)|"
        r"quit\s+(?:parliament|the\s+(?:government|cabinet|parliament)|(?:his|her|their)\s+(?:post|seats?))|withdrawal\s+from\s+politics|"
        r"certifi(?:ed|es)\s+(?:the\s+)?(?:\w+\s+){0,2}results|(?:announced|declared)\s+(?:the\s+)?(?:final\s+|preliminary\s+|official\s+)?(?:election\s+)?results|"
        r"(?:voted|vote|votes)\s+in\s+(?:\w+\s+){0,2}(?:elections?|polls?|referendum)|held\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+){0,2}(?:elections?|referendum)|named\s+as\s+prime\s+minister|won\s+a\s+confidence\s+vote|(?:named|appointed)\s+(?:[\w'’-]+\s+){1,4}as\s+(?:(?:its|their|the|his|her)\s+)?(?:new\s+|acting\s+|interim\s+)?(?:chief|head|leader|commander|prime\s+minister|president|minister|spokes(?:man|woman|person)|deputy|governor|director|chairman)|won\s+(?:\w+\s+){0,3}seats|won\s+(?:the|a|an)\s+(?:\w+\s+)?(?:election|vote|majority)|"
        r"end(?:ed|s)\s+(?:the\s+|his\s+|her\s+)?(?:parliamentary\s+)?membership\s+of|"
        r"remov(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,4}from\s+(?:office|power|(?:his|her|their|the)\s+(?:post|posts|position|seat)s?)|"
        r"(?:quit(?:s|ting)?|retir(?:ed|es|ing)\s+from|withdr(?:ew|aw|awing)\s+from)\s+politics)\b"), True),
    ("strategic", "Strategic developments", "Change to group/activity", "MOBILIZE", "troops",
     _rx(r"\b(?:deployed|deploys|sent\s+(?:troops|reinforcements)|reinforcements|reinforced|redeployed|withdrew\s+(?:its\s+)?(?:troops|forces)|handed\s+over\s+(?:the\s+)?base|"
        r"(?:hand(?:ed|s|ing)?\s+over|handover\s+of|transferr(?:ed|ing)|withdr(?:ew|aws|awing|awn)\s+(?:\w+\s+){0,3}from|withdrawal\s+from|pull(?:ed|s)?\s+out\s+of|vacat(?:ed|es))\s+"
        r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:air\s+)?(?:bases?|barracks|garrisons?)\b|"
        r"(?:complet(?:ed|es)|finish(?:ed|es)|began|begins)\s+(?:\w+\s+){0,2}(?:withdrawal|pull-?out|drawdown)|withdrawal\s+of\s+(?:\w+\s+){0,3}(?:troops|forces|fighters)|"
        r"(?:disband(?:ed|s|ing)?|dissolv(?:ed|es|ing)|merg(?:ed|es|ing)|integrat(?:ed|es|ing)|absorb(?:ed|s|ing)|rebrand(?:ed|s|ing)|renam(?:ed|es|ing))\s+(?:\w+\s+){0,4}?"
        r"(?:militias?|brigades?|battalions?|factions?|armed\s+groups?|wings?|(?-i:[A-Z]\w+)\s+(?:Army|Brigades|Forces|Councils))\b|"
        r"(?:militias?|brigades?|battalions?|factions?|Army|Forces|groups?|wing|councils|units?)\s+(?:\w+\s+){0,3}(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?"
        r"(?:disbanded|dissolved|merged|integrated|absorbed|rebranded)|"
        r"(?:military|armed)\s+parades?|paraded\s+(?:\w+\s+){0,3}(?:fighters|weapons|troops|vehicles|missiles)|"
        r"(?:units?|brigades?|fighters|forces|militias?|factions?)\s+(?:\w+\s+){0,2}held\s+(?:an?\s+|their\s+|its\s+)?(?:\w+\s+)?parade|"
        r"(?:dissolution|disbanding|disbandment|merger)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:militias?|brigades?|factions?|wings?|(?-i:[A-Z]\w+)\s+(?:Army|Brigades|Forces))\b|"
        r"(?:troops|forces|soldiers)\s+(?:\w+\s+){0,2}(?:left|leaves?|crossed\s+(?:the\s+border\s+)?into|moved\s+into|entered)\s+(?:(?:northern|southern|western|eastern)\s+)?(?-i:[A-Z])|"
        r"mov(?:ed|es|ing)\s+(?:\w+\s+){0,2}(?:troops|forces|reinforcements|units)\s+(?:to|into|towards?)|"
        r"(?:troops|forces|reinforcements|soldiers|fighters|units|convoys?|brigades?)\s+(?:\w+\s+){0,3}(?:arrived|arrives?)\s+(?:in|at)\b|"
        r"defect(?:ed|s|ion|ions)|dispatch(?:ed|es)\s+(?:\w+\s+){0,4}(?:troops|forces|units|soldiers|fighters|convoys?|vehicles|reinforcements)|"
        r"(?:pull(?:s|ed)?|pulling)\s+back|show\s+of\s+force|"
        r"(?:formed|set\s+up|created|launched|established|formation\s+of)\s+(?:\w+\s+){0,3}(?:units?|brigades?|battalions?|militias?|force|wing|entity|organi[sz]ation|group|division)\b|"
        r"(?:units?|brigades?|battalions?|wing|entity|militia|force|councils?)\s+(?:\w+\s+){0,6}(?:has\s+been|have\s+been|was|were)\s+(?:set\s+up|formed|created|established))"), True),
    # Bans on parties, groups or gatherings imposed by an authority (a curfew after unrest is no event).
    ("strategic", "Strategic developments", "Other", "RESTRICT", "",
     _rx(r"\b(?:(?:bann(?:ed|ing)|bans|outlaw(?:ed|s|ing)|proscrib(?:ed|es|ing))\s+(?:the\s+|all\s+|any\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:part(?:y|ies)|groups?|movements?|organi[sz]ations?|militias?|factions?|rall(?:y|ies)|protests?|demonstrations?|gatherings?|marches)\b)"), True),
    ("strategic", "Strategic developments", "Looting/property destruction", "ASSAULT", "",
     _LOOTING, True),
)  # fmt: skip

_PROTEST = _rx(
    r"\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|"
    r"took\s+to\s+the\s+streets|protest\s+camps?|encampments?|gathered\s+in|"
    # "Huge crowds back in Tahrir Square today": a crowd told at a place is a gathering
    r"(?:crowds|thousands|hundreds)\s+(?:were\s+|are\s+)?(?:back|again)\s+(?:in|at|on)|"
    # strikes, pickets and other forms of demonstration ACLED codes as protests
    r"went\s+on\s+(?:an?\s+)?(?:\w+\s+)?strike|(?:general|labou?r|workers'?|nationwide|national|teachers'?|doctors'?|hunger)\s+strikes?|"
    r"strikers|human\s+chains?|picket(?:s|ed|ing)?|die-ins?|walk-?outs?)\b"
)
# Crowd-control weapons or a dispersal tell of a gathering even when no protest word names it.
_CROWD_CONTROL = _rx(
    r"\b(?:(?:fired|fire|fires|firing|used|uses|lobbed|shot)\s+(?:\w+\s+){0,3}(?:tear\s*gas|teargas|water\s+cannons?|rubber\s+bullets|pepper\s+spray)|"
    r"dispers(?:ed|ing|es|e)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:crowds?|gatherings?)|(?:crowds?|gatherings?)\s+(?:\w+\s+){0,3}(?:were|was)\s+dispersed)\b"
)
# Checked before protests: a protest's dispersal may involve rape, a crowd may be gassed.
_FIRST: tuple[tuple[str, str, str, str, str, re.Pattern[str]], ...] = tuple(
    (family, etype, sub, ptype, pmode, pattern)
    for family, etype, sub, ptype, pmode, pattern, _ in _RULES
    if sub in ("Chemical weapon", "Sexual violence") or pattern is _STAND_DOWN
)
# The protest word describes a person, not a demonstration ("a protest leader was shot dead").
_NOT_A_PROTEST = _rx(
    r"\bprotest\s+(?:leaders?|organi[sz]ers?|figures?|activists?|movement)\b|"
    r"\b(?:organi[sz]ers?|leaders?|figures?|members?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}protests?\b|"
    # a protest named as a charge, not told: "arrested for organising an illegal protest"
    r"\b(?:organi[sz]ing|inciting|incitement\s+to|charges?\s+(?:of|related\s+to)|bann(?:ed|ing)|bans|prohibit(?:ed|s|ing))\s+(?:\w+\s+){0,3}"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)\b"
)
_MILITARY_MARCH = _rx(
    r"\b(?:troops|forces|army|soldiers|fighters|militants|units)\s+(?:\w+\s+){0,3}march(?:ed|es|ing)?\s+(?:on|into|towards?|deeper)\b|"
    r"\bmarch(?:ed|es|ing)?\s+deeper\s+into\b"
)
_CRIME = _rx(
    r"\b(?:drugs?|narcotics?|captagon|cocaine|heroin|hashish|smuggl\w+|traffick\w+|theft|thie(?:f|ves)|robber(?:y|ies|s)|burglar\w*|"
    r"fraud|bribe\w*|embezzl\w+|counterfeit\w*|car\s+thieves|kidnapping\s+gang|migrants?|illegal\s+(?:immigra\w+|migration|border\s+crossings?)|pornograph\w+)\b"
)
# A kidnapping for ransom with no armed group named is crime ("police freed a boy kidnapped for ransom").
_RANSOM = _rx(r"\bfor\s+(?:a\s+)?ransom\b|\bransom\s+(?:of|demand)")
_ARMED_KIDNAPPERS = _rx(
    r"\b(?:gunm[ae]n|militias?|militiam[ae]n|militants|insurgents|armed\s+(?:men|group|faction)s?|Islamic\s+State|(?-i:IS|ISIS)|Daesh|factions?)\b"
)
_NOT_POLITICAL = _rx(
    r"\b(?:gas\s+(?:explosion|leak(?:age)?|cylinder|container|tank)|(?:boiler|furnace|tanker|transformer|pipeline|reactor)s?\s+(?:\w+\s+){0,3}explo\w+|"
    r"(?:chemical|gas|oil|power|fertili[sz]er|industrial)\s+plant|leak(?:age|ed|s)?\b|spill(?:ed|s)?\b|warehouse|factory|"
    # diplomats recalled or summoned (expelled ones are caught by "expel"); diplomats among the
    # victims of an attack or a kidnapping are victims like any others
    r"sanctions|expel(?:led|s)?\b|expulsions?|(?:recall\w*|summon\w*|withdr[ae]w\w*)\s+(?:\w+\s+){0,3}diplomats|"
    r"missile\s+tests?|test(?:ed|s|ing)?\s+(?:\w+\s+){0,3}(?:missiles?|rockets?)|(?:robbery|robbers|burglary|heist)\b)"
)
_PROTEST_HAPPENING = _rx(
    r"\b(?:held|staged|took\s+place|gathered|marched|protested|rallied|demonstrated|took\s+to\s+the\s+streets|"
    r"participated|joined|turned\s+out|filled|poured|blocked|(?:taken|take|takes|taking)\s+to\s+the\s+streets|marching|"
    r"(?:die|died|dies|killed)\s+in\s+(?:\w+\s+){0,2}(?:crackdown|clashes|protests?|demonstrations?)|attacked|raided|stormed|dispersed|cleared|burned|torched|"
    r"suppressed|detained|arrested|broke\s+up|broken\s+up|used|clashed|beat|beaten|halted|"
    r"erupted|rioted|marred|descended|walked|went\s+on|brought)\b"
)
_EXCESSIVE = _rx(
    r"\b(?:live\s+(?:ammunition|fire|rounds|bullets)|open(?:ed|ing)\s+fire|fired\s+(?:on|at|into)|shot\s+(?:dead|at)|sniper|"
    r"killed|killing|massacre|shooting\s+(?:at|on)|gunfire|excessive\s+force|"
    r"(?:protesters|demonstrators|marchers|activists|students|people)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)|"
    r"(?:injur|wound)(?:ed|ing)\s+(?:at\s+least\s+)?(?:\d+|dozens|scores|hundreds|several|many)\s+(?:of\s+(?:the\s+)?)?"
    r"(?:protesters|demonstrators|marchers|activists|students))\b"
)
# Armed men who fire on a crowd when no state force is named (docs/codebook.md, "Excessive force by
# armed men"): gunmen, militiamen, or a leader's followers.
_ARMED_ATTACKERS = _rx(
    r"\b(?:gunm[ae]n|armed\s+men|militiam[ae]n|militias?|masked\s+men|"
    r"(?:followers|supporters|loyalists)\s+of)\b"
)
# A response told as lethal or brutal without naming the force ("violently dispersed", "a deadly crackdown").
_EXCESSIVE_SELF = _rx(
    r"\b(?:violently\s+(?:suppress\w*|dispers\w*|broke\s+up|break(?:ing)?\s+up|crack\w*\s+down|attack\w*)|"
    r"(?:deadly|bloody|lethal|brutal)\s+crackdown|(?:die|died|dies|killed)\s+in\s+(?:\w+\s+){0,2}crackdown)\b"
)
_INTERVENTION = _rx(
    r"\b(?:tear\s*gas|teargas|dispers(?:ed|e|al|ing)|water\s+cannon|rubber\s+bullets|stun\s+grenades|arrested|"
    r"arrests?\s+(?:of\s+)?(?:at\s+least\s+)?(?:\d+|dozens|scores|hundreds|several|many|some)|"
    r"detain(?:ed)?|beat(?:en|ing)?|burn(?:ed|t|ing)\s+(?:the\s+)?tents|tents?\s+(?:were\s+)?(?:burned|burnt|torched)|"
    r"cleared|raided|stormed|attacked|broke\s+up|crackdown|cracked\s+down|forcibly\s+removed|ended\s+the\s+sit-?in|"
    r"suppress(?:ed|es|ing)?|pepper[- ]spray(?:ed)?|baton[- ]charg(?:ed|e|es)|batons|halt(?:ed)?\s+(?:the\s+)?(?:\w+\s+){0,2}(?:march|protest|rally|event|demonstration)|"
    r"prevented|drag(?:ged)?|(?:dispersing|dispersed)\s+(?:the\s+)?crowds?)\b(?!\s+(?:on\s+their\s+own|peacefully|without\s+incident))"
)
_CROWD = r"(?:protesters|protester|demonstrators|demonstrator|crowds?|mobs?|supporters|followers|youths|rioters|students|marchers)"
_RIOT = _rx(
    r"\b(?:rioters|riot(?:ed|ing|s)?\b(?!\s+police)|(?<!non-)(?<!non)violent\s+(?:protests?|demonstrations?)|"
    + _CROWD
    + r"\s+(?:[\w'’-]+\s+){0,8}(?:set\s+fire|set\s+(?:\w+\s+){0,4}(?:ablaze|alight|on\s+fire)|torched|burned\s+down|burned|stormed|storm|hurled|hurling|pelted|"
    r"thr(?:ew|owing|ow)\s+(?:\w+\s+){0,2}(?:stones|rocks|petrol|molotov|bottles|fire\s*bombs|firebombs)|ransacked|smash(?:ed|ing)|broke\s+(?:into|through)|"
    r"attacked\s+(?:the\s+)?(?:\w+\s+){0,2}(?:police|security|offices?|headquarters|building|consulate|embassy)|clash(?:ed|ing)?\s+with|armed\s+with|"
    r"(?:tried|trying|attempted|attempting)\s+to\s+(?:storm|break\s+into|force\s+(?:their\s+way\s+)?into|loot|torch|burn|climb)|"
    r"opened\s+fire|(?:used|fired)\s+(?:live\s+(?:ammunition|rounds|bullets)|guns|firearms))|"
    r"(?:clash(?:ed|es|ing)?)\s+with\s+(?:[\w'’-]+\s+){0,3}" + _CROWD + r"|"
    r"(?:molotov\s+cocktails?|petrol\s+bombs?|fire\s*bombs?)\b|"
    r"(?:set\s+fire\s+to|torched)\s+(?:the\s+)?(?:\w+\s+){0,4}(?:consulate|embassy|headquarters|offices?|building|compound)|"
    r"clash(?:ed|es|ing)?\s+(?:[\w'’-]+\s+){1,2}with\s+(?:[\w'’-]+\s+){0,3}" + _CROWD + r"|"
    r"clash(?:ed|es|ing)?\s+(?:\w+\s+){0,2}between\s+[^.;]{0,60}?\b" + _CROWD + r"|"
    r"thr(?:ew|owing|ow|ows)\s+(?:\w+\s+){0,2}(?:stones|rocks|bottles|bricks|petrol\s+bombs|molotov|fire\s*bombs)\s+at\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:police|security|troops|soldiers|officers|vehicles?))"
)
# With a demonstration told, the crowd's own violence makes it a riot (ACLED's violent demonstration).
_RIOT_IN_PROTEST = _rx(
    r"\b(?:turned\s+violent|(?:descended|degenerated|spiral+ed|erupted|turned)\s+into\s+(?:[\w'’-]+\s+){0,6}(?:violence|clashes|chaos|riots?)|"
    r"marred\s+by\s+(?:\w+\s+)?(?:violence|clashes)|(?:violence|clashes|scuffles|fighting)\s+(?:(?:that|which)\s+)?(?:boil\w*\s+over|flared|erupted|broke\s+out)|scuffl(?:es?|ed)|"
    r"smash(?:ed|ing)|set\s+(?:\w+\s+){0,3}(?:ablaze|alight|on\s+fire)|(?:set|were|was)\s+ablaze|loot(?:ed|ing)|vandali[sz]\w*|barricades|"
    # "some of them broke in and set fire to its contents"
    r"set\s+fire\s+to|torched|broke\s+in(?:to)?|"
    r"thr(?:ew|owing|ow)\s+(?:\w+\s+){0,2}(?:stones|rocks|bottles|bricks|petrol|molotov|fire\s*bombs|firebombs)|hurl(?:ed|ing)|pelt(?:ed|ing)|"
    r"(?:attack(?:ed|ing)|assault(?:ed|ing))\s+(?:the\s+)?(?:riot\s+)?police|(?<!non-)(?<!non)(?:violent|aggressive|rowdy|unruly)\s+(?:protests?|protesters|demonstrations?|demonstrators|crowds?|mobs?)|rampage[ds]?)\b"
)
CROWD_VIOLENCE = _RIOT_IN_PROTEST
CROWD_CONTROL = _CROWD_CONTROL
# The crowd told fighting the force, or told as violent: a riot even where the force's response was
# lethal (ACLED keeps excessive force for force used on a peaceful crowd).
_CROWD_FIGHTS = _rx(
    r"\b(?:clash(?:ed|es|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:with|between)\s+(?:[\w'’-]+\s+){0,4}?"
    + _CROWD
    + r"|"
    + _CROWD
    + r"\s+(?:[\w'’-]+\s+){0,3}?(?:clash(?:ed|es|ing)?|fought)\s+(?:with\s+)?(?:the\s+)?(?:\w+\s+)?(?:police|security|troops|soldiers|forces)|"
    + _CROWD
    + r"\s+armed\s+with|(?<!non-)(?<!non)(?:violent|aggressive|rowdy|unruly)\s+"
    + _CROWD
    + r")\b"
)
_ANNOUNCE = _rx(
    r"\b(?:announced\s+(?:plans|that|a)|called\s+(?:for|on)|urged|will\s+hold|plans?\s+to\s+hold|planned\s+to\s+hold)\b"
)
_CALLED_BY = _rx(r"\b(?:was|were|had\s+been)\s+(?:called|announced|organi[sz]ed)\s+by\b")
STATE_FORCE_WORDS = _rx(
    r"\b(?:security\s+forces|riot\s+police|police|troops|soldiers|army|Iraqi\s+forces|forces|SWAT|federal\s+police|"
    r"anti-?riot|rapid\s+response|counter-?terrorism|militia(?:men|s)?|gunmen)\b"
)

_HAPPENED = _rx(
    r"\b(?:struck|strikes?\s+(?:on|against)|hit|landed|fell|targeted|killed|killing|wounded|injured|exploded|attacked|"
    r"fired|launched|carried\s+out|detonated|went\s+off|shot|seized|arrested|detained|met|meets|signed|agreed|"
    r"clashed|ambushed|kidnapped|abducted|deployed|resigned|dismissed|appointed|sworn|took\s+office|raided|"
    r"stormed|bombed|shelled|blew|set\s+off|assassinated|executed|gunned|broke\s+out|erupted|visited|held|hosted|"
    r"withdrew|redeployed|announced|confirmed|approved|voted|died|dead|"
    # headline present tense: "Car bomb kills 8", "Militants seize town", "Rockets hit base"
    r"kills?|hits|strikes|attacks?|seizes?|captures?|takes|retakes?|recaptures?|clash|storms?|targets|"
    r"ambushes|bombs|shells|blasts|explodes|wounds|injures|arrests?|detains?|kidnaps?|abducts?|meets|signs|"
    r"breaks|repels?|frees?|liberates?|defused|dismantled|found|discovered|intercepted|established|set\s+up|torched|"
    r"looted|ransacked|burned|burnt|destroyed|withdrew|pulled|handed|surrendered|defected|dispatched|raped|used|"
    r"dropped|overr[ua]n|recaptured|retook|took|entered|lynched|executes?|ambushed|fought|exchanged|"
    r"kill|bomb|shell|seize|capture|retake|recapture|overrun|pound(?:ed|s)?|suppressed|dispersed|fired|"
    r"surrounded|arrived|named|won|downed|"
    r"captured|gained|taken|liberated|regained|recovered|freed|opened|engaged|drove|driven|pushed|pushes|push|"
    r"battles?|battled|erupts?|erupted|strike|falls?|take|dies?|target|targeted|launch(?:es)?|pound|enters?|storm|"
    r"fights?|blows?|blown|overran|raid(?:s|ed)?|repulsed|fended|left|leaving|killing|vandali[sz]ed|razed|demolished|smashed|"
    r"toppled|went\s+on\s+(?:an?\s+)?(?:\w+\s+)?(?:spree|rampage)|pull(?:s|ing)?\s+(?:back|out)|withdraws?|deploys?|"
    r"concluded|reached|released|brokered|inked|signs?|ordered|elect(?:ed|s)|certified|stepped|relieved|quit|sacked|designated|installed|"
    r"cleared|uncovered|neutrali[sz]ed|foiled|thwarted|imposed|banned|disbanded|dissolved|merged|caught|apprehend(?:ed|s)?|picked|set\s+(?:on\s+)?(?:fire|ablaze|alight)|transferred|began|"
    r"completed|built|ceded|declared|staged|agrees?|swapped|swaps?|turned|gave|froze|ended|crossed|moved|removed|replaced|"
    r"went|stopped|disarmed|bulldozed|dynamited|stepped)\b"
)
_HEDGES = _rx(
    r"\b(?:reportedly|apparently|allegedly|was\s+said\s+to|were\s+said\s+to|is\s+said\s+to|pointed\s+to|points\s+to|"
    r"suggest(?:s|ed)?|appears?\s+to|appeared\s+to|unconfirmed|rumou?red|may\s+have|might\s+have|it\s+is\s+believed|"
    r"according\s+to\s+(?:unconfirmed|unverified))\b"
)
_DENIALS = _rx(
    r"\b(?:denied|denies|deny|rejected\s+(?:claims|reports|accusations)|dismissed\s+(?:claims|reports))\b"
)
DENIAL_WORDS = _DENIALS
_PLANNED = _rx(
    r"\b(?:will\s+(?:hold|stage|march|protest|meet|sign)|plans?\s+to|planned|is\s+expected\s+to|are\s+expected\s+to|"
    r"scheduled|upcoming|called\s+for\s+(?:a|an)\s+)\b"
)
_HYPOTHETICAL = _rx(
    r"\b(?:if\s|could|would|might|fears?|feared|threatened\s+to|"
    r"threaten(?:ed|s|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:strike|walk-?out|boycott|protest|sit-?in|march)|warned\s+(?:of|that)|risk\s+of|in\s+case\s+of)\b"
)
_BACKGROUND = _rx(
    r"\b(?:have\s+been|has\s+been|had\s+been)\s+(?:involved|taking\s+part|part\s+of|protesting|demonstrating)|"
    r"^\W*since\s+(?:the|his|her|their|its)\b|\bsince\s+they\s+began\b|"
    r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:began|started|erupted|broke\s+out)\b|\bever\s+since\b|\bused\s+to\b|\bhas\s+a\s+history\b|\bhistory\s+of\b"
)
# A habit told of the event word's own clause: "rocket attacks on the airport have become almost
# weekly", "the base has been targeted repeatedly" report no one event.
_HABITUAL = _rx(
    r"\b(?:have|has)\s+become\s+(?:almost\s+|nearly\s+|increasingly\s+|more\s+)?(?:weekly|daily|monthly|routine|common|frequent|regular|commonplace)\b|"
    r"\b(?:have|has)\s+been\s+(?:targeted|attacked|hit|struck|shelled)\s+(?:repeatedly|many\s+times|several\s+times|again\s+and\s+again)\b"
)

# A forecast in the sentence's main clause ("more strikes are expected", "attacks are likely
# this week") reports no event.
_FORECAST = _rx(
    r"^[^,;]*?\b(?:is|are)\s+(?:(?:very|highly|more|most)\s+)?(?:likely|expected|possible)\b(?!\s+to\s+have)"
)
# An event word that names an alleged plan or an event only referred to is not the event told:
# "suspected of planning rocket attacks", "congratulated them on the recapture of the city".
_REFERRED = _rx(
    r"(?:\b(?:suspected|accused|charged|convicted|guilty)\s+of\s+(?:\w+\s+){0,3}|"
    r"\b(?:planning|plotting|preparing|plotted|planned)\s+(?:to\s+\w+\s+)?(?:(?:a|an|the|new|more|further)\s+)?(?:\w+\s+){0,1}|"
    r"\b(?:on|for|after|since|following|over|marking|celebrat\w+|congratulat\w+|despite)\s+the\s+|"
    # "arrested two suspects in the rocket attack": the attack is an earlier one
    r"\b(?:suspects?|perpetrators?|culprits?|those\s+responsible)\s+(?:\w+\s+){0,2}(?:in|of|for|behind|over)\s+(?:the|an?|last\s+\w+'s)\s+(?:\w+\s+){0,1}|"
    r"\b(?:who|that|which)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|staged|masterminded|orchestrated|been\s+behind|was\s+behind|were\s+behind)\s+"
    r"(?:(?:a|an|the|several|many|numerous|multiple)\s+)?(?:\w+\s+){0,2})$"
)
_ARRIVED_FORCE = _rx(
    r"\b(?:troops|forces|reinforcements|soldiers|fighters|units|convoys?|militants|brigades?)\b[^.;]{0,30}$"
)


def _told(pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The first match of ``pattern`` that tells an event rather than referring to one."""
    for m in pattern.finditer(sentence):
        if _REFERRED.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue
        if m.group(0).lower().startswith("arrived") and _ARRIVED_FORCE.search(sentence[: m.start()]):
            continue  # troops arriving: a deployment, not a visit
        return m
    return None


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|of|early|late|mid|since|until|by|last|next|this|from|to)\s+|\d\s+|-)$", re.I
)


def _is_month(m: re.Match[str]) -> bool:
    """'March' the month ("on March 11", "in March", "11 March"), not a march."""
    if m.group(0).lower() != "march":
        return False
    after = m.string[m.end() : m.end() + 6]
    before = m.string[max(0, m.start() - 8) : m.start()]
    if re.match(r"\s*\d", after) or re.search(r"\d\s+$", before):
        return True
    return m.group(0) == "March" and (m.start() > 0 or bool(_MONTH_CONTEXT.search(before)))


def classify(sentence: str) -> Trigger | None:
    """The event a sentence reports, if any (the most specific rule that fires)."""
    for family, etype, sub, ptype, pmode, pattern in _FIRST:
        m = pattern.search(sentence)
        if m and _NOT_POLITICAL.search(sentence):
            return None  # a gas leak, a diplomatic row over an old poisoning
        if m:
            return Trigger(family, etype, sub, ptype, pmode, m.start(), m.end(), m.group(0), True)
    protest = next((m for m in _PROTEST.finditer(sentence) if not _is_month(m)), None)
    if protest and _NOT_A_PROTEST.search(sentence[max(0, protest.start() - 40) : protest.end() + 25]):
        protest = next((m for m in _PROTEST.finditer(sentence, protest.end()) if not _is_month(m)), None)
    if protest and _MILITARY_MARCH.search(sentence):
        protest = None  # troops marching on a town, not a demonstration
    crowd_control_only = False
    if protest is None:
        # tear gas fired, a crowd dispersed: usually the end of a gathering told before, so a new
        # event only where the sentence dates it (happening stays False)
        protest = _CROWD_CONTROL.search(sentence)
        crowd_control_only = protest is not None
    announce = _ANNOUNCE.search(sentence)
    called = _CALLED_BY.search(sentence)
    if protest and called and called.start() > protest.start():
        announce = called
    if protest and announce and (announce.start() < protest.start() or announce is called):
        return Trigger(
            "strategic", "Strategic developments", "Other", "DEMAND", "",
            announce.start(), announce.end(), announce.group(0), True,
        )  # fmt: skip
    mob = _MOB.search(sentence)
    if mob:
        return Trigger(
            "riot", "Riots", "Mob violence", "PROTEST", "riot", mob.start(), mob.end(), mob.group(0), True
        )
    riot = _RIOT.search(sentence)
    if (
        riot
        and not protest
        and not re.search(_CROWD, sentence, re.I)
        and not re.match(r"(?:riot|violent|thr)", riot.group(0), re.I)
    ):
        riot = None  # fire set by no crowd: property destruction, coded below
    if riot is None and protest:
        riot = _RIOT_IN_PROTEST.search(sentence)
    excessive = _EXCESSIVE.search(sentence) if protest else None
    if (
        riot
        and excessive
        and excessive.start() < riot.start()
        and STATE_FORCE_WORDS.search(sentence)
        and not _CROWD_FIGHTS.search(sentence)
    ):
        riot = None  # the force's fire is the main act told: excessive force against protesters
    if riot:
        sub = "Violent demonstration"
        return Trigger("riot", "Riots", sub, "PROTEST", "riot", riot.start(), riot.end(), riot.group(0), True)
    if protest:
        happening = not crowd_control_only and (
            bool(_PROTEST_HAPPENING.search(sentence)) or protest.group(0).lower().endswith("ed")
        )
        if (
            _EXCESSIVE.search(sentence)
            and (STATE_FORCE_WORDS.search(sentence) or _ARMED_ATTACKERS.search(sentence))
        ) or _EXCESSIVE_SELF.search(sentence):
            sub, mode = "Excessive force against protesters", "demo-org"
        elif _INTERVENTION.search(sentence):
            sub, mode = "Protest with intervention", "demo-org"
        else:
            sub, mode = "Peaceful protest", "demo-org"
        return Trigger(
            "protest",
            "Protests",
            sub,
            "PROTEST",
            mode,
            protest.start(),
            protest.end(),
            protest.group(0),
            happening,
        )
    for family, etype, sub, ptype, pmode, pattern, _ in _RULES:
        m = _told(pattern, sentence)
        if m and sub == "Arrests" and _CRIME.search(sentence):
            return None  # an arrest for ordinary crime is not a political event
        if (
            m
            and sub.startswith("Abduction")
            and _RANSOM.search(sentence)
            and not _ARMED_KIDNAPPERS.search(sentence)
        ):
            return None  # a kidnapping for ransom by no armed group is crime
        if m and family == "territory" and _DISASTER_FRONT.search(sentence):
            return None
        if (
            m
            and family in ("battle", "territory")
            and _SPORT.search(sentence)
            and not _ARMED_WORDS.search(sentence)
        ):
            return None  # a match told in war words
        if m and pattern is _LOOTING and _NATURAL_DAMAGE.search(sentence):
            return None  # homes destroyed by a flood, an earthquake or a storm
        if m and pattern is _TOLL and _ACCIDENT.search(sentence):
            return None  # deaths in a crash, a flood, an epidemic or a crime
        if (
            m
            and family in ("violence", "strategic")
            and pattern is not _POLITICAL_VOTE
            and _NOT_POLITICAL.search(sentence)
        ):
            return None  # an accident, a weapons test, a robbery, a diplomatic row: no political event
        if m and family == "territory" and sub != "Non-violent transfer of territory":
            state = _taker_is_state(sentence, m)
            if state is None:
                state = bool(_GOVERNMENT_TAKES.search(sentence))
            if not state:
                sub = "Non-state actor overtakes territory"
        if m and sub in _GROUND_EXPLOSIVES:
            family, etype, sub, ptype, pmode, m = _first_named_explosive(
                sentence, (family, etype, sub, ptype, pmode, m)
            )
        # "fired missiles and armed drones at the camps", "attacked with drones and rockets": of a
        # heavy weapon and an aircraft listed together, the one named first decides
        first = _HEAVY_THEN_AIR.search(sentence, 0, m.end()) if m and sub == "Air/drone strike" else None
        if m and sub == "Shelling/artillery/missile attack":
            first = _AIR_THEN_HEAVY.search(sentence, 0, m.end())
        if m and first is not None and first.start() < m.start():
            sub, pmode = (
                ("Air/drone strike", "aerial")
                if sub != "Air/drone strike"
                else ("Shelling/artillery/missile attack", "heavy-weapons")
            )
            m = first
        if m:
            happening = bool(_HAPPENED.search(sentence))
            return Trigger(family, etype, sub, ptype, pmode, m.start(), m.end(), m.group(0), happening)
    return None


# Shelling, grenades and planted bombs in one sentence: the weapon named first decides ("Five car
# bombs and a volley of mortar rounds struck …" is a bombing), as a coder reads the lead.
_GROUND_EXPLOSIVES = frozenset(
    {"Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"}
)


# "missiles and armed drones", "rockets, drones": a heavy weapon listed before an aircraft.
_HEAVY_THEN_AIR = re.compile(
    r"\b(?:(?:ballistic\s+|cruise\s+)?missiles?|rockets?|katyushas?|mortars?|mortar\s+rounds|artillery|shells)"
    r"(?=\s*(?:,|and|or|as\s+well\s+as)\s+(?:[\w-]+\s+){0,2}?(?:drones?|aircraft|warplanes?|jets?|helicopters?|air\s*strikes?)\b)",
    re.I,
)

_AIR_THEN_HEAVY = re.compile(
    r"\b(?:drones?|warplanes?|jets?|helicopters?)"
    r"(?=\s*(?:,|and|or|as\s+well\s+as)\s+(?:[\w-]+\s+){0,2}?(?:(?:ballistic\s+|cruise\s+)?missiles?|rockets?|"
    r"katyushas?|mortars?|mortar\s+rounds|artillery|shells)\b)",
    re.I,
)


def _first_named_explosive(
    sentence: str, found: tuple[str, str, str, str, str, re.Match[str]]
) -> tuple[str, str, str, str, str, re.Match[str]]:
    best = found
    for family, etype, sub, ptype, pmode, pattern, _ in _RULES:
        if sub not in _GROUND_EXPLOSIVES or sub == found[2]:
            continue
        m = _told(pattern, sentence)
        if m is not None and m.start() < best[5].start():
            best = (family, etype, sub, ptype, pmode, m)
    return best


def modality(sentence: str, trigger: Trigger) -> Modality | None:
    """How the sentence holds the event; None when it is background, not an event report."""
    if _BACKGROUND.search(sentence):
        return None
    habit = _HABITUAL.search(sentence, trigger.start)
    if habit and not re.search(r"[;:]|,\s+(?:and|but|while)\s", sentence[trigger.end : habit.start()]):
        return None
    forecast = _FORECAST.search(sentence)
    if forecast and forecast.end() > trigger.start:
        return None  # "further strikes are expected": a forecast, not an event
    if _DENIALS.search(sentence):
        return "denied"
    planned = _PLANNED.search(sentence)
    if trigger.family != "strategic" and planned and planned.start() < trigger.end + 20:
        return "planned"  # "will hold a rally"; not "angered by a planned burning" told after the event
    m = _HYPOTHETICAL.search(sentence)
    if m and m.start() < trigger.start:
        return "hypothetical"
    if _HEDGES.search(sentence):
        return "claimed"
    return "asserted"
