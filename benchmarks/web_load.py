"""Load benchmark of tigris's web workbench: filtered event listings, the events page and the map.

Usage::

    .venv/bin/python benchmarks/make_events_db.py --events 100000 --out /tmp/tigris-100k.db
    .venv/bin/python benchmarks/web_load.py --db /tmp/tigris-100k.db [--clients 20] [--duration 30]
        [--warmup 5] [--workers 1] [--no-facets] [--json out.json]

The app is served by uvicorn in a subprocess on a free port of 127.0.0.1, the way ``tigris serve``
runs it: the factory ``tigris.web.app:app_from_env`` with as many worker processes as ``tigris serve``
starts (``--workers`` to change it). Once it answers, ``--clients`` concurrent clients (asyncio tasks, each
with one keep-alive HTTP/1.1 connection of the small client below, and no think time) send a seeded, realistic mix of
filtered requests for ``--duration`` seconds (``--think S`` adds a pause of S seconds on
average between one client's page views, to model analysts reading the page), after ``--warmup`` seconds that are not counted (the clients start one
after another over its first half, so the kept-alive connections spread over the workers):

* ``events_api``: ``GET /api/events`` with filters (date range, type or sub-type, governorate,
  actor id or name, place, source, review status, text search), a sort key and a page;
* ``events_page``: ``GET /events`` with the same kinds of filters, as a full page or as the htmx
  fragment the filter form asks for; the browser then loads the facets of the page
  (``GET /events/facets``, group ``facets``) unless ``--no-facets`` is given;
* ``map``: ``GET /api/map`` with filters (the map page's request: up to 2,000 points and the counts
  per governorate).

Filter values are read from the database itself, so every filter can match. Latency is measured
at the client, from sending the request to reading the last byte of the body. The report gives,
per group, requests, errors, p50/p95/p99 latency and throughput, and whether each target holds:
events page and events API p95 <= 150 ms, map p95 <= 300 ms. Nothing but 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from tigris.web.app import APP_FACTORY, DEFAULT_WORKERS, KEEP_ALIVE_S

HOST = "127.0.0.1"
BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
# p95 targets of issue 5, in milliseconds, per request group.
TARGETS_MS: dict[str, float] = {"events_api": 150.0, "events_page": 150.0, "map": 300.0}
GROUPS: tuple[str, ...] = ("events_api", "events_page", "facets", "map")
MIX: tuple[tuple[str, float], ...] = (("events_api", 0.35), ("events_page", 0.35), ("map", 0.30))
SORTS: tuple[tuple[str, float], ...] = (
    ("-date", 55),
    ("date", 10),
    ("-fatalities", 12),
    ("event_type", 5),
    ("admin1", 5),
    ("actor1", 5),
    ("-confidence", 3),
    ("location", 5),
)
SEARCH_WORDS: tuple[str, ...] = (
    "roadside bomb",
    "tear gas",
    "checkpoint",
    "rockets",
    "kidnapped",
    "drone",
    "sit-in",
    "suicide",
)
ACTOR_NAME_PARTS: tuple[str, ...] = ("Islamic State", "Peshmerga", "Protesters", "Kataib", "Police")
MAX_REQUESTS = 1_000_000
MAX_DURATION_S = 900.0
REQUEST_TIMEOUT_S = 60.0
READER = "bench-reader"
# What ``tigris serve`` runs (tigris.web.app.serve): the factory and the number of worker processes.
SERVE_WORKERS = DEFAULT_WORKERS


# ---------------------------------------------------------------- the request mix


@dataclass(frozen=True)
class Vocabulary:
    """Filter values found in the benchmark database."""

    first_year: int
    last_year: int
    event_types: tuple[str, ...]
    sub_event_types: tuple[str, ...]
    admin1: tuple[str, ...]
    actor_ids: tuple[str, ...]
    sources: tuple[str, ...]
    locations: tuple[str, ...]
    events: int


def read_vocabulary(db: Path) -> Vocabulary:
    """The values each filter can take, read (read-only) from the database."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:

        def column(sql: str) -> tuple[str, ...]:
            return tuple(str(row[0]) for row in con.execute(sql) if row[0] is not None)

        years = con.execute(
            "SELECT min(substr(date, 1, 4)), max(substr(date, 1, 4)) FROM events WHERE date IS NOT NULL"
        ).fetchone()
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        return Vocabulary(
            first_year=int(years[0] or 2014),
            last_year=int(years[1] or 2023),
            event_types=column("SELECT DISTINCT event_type FROM events ORDER BY 1"),
            sub_event_types=column("SELECT DISTINCT sub_event_type FROM events ORDER BY 1"),
            admin1=column("SELECT DISTINCT admin1 FROM events ORDER BY 1"),
            actor_ids=column(
                "SELECT actor1_id FROM events WHERE actor1_id IS NOT NULL "
                "GROUP BY actor1_id ORDER BY count(*) DESC, actor1_id LIMIT 40"
            ),
            sources=column("SELECT DISTINCT source FROM documents WHERE source IS NOT NULL ORDER BY 1"),
            locations=column(
                "SELECT location FROM events WHERE location IS NOT NULL "
                "GROUP BY location ORDER BY count(*) DESC, location LIMIT 60"
            ),
            events=int(events),
        )
    finally:
        con.close()


@dataclass(frozen=True)
class Request:
    group: str
    path: str
    params: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...] = ()


def _weighted(rng: random.Random, choices: Sequence[tuple[str, float]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices], k=1)[0]


def random_filters(rng: random.Random, vocab: Vocabulary) -> dict[str, str]:
    """The filters an analyst might set: most requests carry one to three of them."""
    params: dict[str, str] = {}
    if rng.random() < 0.65:
        year = rng.randint(vocab.first_year, vocab.last_year)
        span = _weighted(rng, (("month", 4), ("quarter", 3), ("year", 3)))
        month = rng.randint(1, 12)
        if span == "year":
            since, until = f"{year}-01-01", f"{year}-12-31"
        elif span == "quarter":
            first = (month - 1) // 3 * 3 + 1
            since, until = f"{year}-{first:02d}-01", f"{year}-{first + 2:02d}-28"
        else:
            since, until = f"{year}-{month:02d}-01", f"{year}-{month:02d}-28"
        params["since"], params["until"] = since, until
    if vocab.event_types and rng.random() < 0.35:
        params["event_type"] = rng.choice(vocab.event_types)
    elif vocab.sub_event_types and rng.random() < 0.15:
        params["sub_event_type"] = rng.choice(vocab.sub_event_types)
    if vocab.admin1 and rng.random() < 0.35:
        params["admin1"] = rng.choice(vocab.admin1)
    if rng.random() < 0.2:
        if vocab.actor_ids and rng.random() < 0.8:
            params["actor"] = rng.choice(vocab.actor_ids)
        else:
            params["actor"] = rng.choice(ACTOR_NAME_PARTS)
    if vocab.locations and rng.random() < 0.05:
        params["place"] = rng.choice(vocab.locations)
    if vocab.sources and rng.random() < 0.05:
        params["source"] = rng.choice(vocab.sources)
    if rng.random() < 0.05:
        params["review_status"] = rng.choice(("confirmed", "edited", "auto"))
    if rng.random() < 0.08:
        params["q"] = rng.choice(SEARCH_WORDS)
    return params


def random_request(rng: random.Random, vocab: Vocabulary) -> Request:
    group = _weighted(rng, MIX)
    params = random_filters(rng, vocab)
    if group == "map":
        return Request("map", "/api/map", tuple(params.items()))
    params["sort"] = _weighted(rng, SORTS)
    page = _weighted(rng, (("first", 70), ("near", 22), ("deep", 8)))
    limit = 100 if rng.random() < 0.15 else 50
    offset = 0 if page == "first" else limit * rng.randint(1, 4 if page == "near" else 40)
    params["limit"], params["offset"] = str(limit), str(offset)
    if group == "events_api":
        return Request("events_api", "/api/events", tuple(params.items()))
    headers: tuple[tuple[str, str], ...] = ()
    if rng.random() < 0.4:  # the filter form and the pager ask htmx for the results fragment
        headers = (("HX-Request", "true"), ("HX-Target", "results"))
    return Request("events_page", "/events", tuple(params.items()), headers)


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, workers: int, secret: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TIGRIS_DATABASE_URL": f"sqlite:///{db}",
        "TIGRIS_SECRET_KEY": secret,
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO / "src"), os.environ.get("PYTHONPATH", "")) if p),
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        APP_FACTORY,
        "--factory",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--timeout-keep-alive",
        str(KEEP_ALIVE_S),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    # The command is this interpreter and fixed arguments; nothing comes from outside.
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603


def wait_until_ready(server: subprocess.Popen[bytes], base: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            err = server.stderr.read().decode(errors="replace") if server.stderr else ""
            raise SystemExit(f"the server stopped (exit {server.returncode}):\n{err[-2000:]}")
        try:
            if httpx.get(f"{base}/api/events", params={"limit": 1}, timeout=30).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer on {base} within {timeout:.0f} s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process and its live children (uvicorn's workers), via Linux /proc.

    None where /proc cannot be read.
    """
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15.
    seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:
        seconds += process_cpu_seconds(int(child)) or 0.0
    return seconds


def worker_cpu_seconds(pid: int) -> dict[int, float]:
    """CPU seconds of each worker process (the children of uvicorn's supervisor ``pid``)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return {}
    return {int(c): seconds for c in children if (seconds := process_cpu_seconds(int(c))) is not None}


def needs_login(base: str) -> bool:
    status = httpx.get(f"{base}/api/events", params={"limit": 1}, timeout=30).status_code
    return status in (401, 403)


def create_reader(db: Path, password: str) -> None:
    """A reader account, made with the app's own account functions."""
    from tigris.store import open_store
    from tigris.web.security import add_user

    with open_store(f"sqlite:///{db}") as store:
        add_user(store, READER, "reader", password)


async def log_in(client: httpx.AsyncClient, password: str) -> None:
    session = (await client.get("/api/session")).json()
    response = await client.post(
        "/api/login",
        json={"username": READER, "password": password},
        headers={"X-CSRF-Token": session["csrf_token"]},
    )
    response.raise_for_status()


# ---------------------------------------------------------------- the clients


@dataclass
class Recorder:
    started: float
    measure_from: float
    stop_at: float
    max_requests: int
    sent: int = 0
    latencies: dict[str, list[float]] = field(default_factory=lambda: {g: [] for g in GROUPS})
    errors: dict[str, Counter[str]] = field(default_factory=lambda: {g: Counter() for g in GROUPS})
    error_samples: list[str] = field(default_factory=list)

    def more(self) -> bool:
        return time.perf_counter() < self.stop_at and self.sent < self.max_requests

    def record(self, group: str, began: float, seconds: float, problem: str | None, sample: str) -> None:
        if began < self.measure_from:
            return
        self.latencies[group].append(seconds)
        if problem is not None:
            self.errors[group][problem] += 1
            if len(self.error_samples) < 10:
                self.error_samples.append(sample)


class Connection:
    """One keep-alive HTTP/1.1 connection to the server, written for this benchmark.

    The load tool shares the machine's cores with the server it measures, so every millisecond
    of CPU it spends per request is taken from the server and shows up as latency. A general
    client (httpx) spends a few milliseconds on each request building URLs, headers and response
    objects; this one writes the request line and reads the body by its ``Content-Length`` (or its
    chunks), about a tenth of that. It does exactly what a browser's connection does for these
    GETs: one request at a time, the connection reused, reopened if the server closes it.
    """

    def __init__(self, host: str, port: int, cookie: str | None) -> None:
        self._host, self._port = host, port
        self._extra = f"Cookie: {cookie}\r\n" if cookie else ""
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        self._reader = self._writer = None

    async def get(self, target: str, headers: Sequence[tuple[str, str]]) -> tuple[int, bytes]:
        """``GET target``: (status, body). Raises OSError or ValueError when the exchange fails.

        A kept-alive connection the server has closed meanwhile (its idle timeout) is reopened,
        and the request sent again once if the server closed it before answering a byte."""
        reused = self._writer is not None and not self._writer.is_closing()
        if reused and self._reader is not None and self._reader.at_eof():
            await self.close()
            reused = False
        try:
            return await self._exchange(target, headers)
        except asyncio.IncompleteReadError as exc:
            if not reused or exc.partial:
                raise
            await self.close()
            return await self._exchange(target, headers)

    async def _exchange(self, target: str, headers: Sequence[tuple[str, str]]) -> tuple[int, bytes]:
        if self._writer is None or self._writer.is_closing():
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
        assert self._reader is not None and self._writer is not None
        reader = self._reader
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers)
        self._writer.write(
            f"GET {target} HTTP/1.1\r\nHost: {self._host}:{self._port}\r\n{self._extra}{lines}\r\n".encode()
        )
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, _, rest = head.partition(b"\r\n")
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit():
            raise ValueError(f"not an HTTP status line: {status_line[:80]!r}")
        status = int(parts[1])
        fields = {}
        for line in rest.split(b"\r\n"):
            name, sep, value = line.partition(b":")
            if sep:
                fields[name.strip().lower()] = value.strip()
        closing = fields.get(b"connection", b"").lower() == b"close"
        if status < 200 or status in (204, 304):
            body = b""
        elif b"content-length" in fields:
            body = await reader.readexactly(int(fields[b"content-length"]))
        elif fields.get(b"transfer-encoding", b"").lower() == b"chunked":
            chunks = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailer fields, if any
                pass
            body = b"".join(chunks)
        else:  # the body runs to the end of the connection
            body = await reader.read()
            closing = True
        if closing:
            await self.close()
        return status, body


async def send(connection: Connection, request: Request, recorder: Recorder) -> None:
    recorder.sent += 1
    target = f"{request.path}?{urlencode(request.params)}" if request.params else request.path
    began = time.perf_counter()
    problem: str | None = None
    sample = ""
    try:
        status, body = await asyncio.wait_for(connection.get(target, request.headers), REQUEST_TIMEOUT_S)
        if status != 200:
            problem = str(status)
            sample = f"{status} {target}: {body[:200].decode(errors='replace')}"
    except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        await connection.close()
        problem = type(exc).__name__
        sample = f"{type(exc).__name__} {target}: {exc}"
    recorder.record(request.group, began, time.perf_counter() - began, problem, sample)


async def session_cookie(base: str, password: str) -> str:
    """The session cookie of the benchmark's reader account, logged in through the API."""
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        await log_in(client, password)
        return "; ".join(f"{name}={value}" for name, value in client.cookies.items())


async def client_loop(
    number: int,
    port: int,
    vocab: Vocabulary,
    seed: int,
    recorder: Recorder,
    *,
    facets: bool,
    cookie: str | None,
    think: float,
    ramp: float = 0.0,
) -> None:
    rng = random.Random(seed * 1000 + number)
    connection = Connection(HOST, port, cookie)
    # Clients arrive one after another over the first half of the warm-up, as analysts do: twenty
    # connections opened in the same instant are often all accepted by one worker, and kept.
    await asyncio.sleep(number * ramp)
    try:
        while recorder.more():
            request = random_request(rng, vocab)
            await send(connection, request, recorder)
            if facets and request.group == "events_page" and recorder.more():
                filters = tuple((k, v) for k, v in request.params if k not in ("sort", "limit", "offset"))
                await send(
                    connection, Request("facets", "/events/facets", filters, request.headers), recorder
                )
            if think > 0:
                await asyncio.sleep(min(rng.expovariate(1 / think), 10 * think))
    finally:
        await connection.close()


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not sorted_values:
        return float("nan")
    if len(sorted_values) == 1:
        return sorted_values[0]
    rank = (len(sorted_values) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


def summarise(recorder: Recorder, measured_s: float) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for group in GROUPS:
        values = sorted(recorder.latencies[group])
        if not values:
            continue
        ms = [v * 1000 for v in values]
        errors = sum(recorder.errors[group].values())
        row: dict[str, Any] = {
            "requests": len(ms),
            "errors": errors,
            "error_kinds": dict(recorder.errors[group]),
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1),
            "mean_ms": round(statistics.fmean(ms), 1),
            "max_ms": round(ms[-1], 1),
            "throughput_rps": round(len(ms) / measured_s, 1) if measured_s > 0 else None,
        }
        target = TARGETS_MS.get(group)
        if target is not None:
            row["target_p95_ms"] = target
            row["target_met"] = errors == 0 and row["p95_ms"] <= target
        groups[group] = row
    return groups


async def run_load(
    port: int,
    vocab: Vocabulary,
    *,
    clients: int,
    duration: float,
    warmup: float,
    seed: int,
    max_requests: int,
    facets: bool,
    password: str | None,
    think: float = 0.0,
) -> tuple[Recorder, float]:
    cookie = await session_cookie(f"http://{HOST}:{port}", password) if password is not None else None
    now = time.perf_counter()
    recorder = Recorder(
        started=now, measure_from=now + warmup, stop_at=now + warmup + duration, max_requests=max_requests
    )
    await asyncio.gather(
        *(
            client_loop(
                i,
                port,
                vocab,
                seed,
                recorder,
                facets=facets,
                cookie=cookie,
                think=think,
                ramp=warmup / 2 / clients,
            )
            for i in range(clients)
        )
    )
    measured = max(min(time.perf_counter(), recorder.stop_at) - recorder.measure_from, 1e-9)
    return recorder, measured


def render_table(groups: dict[str, dict[str, Any]]) -> str:
    header = (
        f"{'group':<12} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'req/s':>7}  target (p95)"
    )
    lines = [header, "-" * len(header)]
    for name, row in groups.items():
        target = ""
        if "target_p95_ms" in row:
            target = f"<= {row['target_p95_ms']:.0f} ms: {'met' if row['target_met'] else 'MISSED'}"
        lines.append(
            f"{name:<12} {row['requests']:>8} {row['errors']:>6} {row['p50_ms']:>8.1f} "
            f"{row['p95_ms']:>8.1f} {row['p99_ms']:>8.1f} {row['throughput_rps']:>7.1f}  {target}"
        )
    return "\n".join(lines)


def benchmark(
    db: Path,
    *,
    clients: int = 20,
    duration: float = 30.0,
    warmup: float = 5.0,
    workers: int = SERVE_WORKERS,
    seed: int = 11,
    max_requests: int = MAX_REQUESTS,
    facets: bool = True,
    think: float = 0.0,
) -> dict[str, Any]:
    """Serve ``db`` on 127.0.0.1, load it, stop the server; the report as a JSON-ready dict."""
    if not db.is_file():
        raise SystemExit(f"no database at {db}; make one with benchmarks/make_events_db.py")
    if clients < 1 or duration <= 0 or warmup < 0 or workers < 1 or max_requests < 1 or think < 0:
        raise SystemExit("--clients, --duration, --workers and --max-requests must be positive")
    duration = min(duration, MAX_DURATION_S)
    vocab = read_vocabulary(db)
    port = free_port()
    base = f"http://{HOST}:{port}"
    secret = secrets.token_urlsafe(32)
    server = start_server(db, port, workers, secret)
    try:
        wait_until_ready(server, base)
        password: str | None = None
        if needs_login(base):
            password = secrets.token_urlsafe(16)
            create_reader(db, password)
        load_before = os.getloadavg()
        cpu_before = process_cpu_seconds(server.pid)
        workers_before = worker_cpu_seconds(server.pid)
        own_cpu_before = time.process_time()
        recorder, measured = asyncio.run(
            run_load(
                port,
                vocab,
                clients=clients,
                duration=duration,
                warmup=warmup,
                seed=seed,
                max_requests=max_requests,
                facets=facets,
                password=password,
                think=think,
            )
        )
        cpu_after = process_cpu_seconds(server.pid)
        workers_after = worker_cpu_seconds(server.pid)
        own_cpu_s = time.process_time() - own_cpu_before
        load_after = os.getloadavg()
    finally:
        stop_server(server)
    groups = summarise(recorder, measured)
    total = sum(row["requests"] for row in groups.values())
    targets = {name: row["target_met"] for name, row in groups.items() if "target_met" in row}
    return {
        "database": str(db),
        "events": vocab.events,
        "clients": clients,
        "workers": workers,
        "duration_s": round(measured, 2),
        "warmup_s": warmup,
        "seed": seed,
        "facets": facets,
        "think_s": think,
        "logged_in": password is not None,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            # 1-minute load average before and after the run: other work on the machine skews latency.
            "loadavg_1m": [round(load_before[0], 2), round(load_after[0], 2)],
        },
        "requests": total,
        "throughput_rps": round(total / measured, 1),
        "server_cpu_s": None if cpu_before is None or cpu_after is None else round(cpu_after - cpu_before, 2),
        # Server CPU over the whole run (warm-up included) per request sent in that time.
        "server_cpu_ms_per_request": None
        if cpu_before is None or cpu_after is None or not recorder.sent
        else round((cpu_after - cpu_before) * 1000 / recorder.sent, 1),
        # Each worker's CPU over the run: connections are kept alive, so one worker can end up
        # with most of them; a lopsided split shows here.
        "server_cpu_s_by_worker": sorted(
            (round(workers_after[w] - workers_before[w], 2) for w in workers_after if w in workers_before),
            reverse=True,
        ),
        # The load tool's own CPU per request: it runs on the same cores as the server.
        "client_cpu_ms_per_request": round(own_cpu_s * 1000 / recorder.sent, 2) if recorder.sent else None,
        "groups": groups,
        "targets_met": targets,
        "all_targets_met": bool(targets) and all(targets.values()),
        "error_samples": recorder.error_samples,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="SQLite store made by make_events_db.py")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--duration", type=float, default=30.0, help="measured seconds (default 30)")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds not measured first (default 5)")
    parser.add_argument(
        "--workers",
        type=int,
        default=SERVE_WORKERS,
        help=f"uvicorn worker processes (default {SERVE_WORKERS}, as tigris serve)",
    )
    parser.add_argument("--seed", type=int, default=11, help="seed of the request mix (default 11)")
    parser.add_argument("--max-requests", type=int, default=MAX_REQUESTS, help="stop after this many")
    parser.add_argument("--no-facets", action="store_true", help="do not load facets after each page")
    parser.add_argument(
        "--think",
        type=float,
        default=0.0,
        help="mean pause (s, exponential) between a client's page views; 0 = back to back (default)",
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this file")
    args = parser.parse_args(argv)
    report = benchmark(
        args.db.resolve(),
        clients=args.clients,
        duration=args.duration,
        warmup=args.warmup,
        workers=args.workers,
        seed=args.seed,
        max_requests=args.max_requests,
        facets=not args.no_facets,
        think=args.think,
    )
    print(
        f"{report['events']} events, {report['clients']} clients, {report['workers']} worker(s), "
        f"think {report['think_s']} s, "
        f"{report['duration_s']} s measured, {report['throughput_rps']} req/s in all; CPU per request: "
        f"server {report['server_cpu_ms_per_request']} ms, load tool {report['client_cpu_ms_per_request']} ms; "
        f"CPU s by worker: {report['server_cpu_s_by_worker']}"
    )
    print(render_table(report["groups"]))
    for sample in report["error_samples"]:
        print(f"error: {sample}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
