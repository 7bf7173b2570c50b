"""One exception family for everything a user can cause, so the CLI turns each into one line.

Programming mistakes stay plain ValueError/TypeError and keep their tracebacks.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class: a problem the user can fix; its message says how."""


class ArticleError(KGError):
    """An input file is not a readable UTF-8 text article."""


class ModelMissing(KGError):
    """The spaCy English pipeline is not installed."""


class StoreError(KGError):
    """The store cannot be opened or written."""


class StoreLocked(StoreError):
    """Another process holds the store."""


class QueryError(KGError):
    """A SPARQL query is malformed or unknown."""


class ExportError(KGError):
    """An export cannot be written."""
