"""The wording that tells who did what to whom: generic descriptions of actors ("gunmen", "riot
police"), foreign forces, claims of responsibility, passive agents, objects and appositions.

The extractor reads these cues; each pattern's comment gives the coding rule it serves
(docs/codebook.md, "Actors").
"""

from __future__ import annotations

import datetime as dt
import re

# Descriptions that stand for generic actors when the knowledge base has no closer match.
DESCRIPTORS: tuple[tuple[re.Pattern[str], str, str, int], ...] = (
    (re.compile(r"\b(?:unidentified\s+|unknown\s+|masked\s+|armed\s+)*gunm[ae]n\b|\bunidentified\s+(?:attackers|assailants|armed\s+men|militants)\b|\bassailants\b|"
                # eleventh session: "Attackers return and blow up the minarets": no group named
                r"(?<!the\s)\battackers\b|"
                # ninth session: "militiamen looted shops", "armed men stopped the bus": no group named
                r"(?<!Shia\s)(?<!Shiite\s)(?<!Shi'ite\s)(?<!Shi’ite\s)(?<!Sunni\s)(?<!tribal\s)\b(?:militiam[ae]n|armed\s+men)\b", re.I),
     "Unidentified Armed Group (Iraq)", "armed group", 3),
    # session 13: the Sunni tribal councils the US paid to fight al-Qaeda in Iraq from 2006, told by their
    # men ("Awakening fighters", "Sahwa members", "an Awakening council") (Wikipedia: Sons of Iraq)
    (re.compile(r"\b(?:Awakening|Sahwa)\s+(?:(?i:councils?|council's|movement)\s+)?(?i:fighters|members|militiam[ae]n|"
                r"gunmen|men|forces|guards|patrols?|volunteers|leaders?|chiefs?|commanders?|checkpoints?|units?|"
                r"offices?|headquarters)\b|\b(?:Awakening|Sahwa)\s+(?i:councils?)\b"),
     "Anbar Awakening", "militia", 3),
    # Iraq's border guards serve under the Ministry of Interior (data/SOURCES.md, "Coding decisions").
    (re.compile(r"\briot\s+police\b|(?<!military )(?<!Military )\bpolice(?:m[ae]n)?\b|\bfederal\s+police\b|\bborder\s+guards?\b", re.I),
     "Police Forces of Iraq", "state force", 1),
    # the military police are soldiers: "Military police detained a number of the looters"
    # ninth session: "a military commander killed in the battles south of Mosul"
    (re.compile(r"\bmilitary\s+(?:police|camp|barracks|commanders?|officers?)\b|"
                # session 13: "executed hundreds of air force cadets captured near Tikrit": trainees of
                # the forces are the forces
                r"\bair\s+force\s+(?:cadets|recruits|officers|pilots|personnel)\b|\b(?:military|army)\s+cadets\b|\b(?:Iraqi\s+)?security\s+forces\b|\bIraqi\s+(?:forces|troops|soldiers|army|commandos|special\s+forces)\b|\bfederal\s+(?:security\s+)?(?:forces|troops)\b|\b(?:the\s+)?army\b|(?<!foreign )(?<!Unknown )(?<!unknown )\bsoldiers?\b|(?<!foreign )\btroops\b|\bgovernment\s+forces\b|"
                # eighth session: "gunmen beat back the armed forces near Baiji"
                # session 8 review: not the Kurdistan Region's ("the Kurdistan Region's armed forces")
                r"(?<!Region's )(?<!Region’s )(?<!Kurdish )\b(?:the\s+)?armed\s+forces\b", re.I),
     "Military Forces of Iraq", "state force", 1),
    # "the federal government signed …": the government of Iraq, named by its description.
    # "Iraqi Kurds take villages from IS": Kurds told as fighting are the Kurdistan Region's forces
    (re.compile(r"(?<!rebel )(?<!militant )(?<!separatist )(?<!guerrilla )\b(?:Iraqi\s+)?Kurds(?=\s+(?:take|took|retake|retook|recapture[sd]?|capture[sd]?|seize[sd]?|push(?:ed)?|"
                r"advance[sd]?|attack(?:ed|s)?|fight|fought|repel(?:led|s)?|clash(?:ed)?|kill(?:ed|s)?|liberate[sd]?)\b)", re.I),
     "Peshmerga", "state force", 1),
    # gold4: "Iraqi intelligence officers have apprehended …": the intelligence service answers to the
    # prime minister (the knowledge base's "Iraqi intelligence service" is the Government of Iraq)
    (re.compile(r"\b(?:the\s+)?(?:federal|Iraqi|central)\s+government\b|\bBaghdad\s+government\b|"
                r"\bIraqi\s+intelligence\s+(?:officers|agents|operatives)\b|"
                # ninth session: "intelligence officers arrested two men in Abu Ghraib", no other state named
                r"(?<!Turkish )(?<!Iranian )(?<!Kurdish )(?<!American )(?<!US )(?<!U\.S\. )(?<!British )(?<!Syrian )"
                r"(?<!Israeli )(?<!Asayish )(?<!KRG )(?<!Region's )(?<!Region’s )\bintelligence\s+(?:officers|agents|operatives|"
                # session 14: "an attack on the intelligence HQ in Kirkuk": the service that holds it is struck
                r"headquarters|HQ|building|offices?|directorate|compound)\b",
                re.I),
     "Government of Iraq", "government", 1),
    (re.compile(r"\bprotesters\b|\bdemonstrators\b|\bactivists\b|\bprotest(?:er)?\s+movement\b", re.I), "Protesters (Iraq)", "protesters", 6),
    (re.compile(r"\brioters\b", re.I), "Rioters (Iraq)", "rioters", 5),
    (re.compile(r"\bcivilians?\b|\bresidents\b|\bpassers?-by\b|\bpassers?by\b|\bworshippers\b|\bpilgrims\b|\bfamily\b|"
                r"\b(?:the\s+|a\s+)(?:journalist|reporter|cameraman|photographer)\b", re.I), "Civilians (Iraq)", "civilians", 7),
)  # fmt: skip
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# "men wearing police commando uniforms", "gunmen posing as soldiers": a force's dress or name put on
# by others names no force.
DISGUISE_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,2}?\s+(?:uniforms?|fatigues|outfits?|vehicles\s+stolen)\b", re.I
)
DISGUISE_BEFORE = re.compile(
    r"\b(?:posing\s+as|disguised\s+as|dressed\s+as|impersonating|pretending\s+to\s+be)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?$",
    re.I,
)
# "police said they had found the bodies of 20 men": who finds the dead did not kill them.
FOUND_DEAD_AFTER = re.compile(
    r"^(?:\s+(?:said|say|says|reported)\s+(?:that\s+)?(?:they|it)\s+(?:had|have|has))?(?:\s+(?:\w+ly|later|then))?\s+"
    r"(?:found|discovered|recovered|retrieved|pulled|unearthed|exhumed)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    # "where security forces later found the launcher": who found the weapon took no part either
    r"(?:bod(?:y|ies)|corpses?|remains|mass\s+graves?|launch(?:ers?|pads?)|launching\s+(?:pads?|sites?|points?))\b",
    re.I,
)
# "detained a number of the looters", "arrested two of the attackers": the doers of the event told
# before, named by what they did.
CULPRITS = re.compile(
    r"\b(?:arrested|detained|captured|seized|rounded\s+up|apprehended|caught)\s+(?:(?:a\s+number|some|several|most|all|one|two|three|four|five|\d+|many)\s+of\s+)?"
    r"the\s+(?:suspected\s+)?(?:looters|attackers|assailants|kidnappers|abductors|perpetrators|culprits|bombers|gunmen|rioters|arsonists)\b",
    re.I,
)
# Looting or destruction of what belongs to people at large (houses, shops, a shrine) has civilians as
# its target; of a ruin, a state building or a company's office, no named target.
CIVILIAN_PROPERTY = re.compile(
    r"\b(?:houses|homes?|shops|stores|businesses|market\s+stalls|farms|orchards|crops|shrines?|mosques?|"
    r"churches|husseiniyas?|residents['’]\s+\w+|property\s+of\s+(?:residents|civilians|families))\b",
    re.I,
)
# Captives told as set free ("Twenty-six Qataris … were set free", "the hostages were released"): the
# captors are actor1, the captives actor2 (a release is an agreement between them).
RELEASED_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|are|is)\s+(?:\w+\s+)?(?:set\s+free|freed|released|handed\s+over|let\s+go)\b|"
    r"\b(?:freed|released)\s+after\b",
    re.I,
)
CAPTORS = re.compile(r"\b(?:kidnappers|captors|abductors|hostage[\s-]takers)\b", re.I)
# Ninth session: a person told as taken or held ("X, the journalist held hostage in Baghdad, was
# released", "X, seized from the ministry in 2007, was freed", "who vanished in Karrada … has been set
# free"): the captivity says captors released them, though no one is named.
CAPTIVITY = re.compile(
    r"\b(?:held\s+hostage|taken\s+hostage|hostages?|captivity|kidnapped|abducted|seized|snatched|vanished)\b",
    re.I,
)
# Eighth session: a side's own halt to its attacks is one-sided; whom the attacks were aimed at is
# no party to it ("the group said it would suspend its strikes against Turkish troops"). The words
# just before the target's name, and the halt word somewhere before them in the sentence.
HALT_WORD = re.compile(
    r"\b(?:halt|pause|suspen[ds]\w*|freez\w*|froze|moratorium|cessation|stopp?\w*|ceas\w*)\b", re.I
)
HALTED_TARGET = re.compile(
    r"\b(?:attacks|operations|strikes|activities|hostilities)\s+(?:[\w'’-]+\s+){0,4}?(?:on|against)\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$",
    re.I,
)
# Foreign nationals as victims or captives: "Twenty-six Qataris", "eighteen Turkish labourers".
_NATIONS = {
    "qatar": ("qatari", "qataris"), "turkey": ("turkish", "turks"), "iran": ("iranian", "iranians"),
    "syria": ("syrian", "syrians"), "saudi arabia": ("saudi", "saudis"), "kuwait": ("kuwaiti", "kuwaitis"),
    "jordan": ("jordanian", "jordanians"), "lebanon": ("lebanese", "lebanese"), "egypt": ("egyptian", "egyptians"),
    "russia": ("russian", "russians"), "france": ("french", "frenchmen"), "germany": ("german", "germans"),
    "italy": ("italian", "italians"), "the united kingdom": ("british", "britons"),
    "the united states": ("american", "americans"), "china": ("chinese", "chinese"),
    "japan": ("japanese", "japanese"), "india": ("indian", "indians"),
}  # fmt: skip
NATION_OF = {word: country for country, words in _NATIONS.items() for word in words}
_PEOPLE = (
    r"(?:workers|labourers|laborers|hunters|pilgrims|engineers|nationals|citizens|hostages|captives|businessm[ae]n|"
    r"truck\s+drivers|lorry\s+drivers|drivers|contractors|tourists|visitors|employees|staff|technicians|crew|civilians)"
)
NATIONALS = re.compile(
    rf"\b(?P<adj>{'|'.join(w[0] for w in _NATIONS.values())})\s+(?:[\w-]+\s+)?{_PEOPLE}\b|"
    rf"\b(?P<people>{'|'.join(sorted({w[1] for w in _NATIONS.values()} - {'lebanese', 'chinese', 'japanese'}))})\b",
    re.I,
)
# "the workers", "the hostages" told after the nationals were named stand for them.
THE_CAPTIVES = re.compile(rf"\bthe\s+(?:[\w-]+\s+)?(?:{_PEOPLE[3:-1]}|hostages|captives|abductees)\b", re.I)
# A country's embassy, consulate or diplomats struck or stormed: the target is its government ("a
# roadside bomb hit a British embassy vehicle", "stormed the Turkish consulate in Mosul").
MISSION = re.compile(
    rf"\b(?P<adj>{'|'.join(w[0] for w in _NATIONS.values())}|US|U\.S\.|United States|UK|Swedish|Danish|Dutch|Spanish|Japanese|"
    r"Korean|Indian|Pakistani|Emirati|Bahraini|Omani)\s+(?:embassy|consulate|consular|diplomatic|diplomats?|ambassador['’]s)\b",
    re.I,
)
# The mission is the target only as what was struck, stormed or seized ("hit a British embassy
# vehicle", "a car bomb went off outside the Jordanian embassy"), not as a landmark ("landing near the
# new US consulate building").
MISSION_STRUCK_BEFORE = re.compile(
    r"\b(?:hit|hits|struck|strikes|targeted|targeting|attacked|attacking|stormed|storming|seized|bombed|raided|"
    r"ambushed|against|on|inside|into|at|outside|in\s+front\s+of|at\s+the\s+gates?\s+of)\s+"
    r"(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
MISSION_NATION = {
    **NATION_OF, "us": "the united states", "u.s.": "the united states", "united states": "the united states",
    "uk": "the united kingdom",
    "swedish": "sweden", "danish": "denmark", "dutch": "the netherlands", "spanish": "spain", "japanese": "japan",
    "korean": "south korea", "indian": "india", "pakistani": "pakistan", "emirati": "the united arab emirates",
    "bahraini": "bahrain", "omani": "oman",
}  # fmt: skip
# The victim of violence against civilians is civilians even when named as a candidate in an
# election or an election worker (ACLED: candidates are civilians unless they are armed).
ELECTION_VICTIM = re.compile(
    r"\b(?:(?:parliamentary|election|electoral|provincial)\s+)?candidates?\b|\belect(?:ion|oral)\s+(?:officials?|workers?|staff|observers?)\b",
    re.I,
)
# "Interior Minister Mohammed al-Ghabban resigned", "PM Adil Abdul-Mahdi says …": a minister or the
# premier named by title acts for the Government of Iraq (ACLED codes a government's decisions to
# the government), unless a title of another government or a former one is meant (OFFICE_NOT_OURS).
_NAME_WORDS = r"(?:\s+(?-i:(?:al-|el-|bin\s+|abu\s+)?[A-Z][\w'’-]*)){1,4}"
IRAQI_OFFICE = re.compile(
    r"\b(?:(?:Deputy\s+)?Prime\s+Minister|(?-i:PM)|Premier|(?:Interior|Defen[cs]e|Foreign|Finance|Oil|Electricity|"
    r"Health|Justice|Education|Higher\s+Education|Planning|Trade|Transport|Communications|Migration|Water\s+Resources|"
    r"Human\s+Rights|Municipalities|Industry|Agriculture|Youth|Culture|Labou?r)\s+Minister|"
    rf"Minister\s+of\s+(?:the\s+)?(?-i:[A-Z])\w+(?:\s+(?:and\s+)?(?-i:[A-Z])\w+)?){_NAME_WORDS}",
)
# "Parliament voted on Sunday to …", "Iraqi lawmakers passed a law": the Council of Representatives,
# named as the subject of its act (not "seats in parliament", "members of parliament", "the
# Kurdistan parliament", "parliament speaker X").
PARLIAMENT = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:Iraqi\s+|federal\s+|national\s+)?(?:parliament|lawmakers|legislators|MPs)|"
    r"(?-i:Iraq['’]s\s+parliament))\b(?!\s+(?:speaker|building|session|seats?|members?)\b|['’]s\s+speaker\b)",
    re.I,
)
PARLIAMENT_NOT_BEFORE = re.compile(
    r"(?:\b(?:of|in|into|to|from|before|at|by|with|for|outside|inside)\s+(?:the\s+)?$|"
    # the object of someone else's words: "telling lawmakers that the strike …", "urged MPs to …"
    r"\b(?:tell(?:s|ing)?|told|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|address(?:es|ed|ing)?|brief(?:s|ed|ing)?|"
    r"warn(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?\s+on|inform(?:s|ed|ing)?)\s+(?:the\s+)?$|"
    r"\b(?:Kurdish|Kurdistan|regional|Turkish|Iranian|US|U\.S\.|American|British|European|Syrian|KRG)\s+$)",
    re.I,
)
# "Shi'ite militia fighters", "Shia militiamen": after June 2014 the Shia militias fight as the
# Popular Mobilization Forces (SHIA_MILITIA_FROM), and their men killed are PMF, not civilians.
SHIA_MILITIA = re.compile(
    r"\b(?:Shi['’]?ite|Shia|Shi['’]a)\s+(?:militia(?:s|men)?|paramilitar(?:y|ies))"
    r"(?:\s+(?:fighters|members|men|units|forces))?\b",
    re.I,
)
# "Iraqi troops and Shiite militiamen": the militia fights beside the force named first
FORCE_AND = re.compile(
    r"\b(?:troops|forces|army|soldiers|police(?:men)?|units|commandos)\s*(?:,\s*)?(?:and|,)\s+$", re.I
)
SHIA_MILITIA_FROM = dt.date(2014, 6, 13)  # Sistani's call to arms; the PMF commission formed that month
# "Iraqi commandos storm IS positions": a group named before what it holds is acted upon
HOLDINGS_AFTER = re.compile(
    r"^\s+(?:positions?|hideouts?|strongholds?|bases?|camps?|depots?|tunnels?|targets|sites|headquarters|"
    r"redoubts?|bastions?|defen[cs]es|lines)\b",
    re.I,
)
OFFICE_NOT_OURS = re.compile(
    r"(?:\b(?:Turkish|Turkey['’]s|Iranian|Iran['’]s|US|U\.S\.|American|British|Syrian|Kurdish|KRG|Kurdistan(?:\s+Region(?:al)?)?(?:['’]s)?|"
    r"regional|Saudi|Qatari|Jordanian|French|German|Russian|Israeli|Egyptian|Kuwaiti|Lebanese|Swedish|former|ex-|then|acting\s+former)\s+$)",
    re.I,
)
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
    r"aircraft|helicopters?|gunships?|drones?|air\s+force|(?-i:F-\d+s?|Su-\d+s?))\b)"
)
FOREIGN_FORCE = re.compile(
    rf"\b(?:(?P<adj>US|U\.S\.|American|Turkish|Iranian|Israeli|British|{_IRAQI_AIR})(?:-led|-(?i:Kurdish|Iraqi|backed))?\s+"
    rf"(?i:(?!(?:{_NOT_A_FORCE})\b)[\w-]+\s+){{0,2}}"
    r"(?=(?i:forces|troops|soldiers|military|army|navy|marines|(?:combat\s+)?units|aircraft|jets?|warplanes?|bombers?|drones?|air|air-?strikes?|"
    r"strikes?|helicopters?|gunships?|artillery|shelling|shells|bombardment|personnel|service\s*members?|servicem[ae]n|commandos?|"
    # ninth session: a warplane by its model ("an Iraqi F-16", "Iraqi Su-25s")
    r"(?-i:F-\d+s?|Su-\d+s?)|"
    # headlines name one of them: "Turkish soldier killed", "American soldier killed near Qayyarah"
    r"soldier|marine|sailors?|SEALs?|paratroopers?|"
    r"(?:ballistic\s+|cruise\s+)?missiles|"
    r"convoys?|patrols?|bases?|coalition|raids?|operations?|"
    # eighth session: "the last American combat brigade", "100 American armoured vehicles"
    r"brigades?|battalions?|divisions?|regiments?|(?:armou?red\s+)?vehicles|tanks)\b)|"
    r"(?P<name>[Tt]he United States|Turkey|Iran|Israel)(?=\s|$|['’]s\s+(?:defen[cs]e|military|army|armed|air)\b))"
)
# "rockets fired from Iran", "three hit by air raids in northern Iraq": the country named as a place,
# alone or with a side of it
REGION_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|inside|across|towards?|over|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|northwest|northeast|southwest|southeast|"
    r"(?-i:N|S|E|W|NE|NW|SE|SW))\s+)?$",  # headlines abbreviate: "killed in N Iraq airstrike"
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
# "Hashd supporters broke through the gate": the movement named before its followers backs the crowd.
FOLLOWERS_AFTER = re.compile(
    r"^\s+(?:supporters|followers|loyalists|partisans|sympathi[sz]ers|backers)\b", re.I
)
# "marines fired tear gas", "embassy guards": the guards of an embassy stormed by a crowd.
MISSION_GUARDS = re.compile(
    r"\b(?:marines|(?:embassy\s+|consulate\s+|security\s+)?guards|security\s+(?:staff|personnel|contractors))\b",
    re.I,
)
FOLLOWERS = re.compile(r"\b(?:followers|supporters|loyalists|members|backers)\s+of\s+(?:the\s+)?$", re.I)
# How a claim was put out: "in a statement", "in an online statement on its Telegram channels", "on
# Sunday", "later in the day" (eighth session: an adjective and the channel may stand in it)
_CLAIM_OUTLET = (
    # ninth session: "in a message on its channels", "in a video posted on its accounts"
    r"(?:(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|video|recording|post)(?:\s+(?:on|posted\s+on|circulated\s+on|released\s+on)\s+"
    r"(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:channels?|accounts?|websites?|sites?|agency|outlets?)|"
    # session 14: "said in a statement carried by state media that they had fired the missiles"
    r"\s+(?:carried|published|broadcast|aired|run)\s+(?:by|on)\s+(?:(?:its|their|the|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:media|television|TV|agency|outlets?|channels?|websites?))?|"
    # gold7: "said on its Telegram channels that …", "said on their website that …"
    r"on\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:channels?|accounts?|websites?|sites?|outlets?|pages?)|"
    r"on\s+\w+|later(?:\s+(?:in\s+the\s+day|that\s+day))?|late\s+on\s+\w+)\s+){0,3}"
)
# gold7: "Daesh put out a statement this morning saying its fighters had carried it out": a statement
# put out says what the group said
_CLAIM_SAID = (
    r"(?:said|says|announced|announces|stated|"
    r"(?:put\s+out|issued|released|posted)\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|video)\s+"
    r"(?:(?:this|that|on|late|early|later)\s+(?:[\w-]+\s+)?)?saying)"
)
CLAIM = re.compile(
    r"\b(?:claimed\s+(?:responsibility|credit|(?:the|both|all|these|those|its|two|three)\s+(?:\w+\s+){0,2}(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|operations?|raids?)|it|"
    # session 14: "…; the Ansar al-Sunna group claimed that attack": the one attack just told
    r"(?:that|this)\s+(?:attack|bombing|blast|ambush|assault|raid|killing)\b(?!\s+(?:was|were|had|has|is|would)\b))|"
    # a headline's present tense: "IS claims Baghdad market bombing", "… claims responsibility for …"
    # eleventh session: "… claims both raids"
    r"claims\s+(?:responsibility|credit|(?:[\w-]+\s+){0,3}(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|raids?))|"
    r"took\s+responsibility|(?:said|says|announced|announces|stated)\s+" + _CLAIM_OUTLET +
    # "said in a statement later in the day that they had carried out the attack"
    # headlines drop the pronoun: "Islamic State says was behind Baghdad blast"
    r"(?:that\s+)?(?:(?:it|they)\s+)?(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged|launched|"
    r"targeted|attacked|struck|hit|shelled|bombed|fired\s+(?:on|at)|"
    # gold11: "the Revolutionary Guards said they had aimed at a 'strategic centre' in the city"
    r"aimed\s+at|"
    # ninth session: "A group calling itself X said it fired the rockets"
    r"fired\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+)?(?:rockets?|missiles?|mortars?|shells?|drones?))|"
    r"(?P<passive>(?:was|were|been|being)\s+claimed\s+by)|"
    # gold7: "a security official said the attackers were Islamic State militants": the doers named by
    # those who report the attack (a hedge, "were believed to be", names nobody)
    r"(?P<named>(?:said|says|added|confirmed)\s+(?:that\s+)?the\s+(?:attackers|assailants|gunmen|bombers?|killers|kidnappers)\s+"
    r"(?:were|was)(?=\s+(?:an?\s+|the\s+)?(?-i:[A-Z])))|"
    # ninth session: "The US Defense Department said American forces carried out the strike": a
    # state's office that says its nation's forces did it names them (the name inside the claim)
    r"(?:defen[cs]e\s+(?:department|ministry)|pentagon|war\s+department|military|army)\s+"
    r"(?:said|says|announced|stated|confirmed)\s+" + _CLAIM_OUTLET + r"(?:that\s+)?(?P<own>(?:the\s+)?"
    r"(?:American|US|U\.S\.|Turkish|Iranian|Israeli|British|Iraqi)\s+(?:forces|troops|aircraft|jets|warplanes|drones?))"
    r"\s+(?:had\s+)?(?:carried\s+out|conducted|launched)|"
    + _CLAIM_SAID
    + r"\s+"
    + _CLAIM_OUTLET
    + r"(?:that\s+)?(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+(?:own\s+)?"
    r"(?:fighters?|members?|militants?|bombers?|men|operatives?|units?|drones?)\s+(?:had\s+)?"
    # gold11 (part A): "said one of its fighters had driven a car packed with explosives into a crowd"
    r"(?:drove|driven|rammed|carried\s+(?:it\s+|them\s+)?out|detonated|blew|attacked|launched|staged|planted|placed|set\s+off|fired|targeted|struck|hit|"
    r"ambushed|shelled))\b",
    re.I,
)
# "Air strikes: US aircraft struck depots of Kataib Hezbollah": a side named after the event word
# that is the subject of an attack verb of its own did it; a headline tells it in the present ("Truck
# bomb kills five in Kirkuk; IS bomber hits a wedding hall").
STRIKES_AFTER = re.compile(
    # eleventh session: "… and Islamic State gunmen then fired on the survivors": the second blow
    r"^\s*(?:\w+\s+)?(?:then\s+|later\s+|also\s+)?(?:struck|hit|bombed|shelled|fired|attacked|targeted|pounded|raided|stormed|"
    r"hits|strikes|bombs|shells|fires|attacks|targets|pounds|raids|storms)\b",
    re.I,
)
# "an attack claimed by Islamic State", inside the sentence that tells the attack.
CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.I)
# "…, an attack the Islamic State claimed", "…; the Islamic State later claimed it", a headline's
# "…; IS claims Baghdad bombing": the name told right before "claimed" (or "claims"), after the
# event word of the same sentence, is the doer. So is a name glued to "-claimed" in a headline told
# after the event word ("Two car bombs explode near Basra; IS-claimed bombings kill 30"): the claimer.
CLAIMED_AFTER = re.compile(
    # session 14: "the Ansar al-Sunna group claimed that attack": the word for the group after its name
    r"^(?:\s+(?:group|organi[sz]ation|movement|network))?"
    r"(?:\s+(?:later\s+|swiftly\s+|quickly\s+|has\s+|had\s+|have\s+)?|-)claim(?:ed|s)\b(?!\s+(?:that|to)\b)"
    # gold11: "… were fired at the base, the Islamic Resistance in Iraq said in a claim"
    r"|^\s+(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+)?claim\b",
    re.I,
)
# "an Islamic State attack", "repelled an attack by IS militants": the group whose attack it was did it.
ATTACK_OF = re.compile(
    r"^(?:\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursions?|infiltration|violence)\b)",
    re.I,
)
ATTACK_BY = re.compile(
    r"\b(?:(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursions?)|(?:was|were)\s+(?:attacked|ambushed|assaulted|raided|overrun|stormed)|"
    # "air strikes by the US-led coalition killed 25 fighters": the force whose strikes they were
    r"(?:air\s*|drone\s+)?strikes?|bombardments?|shelling)"
    r"\s+by\s+(?:the\s+)?$",
    re.I,
)
# "Five militants were killed when troops stormed their hideout": the force that acts in the clause
# that tells how the dead died did it.
ACTS_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,15}\))?\s+(?:\w+\s+)?(?:stormed|attacked|raided|fired|opened\s+fire|shelled|struck|ambushed|clashed|bombed|hit|shot|"
    r"infiltrated|overran|assaulted|"
    # "… were killed when PKK fighters tried to infiltrate the base": an attack attempted is still theirs
    r"(?:tried|attempted|sought)\s+to\s+(?:storm|attack|raid|infiltrate|overrun|ambush|seize|break\s+into|enter))\b",
    re.I,
)
WHEN_BEFORE = re.compile(
    r"\b(?:when|as|after)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    # gold7: "… were killed when fighters of the Kurdistan Workers' Party ambushed their unit"
    r"(?:(?:fighters|militants|gunmen|members)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "The army said on Monday that it had killed …", "Turkey's defence ministry said its aircraft …":
# a source that tells what its own side did is the doer.
SELF_REPORT = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){0,2}?(?:ministry|command|army|military|forces))?\s+(?:said|says?|announced|stated|reported)\s+"
    r"(?:on\s+\w+\s+|late\s+on\s+\w+\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?\w+)\s+"
    # "Federal Police say they liberated the village": the force tells its own deed
    r"(?:had|have|has|liberated|retook|recaptured|freed|captured|seized|took|killed|"
    # twelfth session: "Islamic State says it ambushed an army convoy": a claim names its doer
    r"attacked|targeted|ambushed|struck|bombed|shelled|stormed|raided|executed|beheaded)\b|"
    # a group that owns an attack: "the group says it is behind the bombings", "… says it carried out …"
    r"^\s+(?:said|says?|claims?|claimed)\s+(?:that\s+)?(?:it|they)(?:['’]s|\s+(?:is|was|are|were))?\s+"
    r"(?:behind|carried\s+out)\b|"
    # gold11: "…, the Islamic Resistance in Iraq said in a claim": the claimer tells its own deed
    r"^\s+(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+)?claim\b|"
    # headlines: "Turkish military says 17 Kurdish fighters killed", "army says it killed 40 IS
    # fighters", "Iraqi army says 45 IS fighters killed in Samarra push": a force that tells of
    # enemy fighters it killed is the doer.
    r"^(?:\s+(?:military|army|forces|troops|air\s+force|general\s+staff))?\s+(?:says?|said|claims?|claimed)\s+"
    # "Turkey says its air force killed 13 PKK fighters": a state that tells of its own force's kills
    r"(?:(?:that\s+)?(?:it|they|(?:(?:its|their|the)\s+)?(?:military|army|forces|troops|air\s*force|jets|"
    r"warplanes|aircraft|drones?|artillery|navy))\s+)?(?:(?:has|have|had)\s+)?(?:kills?|killed|neutrali[sz]ed?s?)\b|"
    r"^(?:\s+(?:military|army|forces|troops|air\s+force|general\s+staff))?\s+(?:says?|said)\s+"
    r"(?:(?:more\s+than|over|some|about|at\s+least|nearly|almost|up\s+to)\s+)?(?:\d[\d,]*|dozens|scores|[a-z]+)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:militants|fighters|jihadists|insurgents|rebels|terrorists|guerrillas)\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|neutrali[sz]ed)\b|"
    # eighth session: "Shia militia reports killing of 50 IS fighters", "army reports 40 IS casualties"
    r"^(?:\s+(?:military|army|forces|troops|spokesman))?\s+(?:reports?|reported|announc(?:es|ed))\s+(?:the\s+)?(?:killing|deaths?)\s+of\s+(?:[\w,'’-]+\s+){0,3}?"
    r"(?:(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|militants|insurgents|jihadists)\b|"
    r"^(?:\s+(?:military|army|forces|troops|spokesman))?\s+(?:reports?|reported)\s+(?:[\w,'’-]+\s+){0,2}?(?:(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh)\s+"
    r"(?:casualties|causalities|dead)\b|"
    # headlines drop the pronoun: "Iraqi army says retook dam", "forces say repel attack on base"
    r"^\s+(?:says?|said)\s+(?:(?:has|have|had)\s+)?(?:retook|retakes?|retaken|recaptured?|liberated?|freed|captured?|"
    r"seized?|repel(?:led|s)?|repulsed?|foiled?|advance[sd]?)\b",
    re.I,
)
# "came under fire from IS fighters": the name after "fire from" fired.
FIRE_FROM = re.compile(r"\b(?:fire|gunfire|attack|shelling)\s+from\s+(?:the\s+)?$", re.I)
# session 13: a shot, a shell or a rocket told as coming from a side or its ground ("wounded by mortar
# fire from Islamic State positions", "rockets fired from Kataib Hezbollah territory"): that side fired it
FIRED_FROM = re.compile(
    r"\b(?:(?:mortar|artillery|rocket|sniper|machine-?gun|tank)\s+fire|gunfire|shelling|shells|rockets|mortars|"
    r"mortar\s+rounds|missiles|sniper\s+shots|(?:shells|rockets|mortars|missiles|shots)\s+fired)\s+from\s+(?:the\s+)?$",
    re.I,
)
# "clashes between Saraya al-Salam and Asaib Ahl al-Haq": the sides follow "between".
BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# "killed in a clash with Islamic State fighters", "exchanging fire with security forces", "army
# clashes against IS": the side named after "with" or "against" is a party to the fight (eleventh round).
SIDE_WITH = re.compile(
    r"\b(?:clash(?:es|ed|ing)?|fight(?:ing|s)?|fought|battles?|firefights?|gunfights?|skirmish(?:es)?|"
    r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:gun)?fire)\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "The US embassy compound was hit by two rockets": the subject of a passive attack verb is what
# was struck, never the doer (eleventh round).
STRUCK_PASSIVE = re.compile(
    r"^[^.;,]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|"
    r"targeted|shelled|bombed|stormed|ambushed|raided|rocketed|"
    # session 13: "A US Black Hawk helicopter was shot down": the aircraft's side lost it
    r"shot\s+down|downed|brought\s+down)\b",
    re.I,
)
CLAIM_ALL = re.compile(r"\b(?:both|all|these|those|two|three)\b", re.I)
TOLL_WORDS = re.compile(
    r"\b(?:killed|killing|dead|died|death\s+toll|toll|slain|wounded|injured|hurt|"
    # gold7: "the number had reached 250", "treated for wounds"
    r"(?:number|count)\s+(?:had\s+|has\s+)?(?:reached|risen|rose|climbed|stood)|treated\s+for\s+(?:wounds|injuries)|"
    # session 14: "hospitals received the bodies of four demonstrators", "treated for gunshot wounds"
    r"bod(?:y|ies)\s+of|treated\s+for\s+(?:[\w'’-]+\s+){1,2}(?:wounds|injuries))\b",
    re.I,
)
# "was shot dead", "were struck": irregular participles are passive too.
PASSIVE_VOICE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}(?:\w+ed|shot|hit|struck|slain|blown|beaten|"
    r"stabbed|caught|taken|thrown|overrun)\b|\b\w+ed\s+by\b|"
    # session 13: a weapon told with its own participle ("killed by car bombs driven by IS militants",
    # "a bomb set off by al-Qaeda in Iraq"): who drove, set off or laid it did the deed
    r"\b(?:driven|set\s+off|laid|thrown|flown|hidden)\s+by\b",
    re.I,
)
# "facilities used by Kataib Hezbollah": a "by" after a verb of use, ownership or backing names
# who holds the thing, never who carried out the event.
HELD_BY = re.compile(
    r"\b(?:used|owned|run|operated|controlled|held|occupied|backed|supported|funded|financed|armed|"
    r"trained|affiliated|allied|linked|led|manned|housed|belonging|frequented|guarded)\s+by\s+(?:the\s+)?$",
    re.I,
)
PASSIVE_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?$", re.I)  # "by a Turkish drone"
STATE_KINDS = {"state force", "government"}
ARMED_KINDS = {"state force", "armed group", "militia", "foreign force", "unidentified"}
OBJECT_OF = re.compile(
    r"\b(?:raided|attacked|assaulted|targeted|stormed|struck|hit|ambushed|shelled|bombed|surrounded|besieged|overran|overrun|"
    r"arrested|detained|seized|captured|killed|wounded|kidnapped|abducted)\s+(?:(?:an?|the|two|three|several|some)\s+)?"
    # "had killed 11 PKK militants": a count before the name
    r"(?:(?:at\s+least|more\s+than|about|some)\s+)?(?:\d[\d,]*\s+|(?:four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\s+)?$",
    re.I,
)
# ninth session: "Three people, including a policeman, were killed": a name told among the dead is
# one of them, never the doer.
AMONG_THE_DEAD = re.compile(
    r"\b(?:including|among\s+(?:them|whom|the\s+(?:dead|victims|killed|wounded|injured|casualties)))\s+"
    r"(?:(?:an?|the|two|three|four|five|six|\d+)\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)
# "Abadi pensioned off ten senior army officers", "the premier dismissed four commanders of the
# police": whom a government decision removes, retires or names is acted upon, never the doer.
PERSONNEL_OBJECT = re.compile(
    r"\b(?:dismissed|dismissing|sacked|sacking|removed|removing|replaced|replacing|retired|retiring|pensioned\s+off|"
    r"suspended|suspending|demoted|relieved|reshuffled|purged|referred)\s+"
    r"(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens\s+of|\d[\d,]*)\s+)?"
    r"(?:(?:senior|top|other|more|high-ranking|ranking|veteran|local|its|his|their|of\s+the)\s+){0,2}$",
    re.I,
)
# eleventh session: "Sadr ordered the Mahdi Army to freeze its activities": the force told to stand
# down is the order's addressee; who gave the order is the doer.
ORDER_ADDRESSEE = re.compile(
    r"\b(?:ordered|ordering|orders|instructed|instructing|directed|directing|told|telling)\s+(?:the\s+|his\s+|its\s+|their\s+)?$",
    re.I,
)
APPOSITION = re.compile(
    r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:of|for|to|within)\s+(?:the\s+)?$|"
    # gold7: "the Peace Brigades, the new force Moqtada al-Sadr announced, paraded …": who raised the
    # group, told in a relative clause of its description
    r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:force|group|militia|brigades?|wing|unit|faction|movement|party|alliance)\s+(?:that\s+|which\s+)?$",
    re.I,
)
# "20 soldiers killed in attacks", "PKK militants killed by Turkish strikes", "soldiers among seven
# killed": a name followed by a passive toll word is the victim, not the doer. An active verb with
# an object ("soldiers killed five militants") does not match: the toll word must end the clause or
# lead into "in/by/as/…".
VICTIM_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s*(?:[\w\"“'‘-]+\s+){0,2}?(?:militants?|fighters?|members?|rebels?|soldiers?|troops|policemen|officers?|personnel|"
    r"guards?|commanders?|recruits|pilgrims|civilians|forces|units?|officials?|leaders?|emirs?|operatives?|ministers?|chiefs?|"
    r"governor|spokesman|servicem[ae]n|SEALs?|marines?|sailors?|commandos?|generals?|colonels?|"
    # twelfth session: "Islamic State mufti killed in air strike": the group's cleric is its man, struck
    r"muftis?|clerics?|judges?|preachers?|financiers?|recruiters?)[\"”'’]?(?=[\s,]))?"
    # "Five Peshmerga from the Zeravani forces were killed": the unit they came from
    r"(?:\s+(?:from|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|units?|brigades?|divisions?|regiments?|battalions?))?"
    # "two police, soldier among six killed": the victims listed one after another
    # "Ten Peshmerga and three villagers were killed": a number word and villagers too (gold8 part B)
    r"(?:\s*(?:,|\band\b)\s*(?:an?\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
    r"(?:soldiers?|policem[ae]n|police|officers?|guards?|civilians|villagers|residents|militants?|fighters?)|"
    # session 14: "Fourteen Marines and their civilian interpreter were killed": one of their own
    # joined to the victims by a possessive
    r"\s+and\s+(?:their|his|its)\s+(?:(?:two|three|four|five|\d+)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:drivers?|interpreters?|translators?|bodyguards?|escorts?|guards?|guides?|commanders?|officers?|"
    r"companions?|colleagues?|passengers?|cameram[ae]n|crew|aides?))*"
    # session 14: "six Marines, most of them snipers, were killed": who some of them were, between commas
    r"(?:\s*,\s*(?:most|some|many|all|one|two|three|four|five|several|\d+)\s+of\s+(?:them|whom)\b[^,;.]{0,40},)?"
    r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|among\s+(?:\w+\s+){0,2}?\w+))?"
    # eleventh session: "was badly wounded", "were critically hurt": how badly told between
    r"(?:\s+(?:reportedly|allegedly|badly|seriously|critically|gravely|severely|slightly|lightly|fatally|mortally))?"
    r"\s+[\"“'‘]?(?:killed|wounded|injured|slain|dead|hurt|died|"
    # tenth session: a headline's present tense, "five policemen die in a roadside blast"
    r"die|dies|"
    # ninth session: "a police officer was shot dead in Amarah", "a police colonel was assassinated
    # in Basra": the man killed in the passive is the victim, whatever the verb
    r"(?:shot|gunned)\s+(?:dead|down)|assassinated|murdered|stabbed\s+to\s+death)[\"”'’]?"
    # "were killed late on Thursday", "killed overnight": a time told before the place or cause
    r"(?=\s+['‘\"“]?(?:in|by|as|after|during|near|at|on|when|while|from|and|or|across|outside|inside|"
    r"late|overnight|"
    # eleventh session: "were killed yesterday afternoon", "was wounded this morning"
    r"yesterday|today|tonight|this|last|early)\b|\s*[,;:.—–-]|\s*$)",
    re.I,
)
# "…, Prime Minister Mustafa al-Kadhimi announced on Friday.": a name in a closing attribution is
# the source of a strategic development, not a party to it.
CLOSING_SOURCE_BEFORE = re.compile(r",\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$")
CLOSING_SOURCE_AFTER = re.compile(
    # eighth session: "…, a coalition spokesman said": the name before the speaker's word is his side
    rf"^(?:{_NAME_WORDS})?(?:\s+(?:spokes(?:man|woman|person)|officials?|sources?|commanders?|statement))?"
    r"(?:\s+(?:also|later))?\s+(?:said|says|announced|told\s+[\w\s]{1,30}?|stated|reported|added|confirmed)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+in\s+a\s+statement)?\s*[.!]?\s*$"
)
# A name that reports the event ("the coalition said", "police put the toll at") is a source, not a
# party to a violent event.
_SOURCES = (
    r"(?:officials?|medics|paramedics|doctors|witnesses|sources|residents|spokesm[ae]n|spokeswoman|"
    r"ministry|hospitals?|journalists|reporters|workers|staff)\b"
)
SPEAKER_AFTER = re.compile(
    # ninth session: "Turkey's defence ministry said": the state speaks through its ministry
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|command|general\s+staff))?"
    # "police and medics said", "police, medics and witnesses said": a list of sources speaks as one
    rf"(?:(?:\s*,\s+(?:[\w-]+\s+){{0,2}}?{_SOURCES})*\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?{_SOURCES})?"
    # "a police officer said", "an army spokesman told …": the force's own man speaks for it
    r"(?:\s+(?:officers?|officials?|spokesm[ae]n|spokeswoman|sources?|commanders?|chief|statement))?"
    r"\s+(?:said|says|say|told|reported|reports|stated|put\s+(?:it|the\s+toll|the\s+figure)|"
    r"gave\s+(?:the|a)\s+(?:toll|figure))\b",
    re.I,
)
# A wire headline names its source last, after a colon or a dash ("… kill 30 militants in Anbar:
# police", "… killed in Anbar - military spokesman", "… near Kirkuk-website"), before the end or the
# "; " that joins it to the next headline: a source, never a party.
_HEADLINE_SOURCE = re.compile(
    r"(?:\s+[-–—]\s*|\s*:\s+|(?<=\w)-(?=(?:website|TV|sources?|officials?|police|army|military|ministry|statement|"
    r"reports?|media|agency|paper|witnesses|medics)\b))"
    r"(?P<source>(?:[\w'’.&-]+\s+){0,3}[\w'’.&-]+)\s*(?=;|$)"
)


# … or first, before a colon ("Hospital staff, police: Three bombs kill 9 in Basra").
_HEADLINE_LEAD = re.compile(
    r"(?:^|;\s+)(?P<source>(?:[\w'’.&-]+,?\s+){0,4}(?:officials?|police|sources?|army|military|ministry|"
    r"spokesm[ae]n|medics|witnesses))\s*:\s+(?P<told>[^;]*)",
    re.I,
)


def in_headline_source(sentence: str, at: int) -> bool:
    """Whether position ``at`` lies in a headline's source, closing ("…: police", "… - Iraqi TV")
    or opening ("Iraqi officials: …")."""
    return any(m.start("source") <= at < m.end("source") for m in _HEADLINE_SOURCE.finditer(sentence)) or any(
        m.start("source") <= at < m.end("source") for m in _HEADLINE_LEAD.finditer(sentence)
    )


# "Some 50 IS militants killed – army": a force that closes a headline telling of enemy fighters
# killed reports its own kills, and is the doer (as SELF_REPORT).
_ENEMY_KILLED = re.compile(
    r"\b(?:militants|fighters|jihadists|insurgents|terrorists|rebels|guerrillas)\s+(?:(?:were|are|have\s+been)\s+)?"
    r"(?:killed|neutrali[sz]ed|slain)\b",
    re.I,
)
_FORCE_SOURCE = re.compile(
    r"(?:Iraqi\s+|Turkish\s+|US\s+|U\.S\.\s+)?(?:army|military|troops|forces|police|peshmerga|air\s*force|coalition)$",
    re.I,
)


def headline_self_report(sentence: str, at: int) -> bool:
    """Whether the headline source at ``at`` is a force reporting enemy fighters it killed."""
    return any(
        m.start("source") <= at < m.end("source")
        and _FORCE_SOURCE.fullmatch(m.group("source")) is not None
        and _ENEMY_KILLED.search(sentence[: m.start()]) is not None
        for m in _HEADLINE_SOURCE.finditer(sentence)
    ) or any(
        m.start("source") <= at < m.end("source")
        and _FORCE_SOURCE.fullmatch(m.group("source")) is not None
        and _ENEMY_KILLED.search(m.group("told")) is not None
        for m in _HEADLINE_LEAD.finditer(sentence)
    )


# A hedged report of a deed that names its doer or its dead ("Iraqi troops reportedly kill 45 IS fighters
# nationwide", "senior IS figure reportedly killed"): a claimed event even with no town and no day.
# A bare hedge ("the group apparently remains active in Iraq") tells none.
HEDGED_REPORT = re.compile(
    r"\b(?:reportedly|allegedly)\s+(?:kill(?:s|ed)?|destroy(?:s|ed)?|(?:re)?tak(?:e|es|en)|retook|seiz(?:e|es|ed)|"
    r"captur(?:e|es|ed)|execut(?:e|es|ed)|behead(?:s|ed)?|abduct(?:s|ed)?|kidnap(?:s|ped)?|shot|hit|struck|bomb(?:s|ed)?|"
    # gold11: a crowd's deed told as reported ("young men have reportedly set tyres alight outside the consulate")
    r"set\s+(?:fire|ablaze|alight|tyres|tires)|torch(?:es|ed)?|stormed|burn(?:s|ed|t))\b",
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
LEFT_AFTER = re.compile(r"\b(?:after|once|when|as)\s+(?:the\s+)?$", re.I)
LEFT = re.compile(
    r"^\s+(?:had\s+)?(?:withdrew|withdrawn|left|pulled\s+(?:out|back)|retreated|departed|abandoned\s+(?:their|its)\s+posts?)\b",
    re.I,
)
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
    r"|\b\d[\d,]*\s+(?:people\s+)?(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:dead|killed|died)\b",
    re.I,
)
# The dead or wounded named as people at large ("killing 12 passengers", "killing a woman and her child",
# "wounding two farmers"): civilians, even where the bomb went off at a checkpoint or a state struck.
CIVILIANS_KILLED = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing))\s+(?:at\s+least\s+|about\s+|some\s+)?"
    rf"(?:an?|one|\d[\d,]*|{_NUMBER_WORDS}|several|dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:civilians?|pilgrims?|worshippers?|diners?|shoppers?|mourners?|passengers?|children|child|students?|"
    r"passers-by|villagers?|farmers?|shepherds?|women|woman|boys?|girls?|workers|labou?rers|"
    # session 13: holidaymakers are people at large ("shelled a resort …, killing nine Iraqi tourists")
    r"tourists?|holiday-?makers?|holidaygoers)\b|"
    # session 13: the same dead told first, in the passive ("Dozens of shoppers were killed … by a car bomb")
    rf"\b(?:\d[\d,]*|{_NUMBER_WORDS}|several|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:civilians|pilgrims|worshippers|diners|shoppers|mourners|passengers|children|students|villagers|"
    r"farmers|shepherds|women|labou?rers)\s+(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured)\b|"
    # session 12: gunfire or an assault on people at large ("opened fire on diners at a restaurant",
    # "gunmen attacked the worshippers in the courtyard")
    r"\b(?:(?:opened\s+fire|fired|shot)\s+(?:at|on|into)|attack(?:s|ed|ing)?|storm(?:s|ed|ing)?\s+into)\s+"
    r"(?:the\s+|a\s+crowd\s+of\s+)?(?:[\w'’-]+\s+)?(?:diners|worshipp?ers|shoppers|mourners|pilgrims|passengers|"
    r"visitors|guests|families|villagers|passers-by|wedding\s+guests)\b|"
    # headlines: "blasts target mourners", "bombs targeting Shiite pilgrims kill 17"
    r"\btarget(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:civilians|pilgrims|worshipp?ers|diners|shoppers|mourners|"
    r"passengers|schoolchildren|villagers|farmers|shepherds)\b|"
    # session 14: carers told as a headline's dead, with or without a count ("Aid workers killed in
    # mortar fire on Falluja", "Two medics killed in shelling")
    r"\b(?:aid|relief|humanitarian)\s+workers\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|wounded|injured)\b|"
    r"\b(?:medics|paramedics|nurses|ambulance\s+(?:crews|drivers))\s+(?:(?:were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|wounded|injured)\b",
    re.I,
)
# "the death toll from the bombing rose to 213": a toll with no one named counts people at large.
TOLL_ROSE = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]{0,80}?\b(?:(?:rose|climbed|risen|reached|stood|stands|jumped)\s+(?:to|at)|"
    r"passed|topped|exceeded|surpassed)\s+(?:more\s+than\s+|at\s+least\s+)?\d",
    re.I,
)
# One civilian named by trade or by a company's staff ("a sticky bomb killed a truck driver", "under the
# car of a local television correspondent", "a camp for staff of a foreign oil company"): with no armed
# target named, the target is civilians (docs/codebook.md, "Actors", round 18).
CIVILIAN_TRADE = re.compile(
    r"\b(?:an?|the|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:(?:truck|taxi|bus|lorry)\s+drivers?|"
    r"correspondents?|reporters?|journalists?|cameram[ae]n|shepherds?|farmers?|fisherm[ae]n|traders?|shopkeepers?|"
    r"labou?rers?|street\s+vendors?|teachers?|doctors?|lawyers?)\b|"
    r"\b(?:staff|employees|workers)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?company\b|"
    r"\bcompany['’]s\s+(?:staff|employees|workers)\b",
    re.I,
)
# A supply convoy's cargo names whom it serves, not whom the bomb struck: "a convoy of Iraqi trucks
# carrying supplies for the US-led coalition" is the contractors' convoy (civilians).
SUPPLIES_FOR = re.compile(
    r"\b(?:supplies|equipment|goods|fuel|logistics|cargo)\s+(?:for|to|of|bound\s+for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# An official's house or car ("the mayor's house", "a judge's car"): the target is the government.
OFFICIAL_PROPERTY = re.compile(
    r"(?:\b(?:mayor|judge|governor|district\s+chief|qaimaqam|provincial\s+council\s+member)['’]s\s+"
    r"(?:house|home|residence|car|vehicle|convoy|motorcade|office|guards|bodyguards)\b|"
    # "the car of a judge", "outside the home of a provincial council member"; eleventh session: the
    # official named first ("the convoy of Ali al-Haidari, the governor of Baghdad province")
    r"\b(?:house|home|residence|car|vehicle|convoy|motorcade|guards|bodyguards)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?-i:[A-Z])|al-)[\w'’-]+){0,2},\s+(?:the\s+|an?\s+)?)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:mayor|judge|(?:deputy\s+)?governor|district\s+chief|qaimaqam|provincial\s+council\s+member)\b)"
    r"(?!\s+(?:said|says|told|reported|announced|stated|added)\b)",
    re.I,
)
# gold4: a lawmaker's house or car ("the house of a member of parliament", "an MP's convoy"): the
# target is the legislature, Council of Representatives of Iraq.
LAWMAKER_PROPERTY = re.compile(
    r"(?:\b(?:MP|lawmaker|parliamentarian)['’]s\s+(?:house|home|residence|car|vehicle|convoy|motorcade|office|guards|bodyguards)\b|"
    r"\b(?:house|home|residence|car|vehicle|convoy|motorcade|office|guards|bodyguards)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:member\s+of\s+(?:the\s+)?parliament|(?-i:MP)|lawmaker|parliamentarian)\b)"
    r"(?!\s+(?:said|says|told|reported|announced|stated|added)\b)",
    re.I,
)
# An official killed or ambushed: "Ezzedine Salim, who held the presidency of the Governing Council, was
# killed", "gunmen ambushed the car of Baghdad's governor" (the target is the government, as with
# OFFICIAL_PROPERTY); an official who only reports the dead ("the governor said five were killed") is not.
_OFFICIAL_TITLE = (
    r"(?:(?:deputy\s+)?(?:governor|mayor|minister)|judge|qaimaqam|district\s+(?:chief|director)|"
    r"(?:president|presidency|head|heads|headed|chairman|chairs|chaired|led|leads)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Governing\s+Council|(?:provincial|city)\s+council))"
)
OFFICIAL_VICTIM = re.compile(
    rf"\b{_OFFICIAL_TITLE}\b(?!['’]s)(?=(?:(?!\b(?:said|says|told|announced|reported)\b)[^.;]){{0,80}}?"
    r"\b(?:was|were)\s+(?:killed|shot\s+dead|assassinated|gunned\s+down|murdered)\b)|"
    r"\b(?:killing|killed|assassinated|shot\s+dead|gunned\s+down|ambushed\s+the\s+(?:car|convoy|motorcade)\s+of)\s+"
    rf"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,3}}?{_OFFICIAL_TITLE}\b",
    re.I,
)
# A bomb that goes off where people at large gather ("on a crowded shopping street where families were
# buying clothes", "in a busy market") strikes civilians, with or without a toll in the sentence.
CROWDED_SITE = re.compile(
    r"\b(?:crowded|busy|packed|bustling)\s+(?:[\w-]+\s+){0,2}?(?:street|market(?:place)?|square|mall|restaurant|caf[eé]|"
    r"bus\s+station|neighbou?rhood|shopping\s+(?:area|district|centre|center))\b|"
    # ninth set (part A): "… into the market, as the stalls were full of shoppers"
    r"\b(?:full\s+of|thronged\s+with|crowded\s+with|packed\s+with)\s+(?:[\w-]+\s+)?(?:shoppers|worshippers|diners|"
    r"mourners|pilgrims|families|traders)\b|"
    r"\bwhere\s+(?:families|shoppers|worshippers|diners|mourners|pilgrims|children|holiday-?makers|tourists)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:were|had)\b|"
    # "shells hit holidaymakers at a mountain resort": people at leisure are civilians
    r"\b(?:holiday-?makers|tourists|picnickers|sightseers|day-trippers)\b|\b(?:mountain|holiday|tourist)\s+resorts?\b|"
    # gold7: "blew themselves up among traders and shoppers", "drove into a crowd of day labourers"
    r"\b(?:among|into)\s+(?:a\s+(?:[\w-]+\s+)?crowd\s+of\s+)?(?:[\w-]+\s+)?(?:traders|shoppers|worshippers|labou?rers|"
    r"pilgrims|mourners|diners|passers-by|families|street\s+vendors|stallholders)\b",
    re.I,
)
# "Kurdish officials blamed Turkey", "accusing the PKK of …": whom an accusation names took no part
ACCUSATION_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:the\s+)?$", re.I)
# A government building struck ("struck the Finance and Foreign ministries", "an attack on
# government buildings"): the target is the government.
GOVERNMENT_TARGET = re.compile(
    r"\b(?:struck|hit|hits|targeted|targeting|attacked|stormed|bombed|attacks?\s+on|bombings?\s+of|"
    # "two suicide car bombs wrecked the Ministry of Justice"
    r"wrecked|destroyed|devastated|gutted|(?:ripped|tore)\s+through|"
    # a log's incident field: "truck bombs outside the finance and foreign ministries"
    # session 13: and the blast told going off there ("truck bombs exploded outside the finance ministry")
    r"(?:bombs?|blasts?|explosions?|bombings?|bombers?)\s+(?:(?:exploded|went\s+off|detonated|blew\s+up)\s+)?"
    r"(?:outside|at|near|in\s+front\s+of|targeting))\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:ministry|ministries|government\s+(?:buildings?|offices?|compound|"
    # session 13: the seat of a province's governor ("attacked the governor's compound in Kirkuk")
    r"headquarters)|provincial\s+council|governor['’]s\s+(?:office|compound|headquarters|building|palace))\b",
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
# "arrested the man suspected of shooting dead the researcher X", "accusing it of inciting violence
# against coalition troops": the victim or target of a deed someone is accused of is no party to
# the event told (an arrest, a closure).
ACCUSED_OF = re.compile(
    r"\b(?:suspected|accused|accusing\s+\w+|charged|convicted|wanted)\s+(?:of|over|for|with|in)\s+(?:the\s+)?"
    r"(?:shooting(?:\s+dead)?|killing|murder(?:ing)?|assassinat(?:ing|ion)|kidnapping|abducting|attacking|bombing|"
    r"inciting\s+(?:violence|attacks)\s+against|(?:killing|murder|assassination|kidnapping|abduction)\s+of)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "resigned …, and demanded that the army withdraw", "urged the Sadrists to leave": whom a demand told
# after the event addresses takes no part in it.
DEMAND_ADDRESSEE = re.compile(r"\b(?:demand(?:ed|ing|s)\s+that|urg(?:ed|ing|es))\s+(?:the\s+)?$", re.I)
# Words that count an armed party among the dead: then the target is that party, never civilians.
ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police|officers?|guards?|militants?|fighters?|gunmen|insurgents?|"
    r"rebels?|jihadists?|recruits|commanders?|militiamen|peshmerga|personnel|servicem[ae]n|marines)\b",
    re.I,
)
# Kurdish rebels, in a sentence that names Turkish forces, are the PKK (docs/codebook.md, "Actors").
KURDISH_REBELS = re.compile(
    r"\bKurd(?:ish)?\s+(?:rebels?|militants?|insurgents?|guerrillas?|fighters?|separatists?)\b|"
    r"\b(?:rebel|militant|separatist|guerrilla)\s+Kurds\b",  # "19 rebel Kurds killed in an air strike"
    re.I,
)
GENERIC_REBELS = re.compile(r"\b(?:rebels?|militants?|insurgents?|guerrillas?)\b", re.I)
# Where Turkey fights the PKK inside Iraq: the Kurdistan Region's border governorates, Sinjar and
# the Qandil range.
PKK_AREA_ADMIN1 = frozenset({"Duhok", "Erbil"})
PKK_AREA_NAMES = re.compile(r"^(?:Sinjar|Qandil)", re.I)
# "militants ambushed …" with no group named in the sentence: the group the story named last.
BARE_MILITANTS = re.compile(
    r"\b(?:militants|insurgents|jihadists?|(?:militant|insurgent|jihadist)\s+(?:positions|hideouts|targets|bases|camps))\b",
    re.I,
)
# "an IS-held village", "ISIL-controlled Heet", "the jihadist-held town": in a fight, the group that
# holds the place is the side attacked.
GROUP_HELD = re.compile(
    r"\b(?P<who>(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|jihadists?)[\s-]+(?:held|controlled|occupied|run)\b",
    re.I,
)
# In Iraq from April 2013 (when the Islamic State of Iraq became ISIL) "jihadists" with no group named
# are the Islamic State (docs/codebook.md, "Actors").
JIHADISTS = re.compile(r"\bjihadists?\b", re.I)
JIHADISTS_FROM = dt.date(2013, 4, 9)
INTERVENES = re.compile(
    r"\b(?:dispersed|disperse|tear\s*gas|water\s+cannons?|fired|opened\s+fire|shot|beat|pushed\s+back|"
    r"broke\s+up|arrested|detained|clashed\s+with|"
    # gold4: "riot police used batons to push the crowd back from the compound"
    r"batons?|electric\s+prods?|stun\s+guns?|(?:push(?:ed|ing)?|drove|drive|driving)\s+(?:the\s+)?"
    r"(?:crowds?|protesters|demonstrators|rioters|them)\s+(?:back|away|out))\b",
    re.I,
)
# "a Turkish base came under rocket fire": what comes under fire or attack is the target, never the
# doer (the doer is unidentified unless named after "from/by").
CAME_UNDER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:(?:came|comes|come|coming)\s+under|fac(?:e|es|ed|ing)(?=\s+(?:heavy\s+|sniper\s+)*(?:fire|gunfire)\b))\s+(?:[\w-]+\s+){0,2}?"
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
# "raided the offices of Finance Minister X", "the convoy of the governor": who holds the place or the
# people struck is acted upon, never the doer.
HOLDINGS_OF = re.compile(
    r"\b(?:offices?|home|house|residence|convoy|car|motorcade|bodyguards|guards|headquarters|compound|farm)\s+of\s+(?:the\s+)?$",
    re.I,
)
SURVIVOR = re.compile(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:survived|escaped)\b", re.I)

# "after weeks of deadly protests", "in the face of mass protests", "amid the unrest": an event
# word told as the background of another event, not as an event (docs/codebook.md, "Units").
BACKGROUND_BEFORE = re.compile(
    r"\b(?:(?:in\s+the\s+face|in\s+the\s+wake|on\s+the\s+back)\s+of|despite|"
    r"(?:days|weeks|months|years)\s+of|"
    # "Days after government forces drove the Islamic State out of Tikrit, …": the scene set, unsized
    r"(?<!\w\s)(?:days|weeks|months)\s+after\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+|"
    # a relative clause describing an earlier campaign: "an offensive that had involved air strikes"
    r"\b(?:that|which)\s+(?:had|has|have)\s+(?:(?:also|already)\s+)?(?:involved|included|featured|seen|used|been\s+marked\s+by)|"
    # "shot dead … shortly after they had covered the city's protests": what the victims had done
    r"\b(?:after|before|since|when|where)\s+(?:he|she|they|the\s+\w+)\s+had\s+(?:\w+ed|been\s+\w+ing|\w+ing))"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# "is accused of organising the raid in which …": the event is referred to, not reported; so is the
# deed someone is accused of complicity or collusion in ("the militia had accused him of complicity in
# the January drone strike"): complicity is only ever said of a deed already known.
REFERRED_BEFORE = re.compile(
    r"\b(?:is|was|are|were|been|being|stands?|stood)\s+(?:\w+\s+)?(?:accused|suspected|charged|convicted|blamed|wanted)\s+(?:of|with|for)\b|"
    r"\b(?:accus(?:ed|es|e|ing)|suspect(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,4}?of\s+(?:complicity|collusion|colluding)\s+(?:in|with)\b",
    re.I,
)
# "Kurdish and Arab protesters clashed in Kirkuk": a crowd that clashes riots.
CROWD_CLASHED = re.compile(
    r"\b(?:protesters|demonstrators|crowds?|rioters|supporters|followers)\s+(?:[\w-]+\s+){0,3}?clash(?:ed|es)\b",
    re.I,
)
FIRED = re.compile(r"\b(?:fired|opened\s+fire|shot)\b", re.I)
