"""Exports read the store, never the extractor: a registry of formats, each a small module."""
from __future__ import annotations

import enum
from importlib import import_module
from pathlib import Path

from ..errors import ExportError


class ExportFormat(str, enum.Enum):
    TURTLE = "ttl"
    NTRIPLES = "nt"
    JSONLD = "jsonld"
    TRIG = "trig"
    NQUADS = "nq"
    RDFXML = "xml"
    HTML = "html"


_MODULES = {ExportFormat.HTML: "html"}


SELECTION = ("focus", "article", "event_types", "since", "until")  # `depth` goes with `focus`


def export(store, fmt: ExportFormat | str, out: str | Path, **options) -> Path:
    """Write the store (or a selection of it) to `out` in the given format.

    The HTML view takes a selection: focus=NAME with depth=N, article=FILE_OR_KEY,
    event_types=(TYPE, ...), since=DATE, until=DATE (see kg.export.select).
    """
    fmt = ExportFormat(fmt)
    options = {name: value for name, value in options.items() if value is not None and value != ()}
    if fmt is not ExportFormat.HTML and any(options.get(name) for name in SELECTION):
        raise ExportError(f"a selection (--focus, --article, --event-type, --since, --until) needs --format html, not {fmt.value}")
    module = import_module(f"{__name__}.{_MODULES.get(fmt, 'rdf')}")
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        module.write(store, fmt, tmp, **options)
        tmp.replace(out)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return out
