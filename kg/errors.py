"""User-facing errors: the CLI turns each into one line on stderr and exit code 1."""
from __future__ import annotations


class KgError(Exception):
    """Base class of errors caused by the user's input, not by a bug."""


class InputError(KgError):
    """An input file or folder cannot be read as an article."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run."""


class FormatError(KgError):
    """An unknown or unsupported output/input format was asked for."""
