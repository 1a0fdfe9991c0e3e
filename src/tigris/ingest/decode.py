"""Bytes -> text: refuse binary data, decode UTF-8 first, then whatever charset-normalizer finds.

A document decoded from anything but UTF-8 carries the flag ``decoded:<encoding>`` so a user can
see that the text passed through a guess.
"""

from __future__ import annotations

import codecs
import zlib

from tigris.errors import BinaryInput, EmptyInput, MalformedInput, TooLarge

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"RIFF", "a media file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
GZIP_MAGIC = b"\x1f\x8b"
_UTF8_NAMES = {"utf-8", "utf_8", "utf8", "ascii", "us-ascii"}
MAX_CONTROL_RATIO = 0.05


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, when it clearly is not text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in data[:8192]:
        return "binary data (it contains NUL bytes)"
    return None


def decode_text(data: bytes, origin: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` to text; returns the text and its flags.

    Raises EmptyInput for no bytes or only whitespace, BinaryInput for binary or undecodable data.
    ``declared`` is a charset named by the input itself (an HTTP header or a ``<meta charset>``).
    """
    if not data:
        raise EmptyInput(origin, "the input is empty (0 bytes)")
    what = binary_kind(data)
    if what is not None:
        raise BinaryInput(origin, f"not text: {what}")
    text: str | None = None
    flags: tuple[str, ...] = ()
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, flags = data.decode(codec), (f"decoded:{codec}",)
            except UnicodeDecodeError as exc:
                raise BinaryInput(
                    origin, f"starts with a {codec} mark but does not decode: {exc.reason}"
                ) from exc
            break
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
    if text is None and declared:
        named = _codec_name(declared)
        if named is not None and named not in _UTF8_NAMES:
            try:
                text, flags = data.decode(named), (f"decoded:{named}",)
            except UnicodeDecodeError:
                text = None
    if text is None:
        guessed, flags = _guess(data, origin)
        text = guessed
    if not text.strip():
        raise EmptyInput(origin, "the input contains only whitespace")
    controls = sum(1 for ch in text[:20_000] if ch < " " and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_RATIO * min(len(text), 20_000):
        raise BinaryInput(origin, "not text: too many control characters")
    return text, flags


# Encodings that reporting about Iraq is usually written in, most likely first: a tie between
# equally plausible guesses (short texts often give one) goes to the earlier one.
_PREFERRED = ("utf_8", "cp1252", "latin_1", "cp1256", "iso8859_6", "iso8859_15", "cp1250", "utf_16")


def _guess(data: bytes, origin: str) -> tuple[str, tuple[str, ...]]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise BinaryInput(origin, "undecodable: not UTF-8 and no other text encoding fits")
    ties = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01]
    rank = {name: i for i, name in enumerate(_PREFERRED)}
    chosen = min(ties or [best], key=lambda m: rank.get(m.encoding, len(rank)))
    codec = _codec_name(chosen.encoding) or chosen.encoding
    return str(chosen), (f"decoded:{codec}",)


def gunzip(data: bytes, origin: str, limit: int) -> bytes:
    """Decompress gzip data, refusing more than ``limit`` bytes of output and truncated streams."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedInput(origin, f"corrupt gzip data: {exc}") from exc
    if len(out) > limit:
        raise TooLarge(
            origin,
            f"decompressed size is over the limit of {limit:,} bytes (max_document_bytes)",
        )
    if not inflater.eof:
        raise MalformedInput(origin, "truncated gzip data: the compressed stream ends early")
    return out
