"""Analysis fanned out: articles → quads in this process, in worker processes, or on a Dask cluster.

Every path yields (article, quads) in the order of the articles given, so the store the parent writes
(one transaction per article) is the same whichever path ran the analysis. A worker loads spaCy once
(`load_nlp` is cached per process) and parses its chunk with `nlp.pipe`; only Article records go out
and only quads come back.
"""
from __future__ import annotations

from typing import Iterator

from .graph import build_quads
from .read import Article

BATCH_SIZE = 8
CHUNK_SIZE = 16  # articles per task sent to a worker: large enough for nlp.pipe batching, small for balance


def _parsed(articles: list[Article], model: str | None):
    from .analyse import load_nlp

    return load_nlp(model).pipe((a.text for a in articles), batch_size=BATCH_SIZE)


def _quads(article: Article, doc) -> list:
    from .extract import extract

    return build_quads(article, extract(doc, article_date=article.date))


def analyse_chunk(articles: list[Article], model: str | None = None) -> list[list]:
    """Parse a chunk with nlp.pipe and extract each article's quads (runs in any process)."""
    return [_quads(a, doc) for a, doc in zip(articles, _parsed(articles, model))]


def _chunks(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def _warm(model: str | None) -> None:
    from .analyse import load_nlp

    load_nlp(model)


def _local(articles, model) -> Iterator[tuple[Article, list]]:
    for article, doc in zip(articles, _parsed(articles, model)):
        yield article, _quads(article, doc)


def _processes(articles, model, workers: int) -> Iterator[tuple[Article, list]]:
    import multiprocessing

    size = max(1, min(CHUNK_SIZE, -(-len(articles) // workers)))
    # spawn, not fork: the parent holds the open store (RocksDB threads and locks)
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_warm, initargs=(model,)) as pool:
        chunks = _chunks(articles, size)
        for chunk, results in zip(chunks, pool.imap(_chunk_task, [(c, model) for c in chunks])):
            yield from zip(chunk, results)


def _chunk_task(args) -> list[list]:
    return analyse_chunk(*args)


def _cluster(articles, model, address: str) -> Iterator[tuple[Article, list]]:
    from .errors import KGError

    try:
        from distributed import Client
    except ImportError:
        raise KGError("--cluster needs dask.distributed; run: pip install 'dask[distributed]'") from None
    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise KGError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    with client:
        chunks = _chunks(articles, CHUNK_SIZE)
        futures = client.map(analyse_chunk, chunks, model=model, pure=False)
        for chunk, future in zip(chunks, futures):  # in order: the store is written deterministically
            yield from zip(chunk, future.result())
            future.release()


def article_quads(articles: list[Article], *, model: str | None = None, workers: int = 1,
                  cluster: str | None = None) -> Iterator[tuple[Article, list]]:
    """(article, quads) for each article, in order: here, in `workers` processes, or on a Dask cluster."""
    if cluster:
        return _cluster(articles, model, cluster)
    if workers > 1 and len(articles) > 1:
        return _processes(articles, model, workers)
    return _local(articles, model)
