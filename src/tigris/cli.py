"""The ``tigris`` command: a thin Typer shell over ``tigris.service``.

Errors are turned into one-line messages and exit codes here and only here:
0 success; 1 nothing could be processed or a tigris error; 2 bad usage.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tigris import service
from tigris.errors import TigrisError
from tigris.pipeline import Coded, RunReport
from tigris.publish import FORMATS, write_events
from tigris.publish.exports import event_to_record
from tigris.resolve.kb import Actor, Match, Place
from tigris.settings import Settings
from tigris.types import Rejection

app = typer.Typer(
    help="tigris: conflict and political reporting in, a sourced and reviewable event record out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: TIGRIS_DATABASE_URL or sqlite:///tigris.db)."),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")]


def _settings(db: str | None) -> Settings:
    return Settings.from_env().with_overrides(database_url=db)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}", param_hint="--format"
        )


def _parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2020-01-24", param_hint=name) from None


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[Coded | Rejection], None]]:
    """A Rich progress line on stderr (when it is a terminal); rejections are printed as they come."""
    err = _err()
    if not enabled or not err.is_terminal:

        def report(item: Coded | Rejection) -> None:
            if isinstance(item, Rejection):
                err.print(f"rejected: {item.origin}: {item.reason}", markup=False)

        yield report
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("documents", total=None)

        def advance(item: Coded | Rejection) -> None:
            if isinstance(item, Rejection):
                progress.console.print(f"rejected: {item.origin}: {item.reason}", markup=False)
            progress.advance(task)

        yield advance


def _finish(report: RunReport) -> None:
    _err().print(
        f"{report.processed} documents read ({report.added} new, {report.unchanged} unchanged, "
        f"{report.updated} updated), {report.events} events, {len(report.rejections)} rejected",
        markup=False,
    )
    if report.nothing_processed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for standard input.")],
    db: DbOption = None,
) -> None:
    """Read reporting, code its events and store both."""
    settings = _settings(db)
    with _progress(True) as on_item:
        report = service.ingest(paths, settings, on_item=on_item)
    _finish(report)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, documents-JSONL, or -.")],
    fmt: FormatOption = "jsonl",
    db: DbOption = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Code only; store nothing.")] = False,
) -> None:
    """Code events from reporting and print them (one JSON object a line by default)."""
    _check_format(fmt)
    settings = _settings(db)
    with _progress(False) as on_item:
        events, report = service.extract(paths, settings, save=not no_store, on_item=on_item)
    write_events(events, fmt, sys.stdout)
    _finish(report)


@app.command()
def events(
    since: Annotated[str | None, typer.Option(help="First day, e.g. 2019-10-01.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, e.g. 2019-12-31.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    place: Annotated[str | None, typer.Option(help="Part of a place, district or governorate name.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """List stored events, filtered."""
    _check_format(fmt)
    found = service.events(
        _settings(db),
        since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
        event_type=event_type,
        actor=actor,
        place=place,
        limit=limit,
    )
    write_events(found, fmt, sys.stdout)


@app.command()
def sources(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document's sources.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """List the citations parsed from stored documents' source lists."""
    rows = service.sources(_settings(db), doc)
    if fmt == "json":
        for doc_id, c in rows:
            record = {"doc_id": doc_id, **{k: getattr(c, k) for k in c.__dataclass_fields__}}
            record["date"] = c.date.isoformat() if c.date else None
            record["extra"] = list(c.extra)
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if fmt != "table":
        raise typer.BadParameter("choose table or json", param_hint="--format")
    table = Table("doc", "outlet", "author", "date", "medium", "title")
    for doc_id, c in rows:
        table.add_row(
            doc_id,
            c.outlet or "",
            c.author or "",
            c.date.isoformat() if c.date else "",
            c.medium or "",
            c.title or "",
        )
    Console(highlight=False).print(table)


@app.command()
def rejections(db: DbOption = None) -> None:
    """List inputs that could not be read or coded, with the reason."""
    for r in service.rejections(_settings(db)):
        sys.stdout.write(f"{r.stage}\t{r.origin}\t{r.reason}\n")


@app.command(name="eval")
def evaluate(
    name: Annotated[
        str,
        typer.Argument(
            help="gold, gold2, gold3, gold4, gold5, gold6, gold7, gold8, gold9, gold10, gold11, gold12, gold13, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, case, ucdp, plover, or a gold folder."
        ),
    ],
    shared: Annotated[
        str | None, typer.Option(help="The folder holding data/ with outside datasets.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Score a fixed stratified sample of N items.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    details: Annotated[bool, typer.Option(help="Add per-class scores and the confusion table.")] = False,
) -> None:
    """Measure the extractor: per-field precision, recall and accuracy, and a confusion table."""
    from pathlib import Path

    from tigris.evaluate import run_eval

    report = run_eval(name, shared=Path(shared) if shared else None, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.format_text(details=details) + "\n")


HostOption = Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 keeps it on this machine).")]
PortOption = Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")]


WorkersOption = Annotated[
    int, typer.Option(min=1, max=64, help="Server processes (they share one session key).")
]


@app.command()
def serve(
    host: HostOption = "127.0.0.1", port: PortOption = 8000, workers: WorkersOption = 2, db: DbOption = None
) -> None:
    """Serve the analyst's workbench (events, map, timeline, actors, on this day, review)."""
    from tigris.web import serve as run_server

    run_server(_settings(db), host=host, port=port, workers=workers)


@app.command()
def demo(
    db: DbOption = None,
    serve_after: Annotated[
        bool, typer.Option("--serve", help="Then serve the workbench with demo accounts.")
    ] = False,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
) -> None:
    """Load the demo corpus into the store and print a summary of it."""
    settings = _settings(db)
    with _progress(True) as on_item:
        summary = service.demo(settings, on_item=on_item)
    out = Console(highlight=False)
    out.print(f"[bold]tigris demo[/bold] → {settings.database_url}")
    r = summary.report
    out.print(
        f"{summary.documents} documents ({r.added} new, {r.unchanged} unchanged), {summary.events} events, "
        f"{summary.citations} citations, {summary.rejections} rejected inputs"
    )
    by_type = Table("event type", "events", title="Events by type")
    for name, n in summary.by_type:
        by_type.add_row(name, str(n))
    out.print(by_type)
    by_month = Table("month", "events", title="Events by month")
    for month, n in summary.by_month:
        by_month.add_row(month, str(n))
    out.print(by_month)
    actors = Table("actor", "events", title="Top actors")
    for name, n in summary.top_actors:
        actors.add_row(name, str(n))
    out.print(actors)
    if summary.post is not None:
        out.print(f"\n[bold]Events of the analysis post[/bold] “{summary.post.title}” ({summary.post.id})")
        write_events(summary.post_events, "table", sys.stdout)
    out.print("\nNext: tigris events --type Protests   ·   tigris sources   ·   tigris events -f acled-csv")
    if serve_after:
        from tigris.web import ensure_demo_users
        from tigris.web import serve as run_server

        out.print(
            f"\n[bold]Workbench[/bold] at http://{host}:{port}/ — log in with one of these demo accounts:"
        )
        for user, role, password in ensure_demo_users(settings.database_url):
            out.print(f"  {role:<8} user [bold]{user}[/bold]  password [bold]{password}[/bold]", markup=True)
        out.print("Stop it with Ctrl-C.")
        run_server(settings, host=host, port=port)


ListFormat = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


def _list_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")


def _json_line(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _json_matches(rows: list[tuple[dict[str, object], Match]]) -> None:
    """Search results as one JSON array, the best match first, with how each matched."""
    records = [{**record, "score": m.score, "matched": m.matched} for record, m in rows]
    sys.stdout.write(json.dumps(records, ensure_ascii=False) + "\n")


def _actor_record(a: Actor) -> dict[str, object]:
    return {
        "id": a.id, "name": a.name, "acled_name": a.acled_name, "kind": a.kind, "inter": a.inter,
        "country": a.country, "aliases": list(a.aliases), "codes_as": a.codes_as, "wikidata": a.wikidata,
        "memberships": list(a.memberships), "source": a.source,
    }  # fmt: skip


def _place_record(p: Place) -> dict[str, object]:
    return {
        "id": p.id, "name": p.name, "kind": p.kind, "admin1": p.admin1, "admin2": p.admin2,
        "country": p.country, "latitude": p.lat, "longitude": p.lon, "geo_precision": p.geo_precision,
        "alt_names": list(p.alt_names),
    }  # fmt: skip


@app.command()
def actors(
    query: Annotated[str, typer.Argument(help="A name, alias or spelling variant.")] = "",
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    fmt: ListFormat = "table",
) -> None:
    """Search the actor knowledge base; the best match first."""
    _list_format(fmt)
    matches = service.find_actors(query, limit=limit)
    if fmt == "json":
        _json_matches([(_actor_record(m.actor), m) for m in matches if m.actor])
        return
    table = Table("id", "name", "ACLED name", "kind", "inter", "matched", "score")
    for m in matches:
        if m.actor:
            a = m.actor
            table.add_row(a.id, a.name, a.acled_name, a.kind, str(a.inter or ""), m.matched, f"{m.score:.0f}")
    Console(highlight=False).print(table)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="The actor's name or any alias.")],
    fmt: ListFormat = "table",
    db: DbOption = None,
) -> None:
    """An actor's profile: aliases, memberships and recent events."""
    _list_format(fmt)
    profile = service.actor_profile(_settings(db), name)
    a = profile.actor
    if fmt == "json":
        record = _actor_record(a)
        record["coded_as"] = profile.codes_as.acled_name if profile.codes_as else a.acled_name
        record["members"] = [m.id for m in profile.members]
        record["events"] = [event_to_record(e) for e in profile.events]
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False)
    out.print(f"[bold]{a.name}[/bold] ({a.id}) — {a.kind}, {a.country or 'no country'}", markup=True)
    out.print(f"ACLED name: {a.acled_name}; inter {a.inter or '-'}", markup=False)
    if profile.codes_as:
        out.print(f"Coded as: {profile.codes_as.acled_name}", markup=False)
    out.print(f"Aliases: {', '.join(a.aliases) or '-'}", markup=False)
    for m in a.memberships:
        out.print(
            f"Member of {m.get('actor')} as {m.get('role') or '-'} from {m.get('from') or '?'} to {m.get('to') or '-'}",
            markup=False,
        )
    if profile.members:
        out.print(f"Members: {', '.join(m.name for m in profile.members)}", markup=False)
    out.print(f"Source: {a.source}", markup=False)
    out.print(f"\n{len(profile.events)} recent events", markup=False)
    write_events(profile.events, "table", sys.stdout)


@app.command()
def places(
    query: Annotated[str, typer.Argument(help="A place name or spelling variant.")] = "",
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    fmt: ListFormat = "table",
) -> None:
    """Search the gazetteer; the best match first."""
    _list_format(fmt)
    matches = service.find_places(query, limit=limit)
    if fmt == "json":
        _json_matches([(_place_record(m.place), m) for m in matches if m.place])
        return
    table = Table("id", "name", "kind", "admin1", "admin2", "country", "lat", "lon", "matched", "score")
    for m in matches:
        if m.place:
            p = m.place
            table.add_row(
                p.id, p.name, p.kind, p.admin1 or "", p.admin2 or "", p.country or "",
                f"{p.lat:.4f}" if p.lat is not None else "", f"{p.lon:.4f}" if p.lon is not None else "",
                m.matched, f"{m.score:.0f}",
            )  # fmt: skip
    Console(highlight=False).print(table)


@app.command()
def unresolved(fmt: ListFormat = "table", db: DbOption = None) -> None:
    """Names seen in event sentences that no actor or place resolved, with counts, for review."""
    _list_format(fmt)
    rows = service.unresolved(_settings(db))
    if fmt == "json":
        for r in rows:
            _json_line({"name": r.name, "count": r.count, "documents": r.documents, "example": r.example})
        return
    table = Table("name", "count", "documents", "example")
    for r in rows:
        table.add_row(r.name, str(r.count), str(r.documents), r.example[:100])
    Console(highlight=False).print(table)


def main() -> None:
    """Console entry point: tigris's own errors become one line on stderr and exit status 1."""
    try:
        app()
    except TigrisError as exc:
        _err().print(f"tigris: {exc}", markup=False)
        sys.exit(1)
