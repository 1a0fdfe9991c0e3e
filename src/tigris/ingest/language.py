"""A cheap offline language guess: script counts for Arabic, stopword counts for Latin scripts.

It answers only when it is fairly sure and returns None otherwise; downstream stages treat None
as "do not assume English".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

_STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            [
                "the",
                "of",
                "and",
                "to",
                "in",
                "is",
                "was",
                "that",
                "for",
                "on",
                "with",
                "as",
                "by",
                "at",
                "from",
                "his",
                "have",
                "are",
                "were",
                "has",
                "it",
                "an",
                "be",
                "this",
                "which",
                "their",
                "they",
                "after",
                "said",
                "who",
                "had",
                "not",
                "but",
                "been",
                "will",
            ]
        ),
        "fr": frozenset(
            [
                "le",
                "la",
                "les",
                "des",
                "du",
                "de",
                "et",
                "un",
                "une",
                "est",
                "dans",
                "pour",
                "que",
                "qui",
                "sur",
                "par",
                "au",
                "aux",
                "avec",
                "ont",
                "été",
                "sont",
                "ce",
                "il",
                "elle",
                "pas",
                "ses",
                "leur",
            ]
        ),
        "de": frozenset(
            [
                "der",
                "die",
                "das",
                "und",
                "ist",
                "nicht",
                "mit",
                "den",
                "dem",
                "des",
                "ein",
                "eine",
                "zu",
                "von",
                "auf",
                "für",
                "im",
                "sich",
                "auch",
                "wurde",
                "wurden",
                "sind",
                "hat",
                "bei",
                "nach",
            ]
        ),
        "es": frozenset(
            [
                "el",
                "la",
                "los",
                "las",
                "de",
                "del",
                "y",
                "en",
                "que",
                "un",
                "una",
                "por",
                "con",
                "para",
                "es",
                "fue",
                "se",
                "al",
                "su",
                "sus",
                "como",
                "pero",
                "han",
                "sido",
                "más",
            ]
        ),
    }
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_ARTICLE = re.compile(r"\b(?:al|el|an|ad|ar|as|ash|at|az)[-‐]", re.IGNORECASE)
MIN_LETTERS = 20
MIN_HITS = 3


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("en", "ar", "fr", "de", "es"), or None when unsure."""
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    arabic = sum(1 for ch in letters if _is_arabic(ch))
    if arabic * 2 > len(letters):
        return "ar"
    # Transliterated Arabic names ("al-Sadr", "el-Sisi") are everywhere in Iraq reporting; their
    # article is not the Spanish "al"/"el".
    words = [w.lower() for w in _WORD.findall(_NAME_ARTICLE.sub(" ", sample))]
    if not words:
        return None
    hits = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    if best_hits < MIN_HITS or best_hits < 0.05 * len(words) or best_hits < 1.5 * second_hits:
        return None
    return best
