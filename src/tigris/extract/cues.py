"""The wording that tells who did what to whom: generic descriptions of actors ("gunmen", "riot
police"), foreign forces, claims of responsibility, passive agents, objects and appositions.

The extractor reads these cues; each pattern's comment gives the coding rule it serves
(docs/codebook.md, "Actors").
"""

from __future__ import annotations

import re

# Descriptions that stand for generic actors when the knowledge base has no closer match.
DESCRIPTORS: tuple[tuple[re.Pattern[str], str, str, int], ...] = (
    (re.compile(r"\b(?:unidentified\s+|unknown\s+|masked\s+|armed\s+)*gunm[ae]n\b|\bunidentified\s+(?:attackers|assailants|armed\s+men|militants)\b|\bassailants\b", re.I),
     "Unidentified Armed Group (Iraq)", "armed group", 3),
    # Iraq's border guards serve under the Ministry of Interior (data/SOURCES.md, "Coding decisions").
    (re.compile(r"\briot\s+police\b|\bpolice(?:m[ae]n)?\b|\bfederal\s+police\b|\bborder\s+guards?\b", re.I),
     "Police Forces of Iraq", "state force", 1),
    (re.compile(r"\b(?:Iraqi\s+)?security\s+forces\b|\bIraqi\s+(?:forces|troops|soldiers|army)\b|\b(?:the\s+)?army\b|\bsoldiers?\b|\btroops\b", re.I),
     "Military Forces of Iraq", "state force", 1),
    # "the federal government signed …": the government of Iraq, named by its description.
    (re.compile(r"\b(?:the\s+)?(?:federal|Iraqi|central)\s+government\b|\bBaghdad\s+government\b", re.I),
     "Government of Iraq", "government", 1),
    (re.compile(r"\bprotesters\b|\bdemonstrators\b|\bactivists\b|\bprotest(?:er)?\s+movement\b", re.I), "Protesters (Iraq)", "protesters", 6),
    (re.compile(r"\brioters\b", re.I), "Rioters (Iraq)", "rioters", 5),
    (re.compile(r"\bcivilians?\b|\bresidents\b|\bpassers-by\b|\bworshippers\b|\bpilgrims\b|\bfamily\b", re.I), "Civilians (Iraq)", "civilians", 7),
)  # fmt: skip
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# "Iranian pilgrims", "US lawmakers": a nationality before people who are not a force names no
# foreign force, whatever follows them ("US lawmakers condemn drone strikes").
_NOT_A_FORCE = (
    r"pilgrims|lawmakers|officials|diplomats|citizens|nationals|tourists|visitors|journalists|reporters|"
    r"contractors|senators|congressmen|legislators|politicians|envoys?|ambassadors?|businessm[ae]n|"
    r"engineers|workers|students|doctors|medics|aid|embassy|consulate|president|government|leaders?|"
    r"media|press|television|tv|state|news|officials'|nuclear|oil|gas|trade|company|companies|firms?"
)
# Iraq's own aircraft are told the same way ("Iraqi air strikes kill …", "Iraq air strike hits …"),
# but only an air word makes "Iraqi" a force here: the army, police and "Iraqi forces" are read by
# DESCRIPTORS. Headlines write the words in capitals ("Turkish Airstrike Kills Two") or as one
# word ("airstrikes").
_IRAQI_AIR = (
    r"Iraqi?(?=\s+(?:(?:[A-Z][\w-]*\d[\w-]*|army|military)\s+)?(?i:air\s*-?\s*strikes?|airstrikes?|air\s+raids?|warplanes?|war\s+planes?|jets?|fighter\s+jets?|"
    r"aircraft|helicopters?|gunships?|drones?|air\s+force)\b)"
)
FOREIGN_FORCE = re.compile(
    rf"\b(?:(?P<adj>US|U\.S\.|American|Turkish|Iranian|Israeli|British|{_IRAQI_AIR})(?:-led)?\s+"
    rf"(?i:(?!(?:{_NOT_A_FORCE})\b)[\w-]+\s+){{0,2}}"
    r"(?=(?i:forces|troops|soldiers|military|army|navy|marines|aircraft|jets?|warplanes?|drones?|air|air-?strikes?|"
    r"strikes?|helicopters?|gunships?|artillery|shelling|shells|bombardment|personnel|service\s*members|servicem[ae]n|commandos|"
    r"(?:ballistic\s+|cruise\s+)?missiles|"
    r"convoys?|patrols?|bases?|coalition)\b)|"
    r"(?P<name>the United States|Turkey|Iran|Israel)(?=\s|$|['’]s\s+(?:defen[cs]e|military|army|armed|air)\b))"
)
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|inside|across|towards?|over|of)\s+$", re.I)
# "killed in northern Iraq air strikes": the country named as a place, with a side of it
REGION_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|inside|across|towards?|over|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|northwest|northeast|southwest|southeast)\s+)?$",
    re.I,
)
FOREIGN_FORCE_NAMES = {
    "us": "Military Forces of the United States",
    "american": "Military Forces of the United States",
    "the united states": "Military Forces of the United States",
    "turkish": "Military Forces of Turkey",
    "turkey": "Military Forces of Turkey",
    "iranian": "Military Forces of Iran",
    "israeli": "Military Forces of Israel",
    "iran": "Military Forces of Iran",
    "israel": "Military Forces of Israel",
    "british": "Military Forces of the United Kingdom",
    "iraqi": "Military Forces of Iraq",
    "iraq": "Military Forces of Iraq",
}
FOLLOWERS = re.compile(r"\b(?:followers|supporters|loyalists|members|backers)\s+of\s+(?:the\s+)?$", re.I)
CLAIM = re.compile(
    r"\b(?:claimed\s+(?:responsibility|credit|(?:the|both|all|these|those|its|two|three)\s+(?:\w+\s+){0,2}(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|operations?)|it)|"
    r"took\s+responsibility|(?:said|announced|stated)\s+"
    # "said in a statement later in the day that they had carried out the attack"
    r"(?:(?:in\s+a\s+statement|on\s+\w+|later(?:\s+(?:in\s+the\s+day|that\s+day))?|late\s+on\s+\w+)\s+){0,3}"
    r"(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged|launched|"
    r"targeted|attacked|struck|hit|shelled|bombed|fired\s+(?:on|at))|(?P<passive>(?:was|were|been|being)\s+claimed\s+by)|"
    r"(?:said|announced|stated)\s+(?:that\s+)?(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters?|members?|militants?|bombers?|men|operatives?|units?|drones?)\s+(?:had\s+)?"
    r"(?:drove|carried\s+out|detonated|blew|attacked|launched|staged|planted|fired|targeted|struck|hit|ambushed|shelled))\b",
    re.I,
)
# "Air strikes: US aircraft struck depots of Kataib Hezbollah": a side named after the event word
# that is the subject of an attack verb of its own did it.
STRIKES_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:struck|hit|bombed|shelled|fired|attacked|targeted|pounded|raided|stormed)\b", re.I
)
# "an attack claimed by Islamic State", inside the sentence that tells the attack.
CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.I)
# "…, an attack the Islamic State claimed", "…; the Islamic State later claimed it": the name told
# right before "claimed", after the event word of the same sentence, is the doer.
CLAIMED_AFTER = re.compile(
    r"^\s+(?:later\s+|swiftly\s+|quickly\s+|has\s+|had\s+|have\s+)?claimed\b(?!\s+(?:that|to)\b)", re.I
)
# "an Islamic State attack", "repelled an attack by IS militants": the group whose attack it was did it.
ATTACK_OF = re.compile(
    r"^(?:\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursions?|infiltration)\b)",
    re.I,
)
ATTACK_BY = re.compile(
    r"\b(?:(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursions?)|(?:was|were)\s+(?:attacked|ambushed|assaulted|raided|overrun|stormed))"
    r"\s+by\s+(?:the\s+)?$",
    re.I,
)
# "Five militants were killed when troops stormed their hideout": the force that acts in the clause
# that tells how the dead died did it.
ACTS_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:stormed|attacked|raided|fired|opened\s+fire|shelled|struck|ambushed|clashed|bombed|hit|shot)\b",
    re.I,
)
WHEN_BEFORE = re.compile(r"\b(?:when|as|after)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# "The army said on Monday that it had killed …", "Turkey's defence ministry said its aircraft …":
# a source that tells what its own side did is the doer.
SELF_REPORT = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){0,2}?(?:ministry|command|army|military|forces))?\s+(?:said|says|announced|stated|reported)\s+"
    r"(?:on\s+\w+\s+|late\s+on\s+\w+\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?\w+)\s+(?:had|have|has)\b",
    re.I,
)
# "came under fire from IS fighters": the name after "fire from" fired.
FIRE_FROM = re.compile(r"\b(?:fire|gunfire|attack|shelling)\s+from\s+(?:the\s+)?$", re.I)
# "clashes between Saraya al-Salam and Asaib Ahl al-Haq": the sides follow "between".
BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# "killed in a clash with Islamic State fighters", "exchanging fire with security forces": the side
# named after "with" is a party to the fight (eleventh round).
SIDE_WITH = re.compile(
    r"\b(?:clash(?:es|ed|ing)?|fight(?:ing|s)?|fought|battles?|firefights?|gunfights?|skirmish(?:es)?|"
    r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:gun)?fire)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "The US embassy compound was hit by two rockets": the subject of a passive attack verb is what
# was struck, never the doer (eleventh round).
STRUCK_PASSIVE = re.compile(
    r"^[^.;,]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|"
    r"targeted|shelled|bombed|stormed|ambushed|raided|rocketed)\b",
    re.I,
)
CLAIM_ALL = re.compile(r"\b(?:both|all|these|those|two|three)\b", re.I)
TOLL_WORDS = re.compile(
    r"\b(?:killed|killing|dead|died|death\s+toll|toll|slain|wounded|injured|hurt)\b", re.I
)
# "was shot dead", "were struck": irregular participles are passive too.
PASSIVE_VOICE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}(?:\w+ed|shot|hit|struck|slain|blown|beaten|"
    r"stabbed|caught|taken|thrown|overrun)\b|\b\w+ed\s+by\b",
    re.I,
)
# "facilities used by Kataib Hezbollah": a "by" after a verb of use, ownership or backing names
# who holds the thing, never who carried out the event.
HELD_BY = re.compile(
    r"\b(?:used|owned|run|operated|controlled|held|occupied|backed|supported|funded|financed|armed|"
    r"trained|affiliated|allied|linked|led|manned|housed|belonging|frequented|guarded)\s+by\s+(?:the\s+)?$",
    re.I,
)
PASSIVE_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
STATE_KINDS = {"state force", "government"}
ARMED_KINDS = {"state force", "armed group", "militia", "foreign force", "unidentified"}
OBJECT_OF = re.compile(
    r"\b(?:raided|attacked|assaulted|targeted|stormed|struck|hit|ambushed|shelled|bombed|surrounded|besieged|overran|overrun|"
    r"arrested|detained|seized|captured|killed|wounded|kidnapped|abducted)\s+(?:(?:an?|the|two|three|several|some)\s+)?"
    # "had killed 11 PKK militants": a count before the name
    r"(?:(?:at\s+least|more\s+than|about|some)\s+)?(?:\d[\d,]*\s+|(?:four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\s+)?$",
    re.I,
)
APPOSITION = re.compile(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:of|for|to|within)\s+(?:the\s+)?$", re.I)
# "20 soldiers killed in attacks", "PKK militants killed by Turkish strikes", "soldiers among seven
# killed": a name followed by a passive toll word is the victim, not the doer. An active verb with
# an object ("soldiers killed five militants") does not match: the toll word must end the clause or
# lead into "in/by/as/…".
VICTIM_AFTER = re.compile(
    r"^(?:\s+(?:militants?|fighters?|members?|rebels?|soldiers?|troops|policemen|officers?|personnel|"
    r"guards?|commanders?|recruits|pilgrims|civilians))?"
    r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|among\s+\w+))?"
    r"\s+(?:killed|wounded|injured|slain|dead|hurt|died)"
    r"(?=\s+(?:in|by|as|after|during|near|at|on|when|while|from|and|or|across|outside|inside)\b|\s*[,;:.—–-]|\s*$)",
    re.I,
)
# A name that reports the event ("the coalition said", "police put the toll at") is a source, not a
# party to a violent event.
_SOURCES = (
    r"(?:officials?|medics|paramedics|doctors|witnesses|sources|residents|spokesm[ae]n|spokeswoman|"
    r"ministry|hospitals?|journalists|reporters|workers|staff)\b"
)
SPEAKER_AFTER = re.compile(
    # "police and medics said", "police, medics and witnesses said": a list of sources speaks as one
    rf"^(?:(?:\s*,\s+(?:[\w-]+\s+){{0,2}}?{_SOURCES})*\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?{_SOURCES})?"
    # "a police officer said", "an army spokesman told …": the force's own man speaks for it
    r"(?:\s+(?:officers?|officials?|spokesm[ae]n|spokeswoman|sources?|commanders?|chief|statement))?"
    r"\s+(?:said|says|say|told|reported|reports|stated|put\s+(?:it|the\s+toll|the\s+figure)|"
    r"gave\s+(?:the|a)\s+(?:toll|figure))\b",
    re.I,
)
# "According to the Security Media Cell, two rockets struck …", "according to a statement from the
# police": the name after "according to" is where the account comes from.
ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:statement|report|communiqu[eé]|figures?|account|tally)\s+"
    r"(?:from|by|of|issued\s+by)\s+)?(?:the\s+)?$",
    re.I,
)
# Offices that speak for the forces ("the Security Media Cell", "the Joint Operations Command", "the
# interior ministry's media office"): when they say, announce or report an event, they are its
# source, never a party to it (unless they say their own forces did it: SELF_REPORT).
SPOKES_OFFICE = re.compile(
    r"\b(?:Media\s+(?:Cell|Unit|Office|Directorate)|Operations\s+Command|press\s+office|information\s+office)\b",
    re.I,
)
OFFICE_SPEAKS = re.compile(
    r"^(?:\s*\([^()]{1,30}\))?(?:\s+(?:also|later|earlier)|\s+on\s+\w+)?\s+"
    r"(?:said|says|announced|announces|stated|reported|reports|added|confirmed|revealed|noted|"
    r"(?:issued|released|published)\s+(?:a\s+)?statement)\b",
    re.I,
)
# "… burned pictures of its leader before police arrived": a force told as arriving after the event
# took no part in it.
ARRIVED_LATER = re.compile(r"\b(?:before|until)\s+(?:the\s+)?$", re.I)
ARRIVED = re.compile(r"^\s+(?:had\s+|could\s+)?(?:arrived|arrive|got\s+there|reached\s+the\s+scene)\b", re.I)
# Victims that are people at large ("killing 30 people", "kill 12 pilgrims"): with no armed target
# named, a bombing's target is civilians (docs/codebook.md, "Actors").
_NUMBER_WORDS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
)
PEOPLE_KILLED = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+the\s+lives\s+of)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|"
    rf"more\s+than\s+|over\s+|up\s+to\s+)?(?:\d[\d,]*|{_NUMBER_WORDS}|dozens|scores|hundreds|tens)\b"
    r"(?:\s+(?:people|persons|civilians|pilgrims|worshippers|diners|shoppers|mourners|passengers|"
    r"children|women|students|workers|labourers|laborers|residents|passers-by|villagers|"
    r"(?:\w+\s+)?(?:pilgrims|worshippers|shoppers)))?"
    # "135 people were killed": the passive counts the same dead
    r"|\b\d[\d,]*\s+(?:people\s+)?(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:dead|killed)\b",
    re.I,
)
# "the death toll from the bombing rose to 213": a toll with no one named counts people at large.
TOLL_ROSE = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]{0,80}?\b(?:rose|climbed|risen|reached|stood|stands|jumped)\s+(?:to|at)\s+"
    r"(?:more\s+than\s+|at\s+least\s+)?\d",
    re.I,
)
# A government building struck ("struck the Finance and Foreign ministries", "an attack on
# government buildings"): the target is the government.
GOVERNMENT_TARGET = re.compile(
    r"\b(?:struck|hit|hits|targeted|targeting|attacked|stormed|bombed|attacks?\s+on|bombings?\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:ministry|ministries|government\s+(?:buildings?|offices?|compound|"
    r"headquarters)|provincial\s+council|governor['’]s\s+office)\b",
    re.I,
)
# A bombing that hit a post of an armed force ("hit a checkpoint", "struck an army convoy") has an
# armed target even when no force is named: its dead are not coded as civilians.
ARMED_OBJECT = re.compile(
    r"\b(?:hit|hits|struck|strikes|targeted|targeting|attacked|at|near|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:checkpoints?|patrols?|convoys?|barracks|outposts?|military\s+bases?|army\s+bases?|police\s+stations?)\b",
    re.I,
)
# "on the anniversary of the killing of Qassem Soleimani", "in retaliation for the death of …": a
# name told as the victim of an earlier event takes no part in this one.
EARLIER_VICTIM = re.compile(
    r"\b(?:killing|death|assassination|murder|funeral|anniversary)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Words that count an armed party among the dead: then the target is that party, never civilians.
ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police|officers?|guards?|militants?|fighters?|gunmen|insurgents?|"
    r"rebels?|jihadists?|recruits|commanders?|militiamen|peshmerga|personnel|servicem[ae]n|marines)\b",
    re.I,
)
# Kurdish rebels, in a sentence that names Turkish forces, are the PKK (docs/codebook.md, "Actors").
KURDISH_REBELS = re.compile(
    r"\bKurd(?:ish)?\s+(?:rebels?|militants?|insurgents?|guerrillas?|fighters?|separatists?)\b", re.I
)
GENERIC_REBELS = re.compile(r"\b(?:rebels?|militants?|insurgents?|guerrillas?)\b", re.I)
# Where Turkey fights the PKK inside Iraq: the Kurdistan Region's border governorates, Sinjar and
# the Qandil range.
PKK_AREA_ADMIN1 = frozenset({"Duhok", "Erbil"})
PKK_AREA_NAMES = re.compile(r"^(?:Sinjar|Qandil)", re.I)
# "militants ambushed …" with no group named in the sentence: the group the story named last.
BARE_MILITANTS = re.compile(r"\b(?:militants|insurgents|jihadists)\b", re.I)
INTERVENES = re.compile(
    r"\b(?:dispersed|disperse|tear\s*gas|water\s+cannons?|fired|opened\s+fire|shot|beat|pushed\s+back|"
    r"broke\s+up|arrested|detained|clashed\s+with)\b",
    re.I,
)
# "a Turkish base came under rocket fire": what comes under fire or attack is the target, never the
# doer (the doer is unidentified unless named after "from/by").
CAME_UNDER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:came|comes|come|coming)\s+under\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fire|attacks?|assault|shelling|bombardment|siege)\b",
    re.I,
)
# "a camp was attacked by followers of the cleric X": the name after "by" did the attacking.
ATTACKED_BY = re.compile(
    r"\b(?:attacked|stormed|raided|assaulted|targeted|torched|burned|burnt|set\s+upon)\s+"
    r"(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?(?:(?:followers|supporters|loyalists|members|backers)\s+of\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
SURVIVOR = re.compile(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:survived|escaped)\b", re.I)

# "after weeks of deadly protests", "in the face of mass protests", "amid the unrest": an event
# word told as the background of another event, not as an event (docs/codebook.md, "Units").
BACKGROUND_BEFORE = re.compile(
    r"\b(?:(?:in\s+the\s+face|in\s+the\s+wake|on\s+the\s+back)\s+of|despite|"
    r"(?:days|weeks|months|years)\s+of|"
    # a relative clause describing an earlier campaign: "an offensive that had involved air strikes"
    r"\b(?:that|which)\s+(?:had|has|have)\s+(?:(?:also|already)\s+)?(?:involved|included|featured|seen|used|been\s+marked\s+by)|"
    # "shot dead … shortly after they had covered the city's protests": what the victims had done
    r"\b(?:after|before|since|when|where)\s+(?:he|she|they|the\s+\w+)\s+had\s+(?:\w+ed|been\s+\w+ing|\w+ing))"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# "is accused of organising the raid in which …": the event is referred to, not reported.
REFERRED_BEFORE = re.compile(
    r"\b(?:is|was|are|were|been|being|stands?|stood)\s+(?:\w+\s+)?(?:accused|suspected|charged|convicted|blamed|wanted)\s+(?:of|with|for)\b",
    re.I,
)
# "Kurdish and Arab protesters clashed in Kirkuk": a crowd that clashes riots.
CROWD_CLASHED = re.compile(
    r"\b(?:protesters|demonstrators|crowds?|rioters|supporters|followers)\s+(?:[\w-]+\s+){0,3}?clash(?:ed|es)\b",
    re.I,
)
FIRED = re.compile(r"\b(?:fired|opened\s+fire|shot)\b", re.I)
