"""The web workbench's load benchmark runs end to end at a tiny scale and reports what it promises."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"
EVENTS = 300


def _run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("bench") / "events.db"
    done = _run(BENCH / "make_events_db.py", "--events", str(EVENTS), "--out", out, "--seed", "3")
    assert done.returncode == 0, done.stderr
    return out, json.loads(done.stdout)


def test_make_events_db_writes_the_events_it_reports(bench_db: tuple[Path, dict[str, object]]) -> None:
    db, summary = bench_db
    assert {"database", "seed", "documents", "events", "events_by_type", "seconds", "bytes"} <= summary.keys()
    assert summary["events"] == EVENTS
    con = sqlite3.connect(db)
    try:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        evidence_ok = con.execute(
            "SELECT count(*) FROM event_evidence v JOIN documents d ON d.id = v.doc_id "
            "WHERE substr(d.text, v.start_char + 1, v.end_char - v.start_char) = v.text"
        ).fetchone()[0]
        located = con.execute(
            "SELECT count(*) FROM events WHERE latitude IS NOT NULL AND admin1 IS NOT NULL"
        ).fetchone()[0]
        types = con.execute("SELECT count(DISTINCT event_type) FROM events").fetchone()[0]
    finally:
        con.close()
    assert events == EVENTS
    assert documents == summary["documents"]
    assert 1 < documents < EVENTS  # several events per document
    assert evidence_ok == EVENTS  # every evidence sentence is where its offsets say
    assert located == EVENTS
    assert types >= 4
    assert sum(summary["events_by_type"].values()) == EVENTS  # type: ignore[union-attr]


def test_make_events_db_is_deterministic(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        done = _run(BENCH / "make_events_db.py", "--events", "40", "--out", tmp_path / name, "--seed", "5")
        assert done.returncode == 0, done.stderr
        con = sqlite3.connect(tmp_path / name)
        try:
            dumps.append(con.execute("SELECT * FROM events ORDER BY event_id").fetchall())
        finally:
            con.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) == 40


def test_web_load_reports_every_group_against_its_target(
    bench_db: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    db, _summary = bench_db
    out = tmp_path / "load.json"
    done = _run(
        BENCH / "web_load.py",
        "--db",
        db,
        "--clients",
        "3",
        "--duration",
        "1.5",
        "--warmup",
        "0",
        "--max-requests",
        "40",
        "--json",
        out,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["events"] == EVENTS
    assert report["clients"] == 3
    assert 0 < report["requests"] <= 40
    assert set(report["targets_met"]) == {"events_api", "events_page", "map"}
    for name in ("events_api", "events_page", "map"):
        group = report["groups"][name]
        assert {
            "requests",
            "errors",
            "p50_ms",
            "p95_ms",
            "p99_ms",
            "throughput_rps",
            "target_met",
        } <= group.keys()
        assert group["requests"] > 0
        assert group["errors"] == 0, report["error_samples"]
        assert 0 < group["p50_ms"] <= group["p95_ms"] <= group["p99_ms"]
    assert report["groups"]["map"]["target_p95_ms"] == 300
    assert report["groups"]["events_page"]["target_p95_ms"] == 150
    table = {line.split()[0] for line in done.stdout.splitlines() if line.strip()}
    assert {"events_api", "events_page", "map"} <= table


def _load_tool() -> Any:
    spec = importlib.util.spec_from_file_location("web_load", BENCH / "web_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["web_load"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# Scripted answers of a test server, one per request on a connection, then the server closes it.
ANSWERS = (
    b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n",
    b"HTTP/1.1 204 No Content\r\n\r\n",
    b"HTTP/1.1 404 Not Found\r\nContent-Length: 7\r\n\r\nmissing",
)


def test_the_load_tools_connection_reads_every_kind_of_body_and_reopens_a_closed_one() -> None:
    web_load = _load_tool()
    connections = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        answers = ANSWERS if connections == 1 else (b"HTTP/1.1 200 OK\r\n\r\nto the end",)
        for answer in answers:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(answer)
            await writer.drain()
        writer.close()  # as a server does when a kept-alive connection has been idle too long

    async def scenario() -> list[tuple[int, bytes]]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connection = web_load.Connection("127.0.0.1", port, None)
        results = [await connection.get("/", ()) for _ in range(len(ANSWERS))]
        await asyncio.sleep(0.05)  # the server has closed the connection by now
        results.append(await connection.get("/again", ()))  # reopened; a body read to the end
        await connection.close()
        server.close()
        await server.wait_closed()
        return results

    results = asyncio.run(asyncio.wait_for(scenario(), 10))
    assert results == [(200, b"first"), (200, b"abcde"), (204, b""), (404, b"missing"), (200, b"to the end")]
    assert connections == 2


def test_the_load_tool_reports_a_reply_that_is_not_http() -> None:
    web_load = _load_tool()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"SSH-2.0-nonsense\r\n\r\n")
        await writer.drain()
        writer.close()

    async def scenario() -> None:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        connection = web_load.Connection("127.0.0.1", server.sockets[0].getsockname()[1], None)
        try:
            with pytest.raises(ValueError, match="not an HTTP status line"):
                await connection.get("/", ())
        finally:
            await connection.close()
            server.close()
            await server.wait_closed()

    asyncio.run(asyncio.wait_for(scenario(), 10))


def test_throughput_benchmark_reports_its_four_passes(tmp_path: Path) -> None:
    out = tmp_path / "throughput.json"
    done = _run(
        BENCH / "throughput.py", "--gold-copies", "1", "--max-documents", "30", "--rounds", "2", "--json", out,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == 30
    assert report["sentences"] >= 30 and report["events"] > 0
    for name in ("spacy_pipe", "spacy_lean", "tigris_parse", "tigris"):
        assert len(report[name]["runs"]) == 2
        assert report[name]["seconds"] == min(report[name]["runs"])
        assert report[name]["docs_per_s"] > 0
    assert (
        report["cost_vs_spacy"] > 0 and report["cost_vs_own_parse"] > 0 and report["cost_vs_spacy_lean"] > 0
    )
    assert "its own parse" in done.stdout
