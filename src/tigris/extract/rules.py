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


# (family, ACLED type, ACLED sub-type, PLOVER type, PLOVER mode, pattern, happening)
_RULES: tuple[tuple[str, str, str, str, str, re.Pattern[str], bool], ...] = (
    ("violence", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", "suicide-attack",
     _rx(r"\bsuicide\s+(?:bomb(?:ing|er|ers|ings)?|attack(?:s|er|ers)?|car\s+bomb|vest)|\bblew\s+(?:himself|themselves|herself)\s+up"), True),
    ("violence", "Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial",
     _rx(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|armed\s+drones?|explosive[- ]laden\s+drones?|drones?\s+(?:struck|hit|attacked|targeted|strike)|warplanes?|fighter\s+jets?|helicopter\s+gunships?|bombed\s+from\s+the\s+air)"), True),
    ("violence", "Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT", "heavy-weapons",
     _rx(r"\b(?:rockets?|katyushas?|ballistic\s+missiles?|missiles?|mortars?|mortar\s+rounds?|shelling|shelled|artillery)\b"), True),
    ("violence", "Explosions/Remote violence", "Grenade", "ASSAULT", "explosives",
     _rx(r"\b(?:hand\s+)?grenades?\b"), True),
    ("violence", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives",
     _rx(r"\b(?:roadside\s+bombs?|improvised\s+explosive|explosive\s+devices?|\bIEDs?\b|landmines?|car\s+bombs?|sticky\s+bombs?|bomb(?:ing|ings)?\s+(?:exploded|went\s+off|struck|hit|killed)|bombs?\s+(?:exploded|went\s+off|struck|hit|killed)|explosions?\s+(?:hit|struck|killed|targeted|ripped)|(?:an?|the)\s+(?:bomb|explosion|blast)\b|\bbomb(?:s|ings?)\s+(?:\w+\s+){0,4}(?:kills?|wounds?|hits?|targets?)\b|\b(?:market|car|truck|roadside|mosque|cafe)\s+(?:explosion|blast)s?\b|\bblasts?\s+(?:hits?|kills?|rocks?|strikes?)\b)"), True),
    ("violence", "Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct",
     _rx(r"\b(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ion|ions|s)?|forcibly\s+disappeared)\b"), True),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", "assassinate",
     _rx(r"\b(?:assassinat(?:ed|ion|ions|e)|shot\s+dead|gunned\s+down|killed\s+(?:an?\s+)?(?:prominent\s+)?(?:activist|journalist|researcher|analyst|civilian|lawyer|doctor)s?|gunmen\s+(?:opened\s+fire|killed|shot|attacked|stormed)|executed)\b"), True),
    ("battle", "Battles", "Government regains territory", "FIGHT", "firearms",
     _rx(r"\b(?:(?:Iraqi|government|army|security|federal|Peshmerga|Kurdish|Kurds|PMF|Hashd)\s+(?:\w+\s+){0,3})(?:retakes?|retook|recaptures?|recaptured|liberates?|liberated|frees?|freed|seizes?|seized|takes?(?:\s+back)?|took(?:\s+back)?|captures?|captured|regains?|regained|breaks?|broke|claims?|claimed)\s+(?:\w+\s+){0,4}(?:town|towns|city|village|villages|district|areas?|neighbou?rhoods?|control|ground|siege|territory|land)\b"), True),
    ("battle", "Battles", "Non-state actor overtakes territory", "FIGHT", "firearms",
     _rx(r"\b(?:militants|insurgents|jihadists|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh)\s+(?:\w+\s+){0,3}(?:seizes?|seized|takes?|took|captures?|captured|overruns?|overran|occupy|occupies|occupied)\s+(?:\w+\s+){0,4}(?:town|towns|city|village|villages|district|areas?|territory|ground)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:forces|troops|army|soldiers|Peshmerga|police)\s+(?:\w+\s+){0,2}(?:kill|kills|killed)\s+(?:\d+|\w+)\s+(?:\w+\s+){0,3}(?:militants|insurgents|jihadists|fighters|gunmen|elements|members)\b|\b(?:armed\s+men|militants|insurgents|fighters|jihadists|leaders|elements)\s+(?:\w+\s+){0,2}(?:were\s+)?killed\b|\b(?:forces|troops|army|Peshmerga|Kurds)\s+(?:battle|battles|fight|fights|fought|attack|attacks)\s+(?:\w+\s+){0,2}(?:(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|Qaeda|al-Qaeda|militants|insurgents|jihadists)\b|\b(?:jihadists|militants|insurgents|Islamic\s+State\s+fighters|IS\s+fighters)\s+(?:attack|attacks|attacked)\s+(?:\w+\s+){0,2}(?:forces|troops|army|soldiers|police|Peshmerga|base|positions)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:attacked|ambushed|opened\s+fire\s+on|fired\s+on|targeted|stormed)\s+(?:\w+\s+){0,3}(?:checkpoints?|patrols?|police(?:men)?|soldiers|troops|army|outposts?|posts?|positions|convoys?|barracks)\b"), True),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", "firearms",
     _rx(r"\b(?:gunm[ae]n|militants|assailants|attackers|(?-i:IS|ISIS|ISIL)|Islamic\s+State|Daesh|jihadists)\s+(?:\w+\s+){0,5}(?:attacked|attacks?|opened\s+fire|killed|kills?|shot|shoot|stormed|storms?|executed|executes?|beheaded)\b|\battacks?\s+(?:\w+\s+){0,4}kills?\b|\bkilled\s+in\s+(?:an?\s+)?(?:attacks?|assault)\b"), True),
    ("battle", "Battles", "Armed clash", "FIGHT", "firearms",
     _rx(r"\b(?:clash(?:ed|es)?|firefights?|gunfights?|exchanged\s+fire|ambush(?:ed)?|fought|fighting\s+(?:between|with|broke))\b"), True),
    ("strategic", "Strategic developments", "Arrests", "COERCE", "arrest",
     _rx(r"\b(?:arrested|detained|rounded\s+up|took\s+into\s+custody|arrest\s+warrant|arrests\s+of)\b"), True),
    ("strategic", "Strategic developments", "Agreement", "AGREE", "",
     _rx(r"\b(?:agreed\s+(?:to|on)|signed\s+(?:an?\s+)?(?:agreement|deal|accord|memorandum)|(?:an\s+|the\s+)?agreement\s+(?:between|with)|truce|ceasefire|reached\s+(?:an?\s+)?deal)\b"), True),
    ("strategic", "Strategic developments", "Other", "CONSULT", "visit",
     _rx(r"\b(?:met\s+(?!with\s+(?:resistance|criticism|silence|anger|force|tear|live|gunfire|bullets))|meets\s+|held\s+talks|meeting\s+with|visited|hosted)"), True),
    ("strategic", "Strategic developments", "Other", "CONCEDE", "",
     _rx(r"\b(?:resigned|resignation|sworn\s+in|took\s+office|dismissed|sacked|was\s+appointed|named\s+as\s+prime\s+minister|won\s+a\s+confidence\s+vote)\b"), True),
    ("strategic", "Strategic developments", "Change to group/activity", "MOBILIZE", "troops",
     _rx(r"\b(?:deployed|sent\s+(?:troops|reinforcements)|reinforcements|redeployed|withdrew\s+(?:its\s+)?(?:troops|forces)|handed\s+over\s+(?:the\s+)?base)\b"), True),
)  # fmt: skip

_PROTEST = _rx(
    r"\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|"
    r"took\s+to\s+the\s+streets|protest\s+camps?|encampments?|gathered\s+in)\b"
)
_PROTEST_HAPPENING = _rx(
    r"\b(?:held|staged|took\s+place|gathered|marched|protested|rallied|demonstrated|took\s+to\s+the\s+streets|"
    r"participated|joined|turned\s+out|filled|poured|blocked|attacked|raided|stormed|dispersed|cleared|burned|torched)\b"
)
_EXCESSIVE = _rx(
    r"\b(?:live\s+(?:ammunition|fire|rounds|bullets)|opened\s+fire|fired\s+(?:on|at|into)|shot\s+(?:dead|at)|sniper|"
    r"killed|killing|massacre|shooting\s+(?:at|on)|gunfire)\b"
)
_INTERVENTION = _rx(
    r"\b(?:tear\s*gas|teargas|dispers(?:ed|e|al)|water\s+cannon|rubber\s+bullets|stun\s+grenades|arrest(?:ed|s)?|"
    r"detain(?:ed)?|beat(?:en|ing)?|burn(?:ed|t|ing)\s+(?:the\s+)?tents|tents?\s+(?:were\s+)?(?:burned|burnt|torched)|"
    r"cleared|raided|stormed|attacked|broke\s+up|crackdown|cracked\s+down|forcibly\s+removed|ended\s+the\s+sit-?in)\b"
)
_RIOT = _rx(
    r"\b(?:rioters|riot(?:ed|ing|s)?\b(?!\s+police)|(?:protesters|demonstrators|crowds?|mobs?)\s+(?:\w+\s+){0,3}(?:set\s+fire|torched|burned\s+down|stormed|hurled|threw\s+(?:stones|rocks|petrol|molotov)|ransacked)|"
    r"set\s+fire\s+to\s+(?:the\s+)?(?:\w+\s+){0,4}(?:consulate|headquarters|offices?|building|home|house)|(?:were|was)\s+torched|torched\s+(?:the\s+)?(?:\w+\s+){0,3}(?:consulate|headquarters|offices?|building))"
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
    r"breaks|repels?|frees?|liberates?)\b"
)
_HEDGES = _rx(
    r"\b(?:reportedly|apparently|allegedly|was\s+said\s+to|were\s+said\s+to|is\s+said\s+to|pointed\s+to|points\s+to|"
    r"suggest(?:s|ed)?|appears?\s+to|appeared\s+to|unconfirmed|rumou?red|may\s+have|might\s+have|it\s+is\s+believed|"
    r"according\s+to\s+(?:unconfirmed|unverified))\b"
)
_DENIALS = _rx(
    r"\b(?:denied|denies|deny|rejected\s+(?:claims|reports|accusations)|dismissed\s+(?:claims|reports))\b"
)
_PLANNED = _rx(
    r"\b(?:will\s+(?:hold|stage|march|protest|meet|sign)|plans?\s+to|planned|is\s+expected\s+to|are\s+expected\s+to|"
    r"scheduled|upcoming|called\s+for\s+(?:a|an)\s+)\b"
)
_HYPOTHETICAL = _rx(
    r"\b(?:if\s|could|would|might|fears?|feared|threatened\s+to|warned\s+(?:of|that)|risk\s+of|in\s+case\s+of)\b"
)
_BACKGROUND = _rx(
    r"\b(?:have\s+been|has\s+been|had\s+been)\s+(?:involved|taking\s+part|part\s+of|protesting|demonstrating)|"
    r"\bsince\s+they\s+began\b|\bever\s+since\b|\bused\s+to\b|\bhas\s+a\s+history\b|\bhistory\s+of\b"
)


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
    protest = next((m for m in _PROTEST.finditer(sentence) if not _is_month(m)), None)
    announce = _ANNOUNCE.search(sentence)
    called = _CALLED_BY.search(sentence)
    if protest and called and called.start() > protest.start():
        announce = called
    if protest and announce and (announce.start() < protest.start() or announce is called):
        return Trigger(
            "strategic", "Strategic developments", "Other", "DEMAND", "",
            announce.start(), announce.end(), announce.group(0), True,
        )  # fmt: skip
    riot = _RIOT.search(sentence)
    if riot:
        sub = "Violent demonstration"
        return Trigger("riot", "Riots", sub, "PROTEST", "riot", riot.start(), riot.end(), riot.group(0), True)
    if protest:
        happening = bool(_PROTEST_HAPPENING.search(sentence)) or protest.group(0).lower().endswith("ed")
        if _EXCESSIVE.search(sentence) and STATE_FORCE_WORDS.search(sentence):
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
        m = pattern.search(sentence)
        if m:
            happening = bool(_HAPPENED.search(sentence))
            return Trigger(family, etype, sub, ptype, pmode, m.start(), m.end(), m.group(0), happening)
    return None


def modality(sentence: str, trigger: Trigger) -> Modality | None:
    """How the sentence holds the event; None when it is background, not an event report."""
    if _BACKGROUND.search(sentence):
        return None
    if _DENIALS.search(sentence):
        return "denied"
    if trigger.family != "strategic" and _PLANNED.search(sentence):
        return "planned"
    m = _HYPOTHETICAL.search(sentence)
    if m and m.start() < trigger.start:
        return "hypothetical"
    if _HEDGES.search(sentence):
        return "claimed"
    return "asserted"
