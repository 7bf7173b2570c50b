"""Worker processes for `kg serve`: a query that runs too long can be stopped.

pyoxigraph cannot cancel a running query, so a time limit is only real if the process running the
query can be killed. The server keeps a small pool of workers (`python -m kg.workers`), hands each
request to an idle one, and kills and replaces a worker that runs past the limit. A worker writes
its answer into a buffer that refuses to grow past the size limit, so a huge result stops early
too. Requests and replies are pickled, length-prefixed, over the worker's stdin and stdout.

A read-only worker opens the store afresh for every request (about 20 ms), so it sees articles
ingested while the server runs; a writing worker (--allow-update) keeps the store open, and is the
only worker, since one process at a time may write an embedded store.
"""
from __future__ import annotations

import asyncio
import os
import pickle
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .sink import CappedBuffer

_HEADER = struct.Struct(">Q")


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> "Reply":
        return cls(status, "text/plain", (message + "\n").encode("utf-8"))


@dataclass(frozen=True)
class WorkerConfig:
    location: str
    writable: bool = False
    max_bytes: int = 32 * 2**20


# --- the worker process -------------------------------------------------------------------------

class TooLarge(Exception):
    """The answer grew past the size limit."""


def serialize(result, *, accept: str | None, name: str | None, max_bytes: int) -> Reply:
    """Write a query result in the negotiated format, within the size limit."""
    import pyoxigraph
    from pyoxigraph import RdfFormat

    from .protocol import GRAPH_FORMATS, RESULT_FORMATS, negotiate
    from .vocab import PREFIXES

    triples = isinstance(result, pyoxigraph.QueryTriples)
    fmt = negotiate(GRAPH_FORMATS if triples else RESULT_FORMATS, accept=accept, name=name)
    out = CappedBuffer(max_bytes)
    try:
        if triples:
            prefixes = PREFIXES if fmt.rdf in (RdfFormat.TURTLE, RdfFormat.JSON_LD, RdfFormat.RDF_XML) else None
            pyoxigraph.serialize(result, out, fmt.rdf, prefixes=prefixes)
        else:
            result.serialize(out, fmt.results)
    except OSError:
        if out.exceeded:
            raise TooLarge(f"the result is larger than the server's limit of {max_bytes / 2**20:g} MB; "
                           "add LIMIT or ask for less") from None
        raise
    return Reply(200, fmt.media_type, out.getvalue())


def handle(store, request: dict, config: WorkerConfig) -> Reply:
    """One request against an open store; every failure becomes a reply with a status."""
    from pyoxigraph import NamedNode

    from . import query as q
    from .errors import QueryError, StoreError
    from .protocol import NotAcceptable

    try:
        if request["op"] == "query":
            graph = NamedNode(request["graph"]) if request.get("graph") else None
            result = q.run(store, request["sparql"], graph=graph)
            return serialize(result, accept=request.get("accept"), name=request.get("format"), max_bytes=config.max_bytes)
        if request["op"] == "update":
            store.update(request["sparql"])
            return Reply(204, "text/plain", b"")
        if request["op"] == "graph":
            return _graph_page(store)
        raise ValueError(f"unknown worker request {request['op']!r}")
    except QueryError as exc:
        return Reply.text(400, str(exc))
    except NotAcceptable as exc:
        return Reply.text(406, str(exc))
    except TooLarge as exc:
        return Reply.text(413, str(exc))
    except StoreError as exc:
        return Reply.text(503, str(exc))
    except (OSError, ValueError) as exc:
        return Reply.text(500, f"the query failed: {exc}")


def _graph_page(store) -> Reply:
    from .export import export

    with tempfile.TemporaryDirectory(prefix="kg-graph-") as tmp:
        path = export(store, "html", Path(tmp) / "graph.html")
        return Reply(200, "text/html", path.read_bytes())


def _read_message(stream):
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    return pickle.loads(stream.read(_HEADER.unpack(header)[0]))


def _write_message(stream, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _open(config: WorkerConfig):
    from .store import open_store

    return open_store(config.location, read_only=not config.writable)


def worker_main() -> None:
    """The loop of one worker process: a config, then requests until stdin closes."""
    channel_in, channel_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies may reach the channel
    from .errors import KGError
    from .store import is_remote

    config = _read_message(channel_in)
    try:
        store = _open(config)
    except KGError as exc:
        _write_message(channel_out, Reply.text(503, str(exc)))
        return
    # a read-only local store is opened for each request and closed after it, so that the worker holds
    # no reader lock between requests and `kg ingest` can write while the server runs
    reopen = not config.writable and not is_remote(config.location)
    if reopen:
        store.close()
    _write_message(channel_out, Reply(200, "text/plain", b"ready"))
    while (request := _read_message(channel_in)) is not None:
        try:
            if reopen:
                store = _open(config)
            try:
                reply = handle(store, request, config)
            finally:
                if reopen:
                    store.close()
        except KGError as exc:
            reply = Reply.text(503, str(exc))
        _write_message(channel_out, reply)


# --- the pool, in the server process ------------------------------------------------------------

class _Worker:
    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process

    @classmethod
    async def start(cls, config: WorkerConfig) -> "_Worker":
        import kg

        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(kg.__file__).parent.parent), os.environ.get("PYTHONPATH")])))
        process = await asyncio.create_subprocess_exec(sys.executable, "-m", "kg.workers", env=env,
                                                       stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        worker = cls(process)
        reply = await worker.call(config)
        if reply.status != 200:
            worker.kill()
            raise RuntimeError(reply.body.decode("utf-8").strip())
        return worker

    async def call(self, message) -> Reply:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.write(_HEADER.pack(len(data)) + data)
        await self.process.stdin.drain()
        header = await self.process.stdout.readexactly(_HEADER.size)
        return pickle.loads(await self.process.stdout.readexactly(_HEADER.unpack(header)[0]))

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()


class WorkerPool:
    """Worker processes that run requests one at a time each, within a time limit."""

    def __init__(self, config: WorkerConfig, *, size: int = 2, timeout: float = 10.0):
        self.config, self.timeout = config, timeout
        self.size = 1 if config.writable else max(1, size)
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    async def start(self) -> None:
        """Start the workers; the first one's failure to open the store is raised (RuntimeError)."""
        for _ in range(self.size):
            self._add(await _Worker.start(self.config))

    def _add(self, worker: _Worker) -> None:
        self._all.add(worker)
        self._idle.put_nowait(worker)

    async def run(self, request: dict) -> Reply:
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except asyncio.TimeoutError:
            return Reply.text(503, f"the server is busy: no worker was free within {self.timeout:g} s; try again")
        finished = False
        try:
            reply = await asyncio.wait_for(worker.call(request), self.timeout)
            finished = True
            return reply
        except asyncio.TimeoutError:
            what = "update" if request["op"] == "update" else "query" if request["op"] == "query" else "request"
            return Reply.text(503, f"the {what} ran past the server's time limit of {self.timeout:g} s and was stopped; "
                                   "narrow it or add LIMIT")
        except (ConnectionError, asyncio.IncompleteReadError):
            return Reply.text(500, "the worker running this request stopped unexpectedly")
        finally:
            if finished:
                self._idle.put_nowait(worker)
            else:  # timed out, failed or cancelled: its state is unknown, so replace it
                self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        self._all.discard(worker)
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._replace(worker))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _replace(self, old: _Worker) -> None:
        await old.process.wait()
        delay = 0.5
        while not self._closed:
            try:
                worker = await _Worker.start(self.config)
                if self._closed:  # the pool closed while this one started
                    worker.kill()
                else:
                    self._add(worker)
                return
            except (RuntimeError, OSError, ConnectionError, asyncio.IncompleteReadError) as exc:
                print(f"kg serve: cannot start a worker ({exc}); retrying", file=sys.stderr)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)

    async def close(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for worker in list(self._all):
            if worker.process.stdin and not worker.process.stdin.is_closing():
                worker.process.stdin.close()
            worker.kill()
            await worker.process.wait()
        self._all.clear()


if __name__ == "__main__":
    # run the module's own copy, so pickled classes are kg.workers.Reply and not __main__.Reply
    from kg.workers import worker_main as _worker_main

    _worker_main()
