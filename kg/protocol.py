"""The pure parts of the SPARQL 1.1 Protocol as kg serves it: formats, content negotiation, and
the refusal of SPARQL that would reach outside the store (SERVICE federation, LOAD).

Nothing here touches a store or the network, so all of it is testable from strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    name: str  # the value of the `format` request parameter
    media_type: str  # what the response says it is
    results: QueryResultsFormat | None = None  # for SELECT and ASK
    rdf: RdfFormat | None = None  # for CONSTRUCT and DESCRIBE
    aliases: tuple[str, ...] = ()  # other media types that ask for it
    names: tuple[str, ...] = ()  # other `format` values that ask for it (as SPARQLWrapper sends them)


# first of each list is the default when the request does not say
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", results=QueryResultsFormat.JSON, aliases=("application/json",)),
    Format("xml", "application/sparql-results+xml", results=QueryResultsFormat.XML, aliases=("application/xml", "text/xml")),
    Format("csv", "text/csv", results=QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", results=QueryResultsFormat.TSV),
)
GRAPH_FORMATS = (
    Format("ttl", "text/turtle", rdf=RdfFormat.TURTLE, aliases=("application/x-turtle", "application/turtle"), names=("turtle",)),
    Format("nt", "application/n-triples", rdf=RdfFormat.N_TRIPLES, aliases=("text/plain",), names=("n-triples", "ntriples")),
    Format("jsonld", "application/ld+json", rdf=RdfFormat.JSON_LD, aliases=("application/json",), names=("json-ld", "json")),
    Format("rdfxml", "application/rdf+xml", rdf=RdfFormat.RDF_XML, aliases=("application/xml", "text/xml"), names=("xml", "rdf")),
)


class NotAcceptable(Exception):
    """No format the client accepts fits this kind of result."""


def _accept_ranges(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    return ranges


def _quality(fmt: Format, ranges: list[tuple[str, float]]) -> float:
    """The q the client gives this format: the most specific matching range wins."""
    best, specificity = 0.0, -1
    for media_type, q in ranges:
        main = media_type.split("/")[0]
        if media_type in (fmt.media_type, *fmt.aliases):
            rank = 2
        elif media_type == f"{main}/*" and any(m.startswith(main + "/") for m in (fmt.media_type, *fmt.aliases)):
            rank = 1
        elif media_type == "*/*":
            rank = 0
        else:
            continue
        if rank > specificity:
            best, specificity = q, rank
    return best


def negotiate(formats: tuple[Format, ...], *, accept: str | None = None, name: str | None = None) -> Format:
    """Pick the response format: an explicit `format` name first, else the Accept header."""
    kind = "SPARQL results" if formats is RESULT_FORMATS else "an RDF graph"
    offered = ", ".join(f"{f.name} ({f.media_type})" for f in formats)
    if name:
        for fmt in formats:
            if name.lower() in (fmt.name, *fmt.names, fmt.media_type):
                return fmt
        raise NotAcceptable(f"format {name!r} does not fit this query, which gives {kind}; use one of: {offered}")
    if not accept or not accept.strip():
        return formats[0]
    ranges = _accept_ranges(accept)
    scored = [(_quality(fmt, ranges), -index, fmt) for index, fmt in enumerate(formats)]
    q, _, fmt = max(scored, key=lambda item: item[:2])
    if q <= 0:
        raise NotAcceptable(f"none of the accepted types fits this query, which gives {kind}; accept one of: {offered}")
    return fmt


# the lexical pieces inside which a keyword is not a keyword, matched left to right
_OPAQUE = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                     r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|\#[^\n]*''', re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_FORBIDDEN = {
    "SERVICE": "SERVICE (federated query) is not allowed here: the server queries only its own store",
    "LOAD": "LOAD is not allowed here: the server reads neither files nor other servers",
}


def _keywords(sparql: str) -> set[str]:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    text = _OPAQUE.sub(" ", text)
    # a keyword, not a variable (?load), a prefixed name (ex:service) or part of a longer word
    return {m.group(0).upper() for m in re.finditer(r"(?<![\w?$:])[A-Za-z]+(?![\w:])", text)}


def refusal(sparql: str) -> str | None:
    """Why this query or update is refused (SERVICE or LOAD anywhere in it), or None."""
    found = _keywords(sparql) & _FORBIDDEN.keys()
    return _FORBIDDEN[sorted(found)[0]] if found else None
