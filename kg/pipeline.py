"""The flow, once: read → analyse → extract/resolve → graph → store, one article per transaction.

Library entry points the CLI calls: ingest, remove, build, stats, validate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import ArticleError, KGError
from .graph import graph_iri
from .read import Article, article_paths, read_article


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def summary(self) -> str:
        parts = [f"{len(self.ingested)} ingested"]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} already in the store")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.interrupted:
            parts.append("interrupted")
        return ", ".join(parts)


def article_quads(article: Article, *, model: str | None = None):
    """Analyse and extract one article into its quads (no store involved)."""
    from .parallel import article_quads as analysed

    ((_article, quads),) = analysed([article], model=model)
    return quads


def read_inputs(paths) -> tuple[list[Article], list[tuple[str, str]]]:
    """The readable articles among files and folders, and a reason for each one that is not."""
    articles: list[Article] = []
    failed: list[tuple[str, str]] = []
    for path in article_paths(list(paths)):
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            failed.append((str(path), str(exc)))
    return articles, failed


def ingest(paths, store, *, model: str | None = None, force: bool = False,
           progress: Callable[[str], None] | None = None, workers: int = 1,
           cluster: str | None = None) -> IngestReport:
    """Ingest files and folders into the store; a bad file is reported, the others go on.

    Analysis runs here, in `workers` processes, or on the Dask cluster at `cluster` (kg/parallel.py);
    the store is written here, one transaction per article, in the articles' order.
    """
    from .parallel import article_quads as analysed

    articles, failed = read_inputs(paths)
    report = IngestReport(failed=failed)
    todo = [a for a in articles if force or not store.has_graph(graph_iri(a))]
    report.unchanged = [a.path for a in articles if a not in todo]
    if todo:
        try:
            write_all(analysed(todo, model=model, workers=workers, cluster=cluster), store, report, progress)
        except KeyboardInterrupt:
            report.interrupted = True
    if report.ingested and not report.interrupted:
        from .identity import unify

        unify(store)  # "Mythos" here and "Mythos 5" there: one IRI (kg/identity.py)
    return report


def write_all(analysed, store, report: IngestReport | None = None,
              progress: Callable[[str], None] | None = None) -> IngestReport:
    """Write (article, quads) pairs into the store in order, one transaction per article.

    An article counts as ingested (and `progress` hears of it) only once its transaction is done.
    """
    report = report if report is not None else IngestReport()
    for article, quads in analysed:
        store.replace_graph(graph_iri(article), quads)
        report.ingested.append(article.path)
        if progress:
            progress(article.path)
    return report


def remove(items, store) -> list[str]:
    """Remove articles (by file, or by the key shown in `kg stats`) and everything only they said."""
    removed = []
    for item in items:
        if Path(item).is_file():
            article = read_article(item)
            graph = graph_iri(article)
        else:
            matches = [g for g in store.graphs() if g.value.rsplit("/", 1)[-1].startswith(item)]
            if len(matches) != 1:
                raise KGError(f"{item}: no such article in the store" if not matches else f"{item}: matches several articles")
            graph = matches[0]
        if not store.remove_graph(graph):
            raise KGError(f"{item}: not in the store")
        removed.append(str(item))
    return removed


STATS_QUERIES = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }",
    "entities": """SELECT ?category (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?c { kg:Company kg:GovernmentBody kg:Person kg:AIModel kg:Country kg:Organization }
        ?e a ?c BIND(STRAFTER(STR(?c), "#") AS ?category) } GROUP BY ?category ORDER BY ?category""",
    "events": """SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?c { kg:ExportRestriction kg:SupplyChainRiskDesignation kg:UsageBan kg:ModelWithdrawal kg:Lawsuit
        kg:SafeguardBypass kg:ConcernRaised kg:PublicAppeal kg:Negotiation kg:PolicyIssued kg:Deregulation kg:Refusal
        kg:Investigation kg:Fine kg:Agreement }
        ?e a ?c BIND(STRAFTER(STR(?c), "#") AS ?type) } GROUP BY ?type ORDER BY ?type""",
    "relations": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a kg:RelationAssertion }",
    "claims": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a kg:Claim }",
}


ARTICLES = """SELECT ?graph ?file ?headline WHERE {
    GRAPH ?graph { ?a a kg:Article ; kg:fileName ?file OPTIONAL { ?a schema:headline ?headline } } } ORDER BY ?file ?graph"""


def articles(store) -> list[dict[str, str]]:
    """The articles in the store: the key `kg remove` takes, the file name and the headline."""
    return [{"key": r["graph"].value.rsplit("/", 1)[-1], "file": r["file"].value,
             "headline": r["headline"].value if r["headline"] is not None else ""} for r in store.query(ARTICLES)]


def stats(store) -> dict:
    """Counts of articles, entities by category, events by type, relations, claims and triples."""
    out: dict = {}
    for name, sparql in STATS_QUERIES.items():
        result = list(store.query(sparql))
        if name in ("entities", "events"):
            out[name] = {str(r[0].value): int(r["n"].value) for r in result}
        else:
            out[name] = int(result[0]["n"].value) if result else 0
    quads = list(store.quads())  # the article graphs, without the store's own bookkeeping
    out["triples"] = len({(q.subject, q.predicate, q.object) for q in quads})
    out["quads"] = len(quads)
    return out


def build(seeds: str | Path, exports: str | Path, store, *, model: str | None = None, progress=None) -> tuple[IngestReport, list[Path]]:
    """The main job: ingest the seed articles and write every export."""
    from .export import ExportFormat, export

    report = ingest([seeds], store, model=model, force=True, progress=progress)
    outputs = [export(store, fmt, Path(exports) / f"graph.{fmt.value}")
               for fmt in (ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.JSONLD, ExportFormat.TRIG, ExportFormat.HTML)]
    return report, outputs
