"""`kg serve`: the store over the SPARQL 1.1 Protocol, on Starlette and uvicorn.

    /                 a page with a query box and the named queries
    /sparql           the endpoint: GET ?query=, POST form-encoded (query= or update=),
                      POST application/sparql-query or application/sparql-update
    /queries          the named queries (JSON); /queries/NAME runs one, other parameters bind variables
    /graph            the interactive graph view (the HTML export)

Results are negotiated from the Accept header or a `format` parameter (json, xml, csv, tsv for
SELECT/ASK; ttl, nt, jsonld, rdfxml for CONSTRUCT/DESCRIBE). The server is read-only unless started
with allow_update and a token, which every update request must carry as `Authorization: Bearer`.
SERVICE and LOAD are refused always. Each request runs in a worker process (kg/workers.py) within a
time limit and a result-size limit.
"""
from __future__ import annotations

import hmac
import html
import ipaddress
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from . import query as q
from .protocol import refusal
from .workers import Reply, WorkerConfig, WorkerPool

FORM = "application/x-www-form-urlencoded"
EXAMPLE = "SELECT ?label ?category WHERE {\n  ?entity a ?class ; skos:prefLabel ?label .\n" \
          "  BIND(STRAFTER(STR(?class), \"#\") AS ?category)\n} ORDER BY ?label LIMIT 20"
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class ServeOptions:
    allow_update: bool = False
    token: str | None = None
    timeout: float = 10.0
    max_bytes: int = 32 * 2**20
    max_request_bytes: int = 2**20
    workers: int = 2


class Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}


def _text(status: int, message: str, headers: dict | None = None) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain", headers=headers)


def _reply(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type,
                    headers={"Vary": "Accept", "X-Content-Type-Options": "nosniff"})


async def _body(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"the request is larger than the server's limit of {limit // 1024} KB")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request is not UTF-8 text") from None


async def _parameters(request: Request, limit: int) -> dict[str, list[str]]:
    """The protocol parameters of a request: the URL's, plus the form's or the body's."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method != "POST":
        return params
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = _decode(await _body(request, limit))
    if media_type == FORM:
        for key, value in parse_qsl(body, keep_blank_values=True):
            params.setdefault(key, []).append(value)
    elif media_type == "application/sparql-query":
        params["query"] = [body]
    elif media_type == "application/sparql-update":
        params["update"] = [body]
    else:
        raise Refused(415, f"cannot read a {media_type or 'body without a content type'}; send {FORM}, "
                           "application/sparql-query or application/sparql-update")
    return params


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise Refused(400, f"give the {name} parameter once")
    return values[0] if values else None


class Endpoint:
    """The routes, sharing one worker pool."""

    def __init__(self, location: str, options: ServeOptions):
        self.location, self.options = location, options
        self.pool = WorkerPool(WorkerConfig(location, writable=options.allow_update, max_bytes=options.max_bytes),
                               size=options.workers, timeout=options.timeout)

    async def sparql(self, request: Request) -> Response:
        params = await _parameters(request, self.options.max_request_bytes)
        query, update = _one(params, "query"), _one(params, "update")
        if (query is None) == (update is None):
            raise Refused(400, "give exactly one of the parameters query and update (see / for a query box)")
        if update is not None:
            if request.method != "POST":
                raise Refused(400, "send SPARQL Update with POST")
            return await self.update(request, update)
        return await self.run_query(request, query, params)

    async def run_query(self, request: Request, sparql: str, params: dict[str, list[str]]) -> Response:
        if params.get("named-graph-uri") or len(params.get("default-graph-uri", [])) > 1:
            raise Refused(400, "this endpoint takes at most one default-graph-uri and no named-graph-uri; use GRAPH in the query")
        reason = refusal(sparql)
        if reason:
            raise Refused(400, reason)
        graph = _one(params, "default-graph-uri")
        if graph is not None and not _iri(graph):
            raise Refused(400, f"default-graph-uri is not an IRI: {graph!r}")
        return _reply(await self.pool.run({"op": "query", "sparql": sparql, "graph": graph,
                                           "accept": request.headers.get("accept"), "format": _one(params, "format")}))

    async def update(self, request: Request, sparql: str) -> Response:
        if not self.options.allow_update:
            raise Refused(403, "this endpoint is read-only: start `kg serve` with --allow-update and --token to accept SPARQL Update")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), (self.options.token or "").encode()):
            raise Refused(401, "SPARQL Update needs the server's token: send `Authorization: Bearer TOKEN`",
                          {"WWW-Authenticate": 'Bearer realm="kg"'})
        reason = refusal(sparql)
        if reason:
            raise Refused(403, reason)
        return _reply(await self.pool.run({"op": "update", "sparql": sparql}))

    async def named(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in q.named_queries():
            raise Refused(404, f"no named query {name!r}; see /queries")
        binds = {k: v for k, v in request.query_params.items() if k != "format"}
        bad = [k for k in binds if not _VARIABLE.fullmatch(k)]
        if bad:
            raise Refused(400, f"not a variable name: {bad[0]!r}")
        text = q.named_query(name)
        return await self.run_query(request, q.bind(text, binds) if binds else text,
                                    {"format": request.query_params.getlist("format")})

    async def queries(self, request: Request) -> Response:
        return JSONResponse({"queries": [{"name": name, "description": _description(path), "url": f"/queries/{name}"}
                                         for name, path in q.named_queries().items()]})

    async def graph(self, request: Request) -> Response:
        reply = await self.pool.run({"op": "graph"})
        return _reply(reply) if reply.status != 200 else HTMLResponse(reply.body)

    async def index(self, request: Request) -> Response:
        return HTMLResponse(index_page(self.options.allow_update), headers={
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
            "X-Content-Type-Options": "nosniff"})


def _iri(text: str) -> bool:
    from pyoxigraph import NamedNode

    try:
        NamedNode(text)
    except ValueError:
        return False
    return True


def _description(path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(lines)


def index_page(allow_update: bool) -> str:
    e = html.escape
    items = "\n".join(
        f'<li><b>{e(name)}</b> — {e(_description(path))}<br>'
        + " ".join(f'<a href="/queries/{e(name)}?format={fmt}">{fmt}</a>' for fmt in ("csv", "json", "tsv", "xml"))
        + "</li>" for name, path in q.named_queries().items())
    formats = "".join(f'<option value="{f}">{f}</option>' for f in ("json", "csv", "tsv", "xml", "ttl", "nt", "jsonld"))
    mode = "SPARQL Update accepted with the server's token" if allow_update else "read-only"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>body{{font:15px/1.4 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}}
textarea{{width:100%;font:13px monospace}} li{{margin:.4em 0}}</style></head>
<body><h1>kg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/sparql</code> ({e(mode)}). The prefixes of the kg ontology
(kg:, skos:, rdfs:, schema:, ...) are declared for you. The <a href="/graph">graph view</a>.</p>
<form method="get" action="/sparql">
<textarea name="query" rows="10">{e(EXAMPLE)}</textarea>
<p><label>Format <select name="format">{formats}</select></label> <button type="submit">Run</button></p>
</form>
<h2>Named queries</h2><ul>
{items}
</ul></body></html>
"""


def create_app(location: str, options: ServeOptions | None = None) -> Starlette:
    endpoint = Endpoint(location, options or ServeOptions())

    def guarded(handler):
        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except Refused as exc:
                return _text(exc.status, str(exc), exc.headers)
        return route

    @asynccontextmanager
    async def lifespan(app):
        await endpoint.pool.start()
        yield
        await endpoint.pool.close()

    routes = [Route("/", guarded(endpoint.index)), Route("/sparql", guarded(endpoint.sparql), methods=["GET", "POST"]),
              Route("/queries", guarded(endpoint.queries)), Route("/queries/{name}", guarded(endpoint.named)),
              Route("/graph", guarded(endpoint.graph))]
    return Starlette(routes=routes, lifespan=lifespan)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_store(location: str, options: ServeOptions) -> None:
    """Open and close the store once, so a wrong location is one error line before the server starts."""
    from .store import open_store

    with open_store(location, read_only=not options.allow_update):
        pass


def serve(location: str, *, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions | None = None) -> None:
    """Run the endpoint until interrupted."""
    import uvicorn

    options = options or ServeOptions()
    check_store(location, options)
    uvicorn.run(create_app(location, options), host=host, port=port, log_level="warning",
                server_header=False, timeout_graceful_shutdown=5)
