"""The exceptions quyche raises. Every one is a :class:`QuycheError`; each also subclasses the
built-in exception a Python programmer would expect (``ValueError``, ``LookupError``, ``OSError``)."""

from __future__ import annotations


class QuycheError(Exception):
    """Base class of every error quyche raises.

    ``kind`` is the core's machine-readable error kind (``"input"``, ``"not_found"``,
    ``"ambiguous"``, ``"dataset"``, ``"date"``, ``"request"``, ``"io"``), the same string the C ABI
    and the JSON answers use.
    """

    kind: str = "error"


class ParseError(QuycheError, ValueError):
    """An input or request that cannot be read: a citation, a JSON request, an unknown role,
    frequency or shift; and (as its subclass :class:`InvalidInputError`) unusable text."""


class InvalidInputError(ParseError):
    """Text that cannot be used at all: empty, binary, UTF-16, not UTF-8, or too large
    (``kind`` ``"input"``, the C ABI's ``QC_STATUS_INVALID_INPUT``). A :class:`ParseError`, so
    code that catches that still catches this."""


class InvalidDateError(QuycheError, ValueError):
    """A date that does not exist (30 February, a lunar day 30 of a 29-day month), a malformed
    date string, or a date outside the calendar's range."""


class NotFoundError(QuycheError, LookupError):
    """A lookup found nothing: an instrument, province, agency or provision. The message lists
    close matches where there are some."""


class AmbiguousError(QuycheError, LookupError):
    """A name that fits several things (say, one agency name in several provinces); the
    message lists them."""


class DatasetError(QuycheError, ValueError):
    """A dataset that failed to load; the message lists every problem with its file, line and
    field."""


class DataReadError(QuycheError, OSError):
    """A dataset file or directory that cannot be read."""


__all__ = [
    "QuycheError",
    "ParseError",
    "InvalidInputError",
    "InvalidDateError",
    "NotFoundError",
    "AmbiguousError",
    "DatasetError",
    "DataReadError",
]
