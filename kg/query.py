"""SPARQL over the store: named queries shipped with the ontology, files, and ad hoc text.

SELECT results come out in the SPARQL 1.1 results formats (CSV, TSV, JSON, XML) as pyoxigraph
writes them, or as a table for people; CONSTRUCT/DESCRIBE results as Turtle.
"""
from __future__ import annotations

import decimal
import enum
import io
import json
import re
from pathlib import Path

import pyoxigraph
from pyoxigraph import QueryResultsFormat, RdfFormat

from .errors import QueryError
from .sink import CappedBuffer
from .settings import ONTOLOGY_DIR
from .vocab import PREFIXES

QUERIES_DIR = ONTOLOGY_DIR / "queries"


class ResultFormat(str, enum.Enum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    XML = "xml"


_RESULTS = {ResultFormat.CSV: QueryResultsFormat.CSV, ResultFormat.TSV: QueryResultsFormat.TSV,
            ResultFormat.JSON: QueryResultsFormat.JSON, ResultFormat.XML: QueryResultsFormat.XML}


def named_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.rq"))}


def named_query(name: str) -> str:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known: {', '.join(queries)}")
    return queries[name].read_text(encoding="utf-8")


def query_file(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query ({exc.__class__.__name__})") from None


def run(store, sparql: str, *, graph=None):
    """Execute a query; a syntax error becomes a QueryError naming line and column."""
    try:
        sparql = _resolve_entities(store, sparql, graph)
        return _sorted_here(store, sparql, graph) or store.query(sparql, graph=graph)
    except SyntaxError as exc:
        where = re.match(r"error at (\d+):(\d+): ", str(exc))  # oxigraph: "error at LINE:COLUMN: ..."
        if where:
            raise QueryError(f"bad SPARQL at line {where[1]}, column {where[2]}: {str(exc)[where.end():]}") from None
        raise QueryError(f"bad SPARQL: {exc}") from None


# `about` finds its entity by label in a subquery; pyoxigraph evaluates each branch's subqueries
# over the whole store before joining them with it (seconds at 1,000 articles, superlinear). With
# ?name bound, the entities are looked up first and bound by VALUES inside every subquery that
# projects ?entity: each branch then reads only that entity's facts. Same results, same order.
_LABEL_LOOKUP = "{ SELECT DISTINCT ?entity ?n WHERE { ?entity skos:prefLabel|skos:altLabel ?n } }"
_LABEL_FILTER = "FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))"
_NAME_VALUES = re.compile(r'VALUES \?name \{ ("(?:[^"\\]|\\.)*") \}')
_ENTITY_SUBQUERY = re.compile(r"\{ SELECT DISTINCT [^{}]*\?entity\b[^{}]*WHERE \{")


def _resolve_entities(store, sparql: str, graph) -> str:
    """The query with its label lookup replaced by the entities it finds (see above), or as given."""
    if _LABEL_LOOKUP not in sparql or _LABEL_FILTER not in sparql:
        return sparql
    names = _NAME_VALUES.findall(sparql)
    if len(names) != 1:
        return sparql
    lookup = (f"SELECT DISTINCT ?entity ?n WHERE {{ VALUES ?name {{ {names[0]} }} "
              f"?entity skos:prefLabel|skos:altLabel ?n {_LABEL_FILTER} }}")
    found = [(s["entity"], s["n"]) for s in store.query(lookup, graph=graph)]
    if not all(isinstance(e, pyoxigraph.NamedNode) for e, _ in found):
        return sparql  # a blank node cannot be written into VALUES: run the query as it is
    pairs = " ".join(f"({e} {n})" for e, n in found)
    entities = " ".join(sorted({str(e) for e, _ in found}))
    sparql = sparql.replace(_LABEL_LOOKUP, f"VALUES (?entity ?n) {{ {pairs} }}")
    return _ENTITY_SUBQUERY.sub(lambda m: f"{m[0]} VALUES ?entity {{ {entities} }}", sparql)


# A final ORDER BY is evaluated by pyoxigraph comparing rows pair by pair, and each comparison of two
# long strings or IRIs reads both from the store: n log n reads, each slower as the store grows (at
# 3,000 articles most of `claims`, `entities` and `evidence` was their sort). A query ending in ORDER BY
# plain variables (or `(?var = "")`) runs here without it: its rows are read once and sorted by the same
# order, SPARQL's as pyoxigraph applies it, for the terms that order is unambiguous on: unbound < IRI <
# literal; strings by code point, integers and decimals by value, booleans false first; one kind of
# literal per key. Anything else (a blank node, a language tag, another datatype, two kinds of literal
# under one key, two different rows with equal keys, which pyoxigraph's unstable sort places its own
# way) runs the query as written. The rows come back as pyoxigraph QuerySolutions, same terms.
_ORDER_BY = re.compile(r"\bORDER\s+BY((?:\s+(?:\?\w+|\(\s*\?\w+\s*=\s*\"\"\s*\)))+)\s*$", re.IGNORECASE)
_ORDER_KEY = re.compile(r"\(\s*\?(\w+)\s*=\s*\"\"\s*\)|\?(\w+)")
_COMMENT_OR_TOKEN = re.compile(r'<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + "integer": re.compile(r"[+-]?[0-9]+"),  # valid lexical forms, compared by value
            _XSD + "decimal": re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")}


# Rows are held in memory as Python objects, several times what pyoxigraph's own sort holds: past this
# much JSON they are sorted on disk instead, in runs of SORT_RUN_ROWS rows merged into one file.
SORT_HERE_MAX_BYTES = 512 * 2**20
SORT_RUN_ROWS = 200_000


class _Unsortable(Exception):
    """Rows this module does not order exactly as pyoxigraph would."""


def _sorted_here(store, sparql: str, graph):
    """The SELECT results of `sparql`, sorted here (see above), or None to run it as written."""
    # comments out first ("ORDER BY DESC(?o)  # ORDER BY ?o"); strings and IRIs may hold a '#'
    sparql = _COMMENT_OR_TOKEN.sub(lambda m: "" if m[0].startswith("#") else m[0], sparql)
    order = _ORDER_BY.search(sparql)
    if order is None or re.search(r"\b(?:LIMIT|OFFSET)\s+\d+\s*$", sparql[:order.start()], re.IGNORECASE):
        return None  # ("... LIMIT 2 ORDER BY ?o" is a syntax error, which pyoxigraph reports)
    unordered = sparql[:order.start()]
    result = store.query(unordered, graph=graph)
    if not isinstance(result, pyoxigraph.QuerySolutions):
        return None
    names = [v.value for v in result.variables]
    keys = [(m[1] or m[2], m[1] is not None) for m in _ORDER_KEY.finditer(order[1])]
    if any(name not in names for name, _ in keys):
        return None
    written = CappedBuffer(SORT_HERE_MAX_BYTES, "more than the rows sorted in memory")
    try:
        result.serialize(written, QueryResultsFormat.JSON)  # each term read once, by pyoxigraph
    except OSError:
        if written.exceeded:
            written.parts.clear()  # (half a gigabyte not to hold while the rows are sorted on disk)
            return _sorted_on_disk(store.query(unordered, graph=graph), names, _RowOrder(keys))
        raise
    data = json.loads(written.getvalue())
    row_order = _RowOrder(keys)
    try:
        keyed = [(row_order.key(solution), solution) for solution in data["results"]["bindings"]]
        keyed.sort(key=lambda pair: pair[0])
        data["results"]["bindings"] = [solution for _, solution in row_order.without_ties(keyed)]
    except _Unsortable:
        return None
    return pyoxigraph.parse_query_results(json.dumps(data).encode("utf-8"), format=QueryResultsFormat.JSON)


def _sorted_on_disk(result, names: list[str], row_order: "_RowOrder"):
    """The rows of `result` sorted as above with bounded memory: sorted runs pickled to temporary
    files, merged into one SPARQL JSON file that pyoxigraph reads back as the rows are consumed."""
    import heapq
    import tempfile  # (here, not at the top: `kg query` starts faster without them)

    merged = tempfile.TemporaryFile()  # unlinked already: gone once pyoxigraph has read it
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        try:
            runs, batch = [], []
            for solution in result:
                row = {name: _json_term(solution[name]) for name in names if solution[name] is not None}
                batch.append((row_order.key(row), row))
                if len(batch) >= SORT_RUN_ROWS:
                    runs.append(_write_run(Path(tmp) / f"{len(runs)}.run", batch))
                    batch = []
            runs.append(_write_run(Path(tmp) / f"{len(runs)}.run", batch))
            merged.write(json.dumps({"head": {"vars": names}})[:-1].encode("utf-8") + b', "results": {"bindings": [')
            rows = row_order.without_ties(heapq.merge(*(_read_run(path) for path in runs), key=lambda pair: pair[0]))
            for n, (_key, row) in enumerate(rows):
                merged.write((b", " if n else b"") + json.dumps(row).encode("utf-8"))
            merged.write(b"]}}")
        except _Unsortable:
            merged.close()
            return None
    merged.seek(0)
    return pyoxigraph.parse_query_results(merged, format=QueryResultsFormat.JSON)


def _write_run(path: Path, batch: list) -> Path:
    import pickle

    batch.sort(key=lambda pair: pair[0])
    with path.open("wb") as f:
        for pair in batch:
            pickle.dump(pair, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read_run(path: Path):
    import pickle

    with path.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def _json_term(term) -> dict:
    """A pyoxigraph term as a SPARQL JSON term (a blank node or a triple is left to pyoxigraph)."""
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    raise _Unsortable


class _RowOrder:
    """The ORDER BY keys of SPARQL JSON rows, and the checks that the order is pyoxigraph's own."""

    def __init__(self, keys: list[tuple[str, bool]]):
        self.keys = keys
        self.kinds = [set() for _ in keys]

    def key(self, solution: dict) -> list:
        if any(term["type"] not in ("uri", "literal") for term in solution.values()):
            raise _Unsortable  # a blank node or a triple: left to pyoxigraph
        out = []
        for (name, empty_test), seen in zip(self.keys, self.kinds):
            rank, value, kind = _order_key(solution.get(name), empty_test)
            seen.add(kind)
            if len(seen - {None}) > 1:
                raise _Unsortable  # two kinds of literal under one key
            out.append((rank, value))
        return out

    @staticmethod
    def without_ties(keyed):
        """The sorted (key, row) pairs; two different rows with equal keys, which pyoxigraph's unstable
        sort places its own way, raise _Unsortable."""
        previous = None
        for pair in keyed:
            if previous is not None and previous[0] == pair[0] and previous[1] != pair[1]:
                raise _Unsortable
            previous = pair
            yield pair


def _order_key(term: dict | None, empty_test: bool):
    """(rank, comparable value, kind of literal) of a SPARQL JSON term under ORDER BY, or _Unsortable."""
    if term is None:
        return 0, "", None
    if term["type"] == "uri" and not empty_test:
        return 2, term["value"], None
    if term["type"] != "literal" or not term.keys() <= {"type", "value", "datatype"}:
        raise _Unsortable  # a language tag or direction, or (?var = "") on an IRI
    datatype, value = term.get("datatype", _XSD + "string"), term["value"]
    if datatype == _XSD + "string":
        return (3, value == "", "boolean") if empty_test else (3, value, "string")
    if empty_test:
        raise _Unsortable  # (?var = "") on another datatype is an error or a comparison of values
    if datatype in _NUMBERS:
        if not _NUMBERS[datatype].fullmatch(value):
            raise _Unsortable  # not a valid lexical form ("NaN", "1e3"): pyoxigraph compares it otherwise
        number = decimal.Decimal(value)
        if abs(number) >= 2**63 or -number.as_tuple().exponent > 18:
            raise _Unsortable  # past pyoxigraph's 64-bit integers and 18-digit decimals it compares the text
        return 3, number, "number"
    if datatype == _XSD + "boolean" and value in ("true", "false"):
        return 3, value == "true", "boolean"
    raise _Unsortable


def render(result, fmt: ResultFormat) -> str:
    """Render a query result in one of the result formats."""
    fmt = ResultFormat(fmt)
    if isinstance(result, pyoxigraph.QueryBoolean):
        return ("true" if bool(result) else "false") + "\n"
    if isinstance(result, pyoxigraph.QueryTriples):
        triples = sorted(set(result), key=str)  # a graph: a triple found in several articles once
        return pyoxigraph.serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    if fmt is ResultFormat.TABLE:
        return _table(result)
    return result.serialize(format=_RESULTS[fmt]).decode("utf-8")


def rows(result) -> list[dict[str, str]]:
    """SELECT results as plain dicts of strings (empty string where unbound)."""
    names = [v.value for v in result.variables]
    out = []
    for solution in result:
        out.append({n: ("" if solution[n] is None else solution[n].value) for n in names})
    return out


def _table(result) -> str:
    names = [v.value for v in result.variables]
    cells = [[("" if solution[n] is None else _short(solution[n])) for n in names] for solution in result]
    text = plain_table(names, cells)
    if text is None:
        text = _rich_table(names, cells)
    return text + f"{len(cells)} row{'s' if len(cells) != 1 else ''}\n"


TABLE_WIDTH = 160
# characters rich draws one cell wide and prints as given; anything else (wide or combining
# characters, controls, rich markup `[...]`, `:emoji:` codes) goes to rich itself
_PLAIN = r"[!-~\xa1-\u02ff‘’“”–—…]+(?: [!-~\xa1-\u02ff‘’“”–—…]+)*"
_MARKUP = r"\[|:\S*?:"


def plain_table(names: list[str], cells: list[list[str]]) -> str | None:
    """The table exactly as rich draws it, without importing rich (about 30 ms of every `kg query`):
    only when every cell is plain one-line text and the table fits the width; None otherwise."""
    if not names:
        return None
    for value in (*names, *(c for row in cells for c in row)):
        if value and (not re.fullmatch(_PLAIN, value) or re.search(_MARKUP, value)):  # compiled on first use
            return None
    widths = [max([len(n), *(len(row[i]) for row in cells)]) for i, n in enumerate(names)]
    if sum(widths) + 3 * len(widths) + 1 > TABLE_WIDTH:
        return None

    def line(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * (w + 2) for w in widths) + right + "\n"

    def row(left: str, values, middle: str, right: str) -> str:
        return left + middle.join(f" {v.ljust(w)} " for v, w in zip(values, widths)) + right + "\n"

    return "".join([line("┏", "━", "┳", "┓"), row("┃", names, "┃", "┃"), line("┡", "━", "╇", "┩"),
                    *(row("│", r, "│", "│") for r in cells), line("└", "─", "┴", "┘")])


def _rich_table(names: list[str], cells: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False)
    for cells_of_row in cells:
        table.add_row(*cells_of_row)
    buffer = io.StringIO()
    Console(file=buffer, width=TABLE_WIDTH, force_terminal=False, color_system=None).print(table)
    return buffer.getvalue()


def _short(term) -> str:
    value = term.value
    for prefix, namespace in PREFIXES.items():
        if isinstance(term, pyoxigraph.NamedNode) and value.startswith(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def bind(sparql: str, values: dict[str, str]) -> str:
    """Bind variables to string literals by prepending a VALUES block to the WHERE clause."""
    import json

    clause = " ".join(f"VALUES ?{name} {{ {json.dumps(value)} }}" for name, value in sorted(values.items()))
    index = sparql.upper().find("WHERE")
    brace = sparql.find("{", index if index >= 0 else 0)
    if brace < 0:
        raise QueryError("cannot bind variables: the query has no WHERE clause")
    return sparql[:brace + 1] + " " + clause + " " + sparql[brace + 1:]
