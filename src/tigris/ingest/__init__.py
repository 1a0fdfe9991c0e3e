"""Ingest: files, HTML pages, feeds, WARC archives, documents-JSONL and URLs -> Documents.

The public surface is small::

    read_inputs(inputs, settings)        paths, directories, "-" (stdin) and http(s) URLs
    read_bytes(data, origin, settings)   one input already in memory
    make_document(text, origin, ...)     text + metadata -> Document (hash, structure, language)
    split_structure(text, published)     sections, citations, comments, on-this-day items
    parse_citation(line)                 one line of a sources list -> Citation
    detect_language(text)                a cheap offline guess, or None

Every input or record that cannot be read comes back as a :class:`tigris.types.Rejection` with a
one-line reason; reading never stops on bad input.
"""

from tigris.ingest.citations import parse_citation
from tigris.ingest.document import make_document
from tigris.ingest.language import detect_language
from tigris.ingest.readers import read_bytes, read_inputs
from tigris.ingest.structure import split_structure

__all__ = [
    "detect_language",
    "make_document",
    "parse_citation",
    "read_bytes",
    "read_inputs",
    "split_structure",
]
