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
    (re.compile(r"\briot\s+police\b|\bpolice(?:men)?\b|\bfederal\s+police\b", re.I), "Police Forces of Iraq", "state force", 1),
    (re.compile(r"\b(?:Iraqi\s+)?security\s+forces\b|\bIraqi\s+(?:forces|troops|soldiers|army)\b|\b(?:the\s+)?army\b|\bsoldiers\b|\btroops\b", re.I),
     "Military Forces of Iraq", "state force", 1),
    (re.compile(r"\bprotesters\b|\bdemonstrators\b|\bactivists\b|\bprotest(?:er)?\s+movement\b", re.I), "Protesters (Iraq)", "protesters", 6),
    (re.compile(r"\brioters\b", re.I), "Rioters (Iraq)", "rioters", 5),
    (re.compile(r"\bcivilians?\b|\bresidents\b|\bpassers-by\b|\bworshippers\b|\bpilgrims\b|\bfamily\b", re.I), "Civilians (Iraq)", "civilians", 7),
)  # fmt: skip
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
FOREIGN_FORCE = re.compile(
    r"\b(?:(?P<adj>US|U\.S\.|American|Turkish|Iranian|Israeli|British)(?:-led)?\s+(?:[\w-]+\s+){0,2}"
    r"(?=(?:forces|troops|soldiers|military|army|navy|marines|aircraft|jets?|warplanes?|drones?|air|"
    r"strikes?|helicopters?|gunships?|artillery|personnel|convoys?|patrols?|bases?|coalition)\b)|"
    r"(?P<name>the United States|Turkey|Iran|Israel)(?=\s|$))"
)
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|inside|across|towards?|over|of)\s+$", re.I)
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
}
FOLLOWERS = re.compile(r"\b(?:followers|supporters|loyalists|members|backers)\s+of\s+(?:the\s+)?$", re.I)
CLAIM = re.compile(
    r"\b(?:claimed\s+(?:responsibility|credit|(?:the|both|all|these|those|its|two|three)\s+(?:\w+\s+){0,2}(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|operations?)|it)|"
    r"took\s+responsibility|said\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged|launched)|"
    r"said\s+(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters?|members?|militants?|bombers?|men|operatives?)\s+(?:had\s+)?"
    r"(?:drove|carried\s+out|detonated|blew|attacked|launched|staged|planted|fired))\b",
    re.I,
)
CLAIM_ALL = re.compile(r"\b(?:both|all|these|those|two|three)\b", re.I)
TOLL_WORDS = re.compile(
    r"\b(?:killed|killing|dead|died|death\s+toll|toll|slain|wounded|injured|hurt)\b", re.I
)
PASSIVE_VOICE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}\w+ed\b|\b\w+ed\s+by\b", re.I)
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
    r"\b(?:raided|attacked|targeted|stormed|struck|hit|ambushed|shelled|bombed|surrounded|besieged|"
    r"arrested|detained|seized|captured|killed|wounded|kidnapped|abducted)\s+(?:(?:an?|the|two|three|several|some)\s+)?$",
    re.I,
)
APPOSITION = re.compile(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:of|for|to|within)\s+(?:the\s+)?$", re.I)
SURVIVOR = re.compile(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:survived|escaped)\b", re.I)
