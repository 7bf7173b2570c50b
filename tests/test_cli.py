"""The kg command through click's CliRunner: exact exit codes and output, errors as one line."""
from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import pipeline
from kg.store import open_store

from support import SEEDS, run_kg

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


def assert_one_error_line(result, starts: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit)  # a handled error, not a crash
    assert result.stdout == ""
    assert len(stderr_lines(result)) == 1, result.stderr
    assert result.stderr.startswith("Error: " + starts), result.stderr
    assert "Traceback" not in result.output


@pytest.fixture
def ingested(tmp_path, cli, nlp):
    store = tmp_path / "store"
    result = cli("--store", store, "ingest", SEEDS)
    assert result.exit_code == 0, result.output
    return store


def parse_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- the happy path on the seeds ------------------------------------------------------------


@pytest.mark.slow
def test_ingest_the_seeds_then_again(tmp_path, cli, nlp):
    result = cli("--store", tmp_path / "store", "ingest", SEEDS)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "2 ingested\n")
    again = cli("--store", tmp_path / "store", "ingest", *SEED_FILES)
    assert (again.exit_code, again.stderr) == (0, "0 ingested, 2 already in the store\n")
    forced = cli("--store", tmp_path / "store", "ingest", "--force", SEED_FILES[0])
    assert (forced.exit_code, forced.stderr) == (0, "1 ingested\n")


@pytest.mark.slow
def test_query_events_finds_anthropics_lawsuit(seeded_store_dir, cli):
    result = cli("--store", seeded_store_dir, "query", "--name", "events", "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    rows = parse_csv(result.stdout)
    assert list(rows[0])[:3] == ["type", "agent", "target"]
    assert any(r["type"] == "Lawsuit" and r["agent"] == "Anthropic" for r in rows), result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("name, columns", [("entities", ["label", "category"]), ("relations", ["subject", "predicate", "object"]),
                                           ("claims", ["speaker"])])
def test_query_the_other_named_queries(seeded_store_dir, cli, name, columns):
    result = cli("--store", seeded_store_dir, "query", "-n", name, "--format", "csv")
    assert result.exit_code == 0
    rows = parse_csv(result.stdout)
    assert rows and list(rows[0])[:len(columns)] == columns


@pytest.mark.slow
def test_query_text_file_bind_and_formats(seeded_store_dir, cli, tmp_path):
    sparql = 'SELECT DISTINCT ?label WHERE { ?e skos:prefLabel ?label FILTER(?label = "Anthropic") }'
    text = cli("--store", seeded_store_dir, "query", sparql, "--format", "csv")
    assert (text.exit_code, text.stdout) == (0, "label\nAnthropic\n")  # CliRunner shows CRLF as LF
    (tmp_path / "q.rq").write_text(sparql, encoding="utf-8")
    from_file = cli("--store", seeded_store_dir, "query", "--file", tmp_path / "q.rq", "--format", "tsv")
    assert (from_file.exit_code, from_file.stdout) == (0, '?label\n"Anthropic"\n')
    as_json = cli("--store", seeded_store_dir, "query", sparql, "--format", "json")
    assert json.loads(as_json.stdout)["results"]["bindings"] == [{"label": {"type": "literal", "value": "Anthropic"}}]
    table = cli("--store", seeded_store_dir, "query", sparql)
    assert table.exit_code == 0 and "Anthropic" in table.stdout and table.stdout.endswith("\n1 row\n")
    bound = cli("--store", seeded_store_dir, "query", "--name", "about", "--bind", "name=anthropic", "--format", "csv")
    rows = parse_csv(bound.stdout)
    assert bound.exit_code == 0 and {"event", "claim"} <= {r["kind"] for r in rows}
    assert any(r["what"] == "Lawsuit" and r["role"] == "agent" for r in rows)


@pytest.mark.slow
def test_stats(seeded_store_dir, cli, seeded_store):
    counts = pipeline.stats(seeded_store)
    result = cli("--store", seeded_store_dir, "stats")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "articles: 2"
    assert f"entities: {sum(counts['entities'].values())}" in lines
    assert f"  Company: {counts['entities']['Company']}" in lines
    assert f"events: {sum(counts['events'].values())}" in lines and "  Lawsuit: 1" in lines
    assert lines[-2:] == [f"triples: {counts['triples']}", f"quads: {counts['quads']}"]
    as_json = cli("--store", seeded_store_dir, "stats", "--json")
    assert json.loads(as_json.stdout) == counts
    listed = cli("--store", seeded_store_dir, "stats", "--articles")
    assert listed.exit_code == 0
    assert [line.split("  ")[:2] for line in listed.stdout.splitlines()] == [
        [row["key"], row["file"]] for row in pipeline.articles(seeded_store)]


@pytest.mark.slow
def test_validate_passes_on_the_seeds(seeded_store_dir, cli):
    result = cli("--store", seeded_store_dir, "validate")
    assert (result.exit_code, result.stdout) == (0, "the graph conforms to the shapes\n")


@pytest.mark.slow
def test_validate_reports_violations_and_fails(tmp_path, cli):
    from samples import load_ttl as load

    with open_store(tmp_path / "store") as store:
        load(store, "invalid_graph.ttl")
    result = cli("--store", tmp_path / "store", "validate")
    assert result.exit_code == 1
    assert "entity has more than one category" in result.stdout
    assert stderr_lines(result)[-1].startswith("Error: ") and stderr_lines(result)[-1].endswith("violations of the shapes")


@pytest.mark.slow
def test_remove(ingested, cli):
    result = cli("--store", ingested, "remove", SEED_FILES[0])
    assert (result.exit_code, result.stderr) == (0, "removed 1 article\n")
    assert cli("--store", ingested, "stats").stdout.startswith("articles: 1\n")
    assert_one_error_line(cli("--store", ingested, "remove", SEED_FILES[0]), f"{SEED_FILES[0]}: not in the store")
    assert_one_error_line(cli("--store", ingested, "remove", "0000"), "0000: no such article in the store")


def parse(path, fmt) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format=fmt)


@pytest.mark.slow
def test_export_every_format_parses(seeded_store_dir, cli, tmp_path):
    out = {}
    for fmt in ("ttl", "nt", "jsonld", "trig", "nq", "xml", "html"):
        out[fmt] = tmp_path / f"graph.{fmt}"
        result = cli("--store", seeded_store_dir, "export", "--format", fmt, "--out", out[fmt])
        assert (result.exit_code, result.stderr) == (0, f"wrote {out[fmt]}\n")
    turtle, ntriples = parse(out["ttl"], "turtle"), parse(out["nt"], "nt")
    assert len(turtle) > 500 and isomorphic(turtle, ntriples)
    assert isomorphic(turtle, parse(out["jsonld"], "json-ld"))
    assert isomorphic(turtle, parse(out["xml"], "xml"))
    for fmt, name in (("trig", "trig"), ("nq", "nquads")):
        dataset = rdflib.Dataset()
        dataset.parse(out[fmt], format=name)
        graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert len(graphs) == 2 and all("/id/graph/" in g for g in graphs)
    page = out["html"].read_text(encoding="utf-8")
    HTMLParser().feed(page)
    assert page.lstrip().lower().startswith(("<!doctype html", "<html")) and "Anthropic" in page


# --- settings -------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_store_comes_from_kg_store_when_not_given(seeded_store_dir, cli):
    result = cli("query", "--name", "entities", "--format", "csv", env={"KG_STORE": str(seeded_store_dir)})
    assert result.exit_code == 0 and "Anthropic" in result.stdout


def test_a_missing_model_is_one_line_with_the_install_command(tmp_path, cli, write_article):
    article = write_article("a.txt", "Headline\n\nBody.\n")
    result = cli("--store", tmp_path / "store", "ingest", article, env={"KG_SPACY_MODEL": "en_no_such_model"})
    assert_one_error_line(result, "spaCy pipeline 'en_no_such_model' is not installed; run: pip install ")
    result = cli("--store", tmp_path / "store", "--model", "en_other_missing", "ingest", article)
    assert_one_error_line(result, "spaCy pipeline 'en_other_missing' is not installed")


def test_version_and_help(cli):
    from kg import __version__

    assert cli("--version").stdout == f"kg, version {__version__}\n"
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("ingest", "query", "export", "build", "stats", "validate", "remove"):
        assert f"  {command} " in result.stdout


# --- errors: one line on stderr, a non-zero exit, never a traceback ---------------------------


def test_error_a_bad_file(tmp_path, cli, write_article):
    bad = write_article("bad.txt", b"\x00\x01\x02")
    assert_one_error_line(cli("--store", tmp_path / "store", "ingest", bad),
                          f"{bad}: this looks like a binary file, not a text article (0 ingested, 1 failed)")


def test_error_several_bad_files_one_line_each(tmp_path, cli, write_article):
    empty, html = write_article("empty.txt", ""), write_article("page.txt", "<html><body>x</body></html>")
    result = cli("--store", tmp_path / "store", "ingest", empty, html)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"Error: {empty}: the file is empty",
                                    f"Error: {html}: this is an HTML page; save the article as plain text first (0 ingested, 2 failed)"]


def test_error_a_missing_path(tmp_path, cli):
    assert_one_error_line(cli("--store", tmp_path / "store", "ingest", tmp_path / "nope.txt"),
                          f"{tmp_path / 'nope.txt'}: no such file or folder")


def test_error_missing_store_for_query(tmp_path, cli):
    assert_one_error_line(cli("--store", tmp_path / "none", "query", "--name", "events"),
                          f"{tmp_path / 'none'}: no store here yet; run `kg ingest ARTICLE...` first")


def test_error_bad_sparql(store, cli):
    assert_one_error_line(cli("--store", store.location, "query", "SELECT * WHERE { ?s ?p }"), "bad SPARQL at line 1, column ")


def test_error_unknown_named_query(store, cli):
    assert_one_error_line(cli("--store", store.location, "query", "--name", "nope"), "no named query 'nope'; known: ")


@pytest.mark.parametrize("args", [["export", "--format", "pdf", "--out", "x.pdf"], ["query", "--format", "yaml", "ASK {}"]],
                         ids=["export", "query"])
def test_error_unknown_format(store, cli, args):
    assert_one_error_line(cli("--store", store.location, *args), "Invalid value for '--format': ", code=2)


def test_error_query_needs_exactly_one_source(store, cli):
    assert_one_error_line(cli("--store", store.location, "query", "ASK {}", "--name", "events"),
                          "give exactly one of: SPARQL text, --name NAME, --file FILE (see `kg query --help`)", code=2)


def test_error_a_folder_that_is_not_a_store(tmp_path, cli):
    (tmp_path / "mine.txt").write_text("x")
    assert_one_error_line(cli("--store", tmp_path, "stats"), f"{tmp_path}: this folder is not a kg store")


def test_error_export_to_an_unwritable_place(store, cli, tmp_path):
    (tmp_path / "file").write_text("x")
    assert_one_error_line(cli("--store", store.location, "export", "--out", tmp_path / "file" / "graph.ttl"),
                          f"{tmp_path / 'file' / 'graph.ttl'}: cannot write")


@pytest.mark.slow
def test_errors_in_a_real_process_have_no_traceback(tmp_path, write_article):
    bad = write_article("bad.txt", "Caf\u00e9\n".encode("latin-1"))
    for args, message in [(["--store", tmp_path / "s", "ingest", bad], f"Error: {bad}: not UTF-8 text"),
                          (["--store", tmp_path / "none", "query", "-n", "events"], "Error: "),
                          (["--store", tmp_path / "s", "export", "--format", "svg", "--out", "x"], "Error: ")]:
        proc = run_kg(*args, check=False)
        assert proc.returncode != 0 and proc.stdout == ""
        assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith(message), proc.stderr
