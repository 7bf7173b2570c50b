"""The `kg` command: click options in, one library call, the result or one error line out.

Only click is imported up front: each command imports what it uses (the pipeline and spaCy for
ingest, rich for a progress bar), so `kg query` starts in about the time of `import pyoxigraph`
(benchmarks/startup.py).
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import KGError
from .settings import Settings, from_environment


class Context:
    def __init__(self, settings: Settings, lock_timeout: float = 5.0):
        self.settings = settings
        self.lock_timeout = lock_timeout

    @contextmanager
    def store(self, *, read_only: bool = False):
        from .store import open_store

        with open_store(self.settings.store, read_only=read_only, lock_timeout=self.lock_timeout) as store:
            yield store


def _fail(exc: Exception):
    raise click.ClickException(str(exc))


class KGGroup(click.Group):
    """Turns every KGError (and an interrupted command) into one line and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            _fail(exc)
        except click.UsageError as exc:
            # one line, like every other error: the usage text is one `--help` away
            where = exc.ctx.command_path if exc.ctx else "kg"
            error = click.ClickException(f"{exc.format_message()} (see `{where} --help`)")
            error.exit_code = exc.exit_code
            raise error from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted") from None


@click.group(cls=KGGroup)
@click.option("--store", metavar="DIR|URL", help="Store folder, or a SPARQL server's URL (http://HOST:PORT/, see docs/SERVE.md); default ./kg-store, or $KG_STORE.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to load (default: installed en_core_web_sm; $KG_SPACY_MODEL).")
@click.option("--lock-timeout", default=5.0, show_default=True, type=click.FloatRange(min=0), metavar="SECONDS",
              help="How long a command that writes waits for another process to release the store.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx, store, model, lock_timeout):
    """Turn news articles about AI policy into a knowledge graph; query it with SPARQL; export it."""
    ctx.obj = Context(from_environment().with_overrides(store=store, spacy_model=model), lock_timeout=lock_timeout)


def _progress(total: int):
    """A rich progress bar on a terminal, nothing when piped."""
    if not sys.stderr.isatty() or total < 2:
        return None, None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("ingesting", total=total)
    return bar, (lambda _path: bar.advance(task))


def _report(report, done: str = "") -> None:
    """The outcome of an ingest: one line when all went well, else one `Error:` line per failed article."""
    if report.interrupted:
        for _path, message in report.failed:
            click.echo(f"Error: {message}", err=True)
        error = click.ClickException(f"interrupted after {len(report.ingested)} article{'s' if len(report.ingested) != 1 else ''} "
                                     f"({report.summary()}); run the same command again to ingest the rest")
        error.exit_code = 130
        raise error
    if report.ok:
        click.echo(report.summary() + done, err=True)
        return
    *earlier, last = [message for _path, message in report.failed] or [""]
    for message in earlier:
        click.echo(f"Error: {message}", err=True)
    raise click.ClickException(f"{last} ({report.summary()})" if last else report.summary())


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Re-extract articles already in the store.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes that parse articles, each loading spaCy once (docs/SCALE.md).")
@click.option("--cluster", metavar="tcp://HOST:8786", help="Parse on the Dask cluster whose scheduler is at this address (docs/SCALE.md).")
@click.pass_obj
def ingest(obj: Context, paths, force, workers, cluster):
    """Ingest article files or folders (UTF-8 text, first line the headline)."""
    from . import pipeline

    articles, failed = pipeline.read_inputs(paths)
    if not articles:  # nothing to write: leave the store (or its absence) exactly as it was
        _report(pipeline.IngestReport(failed=failed))
        return
    bar, advance = _progress(len(articles) + len(failed))
    from .interrupt import stop_after_current

    with obj.store() as store, stop_after_current(advance) as advance:
        if bar:
            with bar:
                report = pipeline.ingest(paths, store, model=obj.settings.spacy_model, force=force, workers=workers, cluster=cluster, progress=advance)
        else:
            report = pipeline.ingest(paths, store, model=obj.settings.spacy_model, force=force, workers=workers, cluster=cluster, progress=advance)
    _report(report)


@cli.command()
@click.argument("sparql", required=False)
@click.option("--name", "-n", help="A named query from ontology/queries (entities, events, relations, claims, ...).")
@click.option("--file", "-f", "file_", type=click.Path(path_type=Path), help="A .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table", show_default=True)
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE", help="Bind a query variable to a string.")
@click.pass_obj
def query(obj: Context, sparql, name, file_, fmt, binds):
    """Run SPARQL: a named query, a file, or the query text itself."""
    from . import query as q

    given = [x for x in (sparql, name, file_) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: SPARQL text, --name NAME, --file FILE", click.get_current_context())
    text = q.named_query(name) if name else q.query_file(file_) if file_ else sparql
    text = q.bind(text, dict(b.split("=", 1) for b in binds if "=" in b)) if binds else text
    with obj.store(read_only=True) as store:
        click.echo(q.render(q.run(store, text), q.ResultFormat(fmt)), nl=False)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq", "xml", "html"]), default="ttl", show_default=True)
@click.option("--out", "-o", type=click.Path(path_type=Path), required=True, help="File to write.")
@click.option("--focus", metavar="NAME", help="HTML: only the entity with this name or alias and its neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="HTML: steps from --focus (an event or a claim is one step).")
@click.option("--article", metavar="FILE_OR_KEY", help="HTML: only what this article says.")
@click.option("--event-type", "event_types", multiple=True, metavar="TYPE", help="HTML: only events of this type and their parties (repeatable).")
@click.option("--since", metavar="DATE", help="HTML: only events and claims dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="HTML: only events and claims dated on or before DATE.")
@click.pass_obj
def export(obj: Context, fmt, out, **selection):
    """Export the graph as RDF or as the interactive HTML view (of all of it, or of a selection)."""
    from .export import export as do_export

    with obj.store(read_only=True) as store:
        path = do_export(store, fmt, out, **selection)
    click.echo(f"wrote {path}", err=True)


@cli.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True)
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True)
@click.pass_obj
def build(obj: Context, seeds, exports):
    """The main job: ingest seeds/ and write exports/ (Turtle, N-Triples, JSON-LD, TriG, HTML)."""
    from . import pipeline

    with obj.store() as store:
        report, outputs = pipeline.build(seeds, exports, store, model=obj.settings.spacy_model)
    _report(report, "; wrote " + ", ".join(str(p) for p in outputs))


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.pass_obj
def remove(obj: Context, articles):
    """Remove articles (a file, or the key from `kg stats --articles`) and their facts."""
    from . import pipeline

    with obj.store() as store:
        removed = pipeline.remove(articles, store)
    click.echo(f"removed {len(removed)} article{'s' if len(removed) != 1 else ''}", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option("--articles", "list_articles", is_flag=True, help="List the articles instead: key (for `kg remove`), file, headline.")
@click.pass_obj
def stats(obj: Context, as_json, list_articles):
    """Counts of articles, entities by category, events by type, relations, claims, triples."""
    import json

    from . import pipeline

    with obj.store(read_only=True) as store:
        if list_articles:
            for row in pipeline.articles(store):
                click.echo(f"{row['key']}  {row['file']}  {row['headline']}")
            return
        counts = pipeline.stats(store)
    if as_json:
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
        return
    for key, value in counts.items():
        if isinstance(value, dict):
            click.echo(f"{key}: {sum(value.values())}")
            for sub, n in value.items():
                click.echo(f"  {sub}: {n}")
        else:
            click.echo(f"{key}: {value}")


@cli.command()
@click.pass_obj
def validate(obj: Context):
    """Check the stored graph against the SHACL shapes in ontology/shapes.ttl."""
    from .validate import validate as run_validation

    with obj.store(read_only=True) as store:
        violations = run_validation(store)
    for violation in violations:
        click.echo(str(violation))
    if violations:
        raise click.ClickException(f"{len(violations)} violation{'s' if len(violations) != 1 else ''} of the shapes")
    click.echo("the graph conforms to the shapes")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless you say otherwise).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update from clients that send --token as a Bearer token.")
@click.option("--token", envvar="KG_SERVE_TOKEN", metavar="TOKEN", help="The Bearer token updates need (or $KG_SERVE_TOKEN, kept out of `ps`).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), help="Time limit per request, in seconds.")
@click.option("--max-result-mb", default=32.0, show_default=True, type=click.FloatRange(min=0.001), help="Size limit per result, in MB.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Worker processes for queries (one when updates are allowed).")
@click.pass_obj
def serve(obj: Context, host, port, allow_update, token, timeout, max_result_mb, workers):
    """Serve the store over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql (read-only by default)."""
    from .serve import ServeOptions, is_loopback, serve as run_server

    if allow_update and not token:
        raise click.UsageError("--allow-update needs --token TOKEN (or $KG_SERVE_TOKEN)", click.get_current_context())
    options = ServeOptions(allow_update=allow_update, token=token if allow_update else None, timeout=timeout,
                           max_bytes=int(max_result_mb * 2**20), workers=workers)
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can query the store", err=True)
    mode = "read-write with the token" if allow_update else "read-only"
    click.echo(f"serving {obj.settings.store} at http://{host}:{port}/sparql ({mode}); Ctrl-C stops", err=True)
    run_server(obj.settings.store, host=host, port=port, options=options)


def main():
    cli(prog_name="kg")
