"""Bad commands on a good store: bad SPARQL, unknown names and formats, unwritable outputs, wrong stores."""
from __future__ import annotations

import pyoxigraph
import pytest
from robust_support import article_text, checksum, kg, one_error_line


def test_bad_sparql_names_line_and_column(store):
    before = checksum(store)
    line = one_error_line(kg("query", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}", store=store))
    assert line.startswith("Error: bad SPARQL at line 4, column 2: expected one of "), line
    assert checksum(store) == before


def test_an_unknown_named_query(store):
    line = one_error_line(kg("query", "--name", "no-such-query", store=store))
    assert line.startswith("Error: no named query 'no-such-query'; known: "), line


def test_a_missing_query_file(store, tmp_path):
    line = one_error_line(kg("query", "--file", tmp_path / "q.rq", store=store))
    assert line == f"Error: {tmp_path / 'q.rq'}: cannot read the query (FileNotFoundError)"


def test_an_unknown_export_format(store, tmp_path):
    result = kg("export", "--format", "docx", "--out", tmp_path / "g.docx", store=store)
    line = one_error_line(result)
    assert result.returncode == 2 and "'docx' is not one of" in line, line
    assert not (tmp_path / "g.docx").exists()


def test_an_unwritable_output_path(store, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    before = checksum(store)
    line = one_error_line(kg("export", "--format", "ttl", "--out", tmp_path / "a-file" / "g.ttl", store=store))
    assert line.startswith(f"Error: {tmp_path / 'a-file' / 'g.ttl'}: cannot write ("), line
    assert checksum(store) == before


def test_a_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a.txt").write_text(article_text(1), encoding="utf-8")
    for args in (("ingest", tmp_path / "a.txt"), ("query", "ASK {}"), ("stats",)):
        line = one_error_line(kg(*args, store=folder))
        assert line == f"Error: {folder}: this folder is not a kg store (and is not empty)", line
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]


def test_a_file_given_as_the_store(tmp_path):
    (tmp_path / "store").write_text("x")
    line = one_error_line(kg("stats", store=tmp_path / "store"))
    assert line == f"Error: {tmp_path / 'store'}: not a folder; give --store a folder for the store"


def test_no_store_yet_for_a_reader(tmp_path):
    line = one_error_line(kg("query", "ASK {}", store=tmp_path / "none"))
    assert line == f"Error: {tmp_path / 'none'}: no store here yet; run `kg ingest ARTICLE...` first"
    assert not (tmp_path / "none").exists()


@pytest.fixture
def newer_store(store):
    opened = pyoxigraph.Store(str(store))
    opened.update("""DELETE { GRAPH ?g { ?s <https://w3id.org/kg-ai-policy/ontology#dataModelVersion> ?v } }
                     INSERT { GRAPH ?g { ?s <https://w3id.org/kg-ai-policy/ontology#dataModelVersion> "99" } }
                     WHERE { GRAPH ?g { ?s <https://w3id.org/kg-ai-policy/ontology#dataModelVersion> ?v } }""")
    opened.flush()
    del opened
    return store


@pytest.mark.parametrize("args", [("stats",), ("query", "ASK {}"), ("ingest", "ARTICLE"), ("remove", "abc")])
def test_a_store_made_by_a_newer_data_model(newer_store, tmp_path, args):
    (tmp_path / "a.txt").write_text(article_text(5), encoding="utf-8")
    args = [tmp_path / "a.txt" if a == "ARTICLE" else a for a in args]
    before = checksum(newer_store)
    line = one_error_line(kg(*args, store=newer_store))
    assert line == f"Error: {newer_store}: made by a newer kg (data model 99, this kg reads 1); upgrade kg", line
    assert checksum(newer_store) == before
