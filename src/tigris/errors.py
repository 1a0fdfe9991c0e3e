"""Every error tigris raises on purpose.

    TigrisError
    ├── InputError            an input cannot be read; carries the origin and a one-line reason
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── TooLarge
    │   ├── MalformedInput
    │   └── FetchError        a URL could not be fetched (timeout, status, size cap)
    ├── ConfigError           a setting has a value tigris cannot use
    ├── StoreError            the database is unreachable or its schema is behind
    ├── NotFound              a record a user asked for by name or id does not exist
    └── NothingProcessed      a whole run read no document at all

The CLI turns these into one-line messages and exit codes in one place (``tigris.cli``).
"""

from __future__ import annotations


class TigrisError(Exception):
    """Base class of tigris's own errors."""


class InputError(TigrisError):
    """An input that cannot become a document. ``reason`` is one line a user can act on."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class MalformedInput(InputError):
    pass


class FetchError(InputError):
    pass


class ConfigError(TigrisError):
    pass


class StoreError(TigrisError):
    pass


class NotFound(TigrisError):
    pass


class NothingProcessed(TigrisError):
    pass
