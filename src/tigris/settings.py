"""One typed settings object, read from the environment (``TIGRIS_*``) and overridable by the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from tigris.errors import ConfigError

# (name, default, help): the one list that drives the environment variables and the docs.
SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("database_url", "sqlite:///tigris.db", "SQLAlchemy URL of the store (TIGRIS_DATABASE_URL)"),
    ("max_document_bytes", 20_000_000, "inputs larger than this are rejected, not truncated"),
    ("fetch_timeout", 15.0, "seconds to wait for a URL before giving up"),
    ("fetch_max_bytes", 10_000_000, "a fetched response larger than this is rejected"),
    ("max_html_depth", 200, "HTML nested deeper than this is flattened and flagged 'truncated'"),
    ("timezone", "Asia/Baghdad", "local time zone used to resolve dates in reporting"),
)


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///tigris.db"
    max_document_bytes: int = 20_000_000
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 10_000_000
    max_html_depth: int = 200
    timezone: str = "Asia/Baghdad"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, default, _help in SETTINGS:
            raw = env.get(f"TIGRIS_{name.upper()}")
            if raw is None:
                continue
            try:
                values[name] = _cast(default, raw)
            except ValueError as exc:
                raise ConfigError(
                    f"TIGRIS_{name.upper()}={raw!r}: expected {type(default).__name__}"
                ) from exc
        return cls(**values)  # type: ignore[arg-type]  # each value was cast to its default's type

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _cast(default: object, raw: str) -> Any:
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw
