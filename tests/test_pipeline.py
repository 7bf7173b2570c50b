"""The flow on the real model: ingest, re-ingest, bad files, removal, stats, evidence on real text."""
from __future__ import annotations

import pytest

from kg import pipeline
from kg.errors import KGError
from kg.graph import graph_iri
from kg.read import read_article
from kg.store import open_store

from support import SEEDS

pytestmark = pytest.mark.slow
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_ingest_a_folder_then_again(tmp_path, nlp):
    with open_store(tmp_path / "store") as store:
        first = pipeline.ingest([SEEDS], store)
        assert (first.ingested, first.unchanged, first.failed, first.ok) == ([str(p) for p in SEED_FILES], [], [], True)
        assert first.summary() == "2 ingested"
        again = pipeline.ingest([SEEDS], store)
        assert again.summary() == "0 ingested, 2 already in the store"
        assert store.graphs() == sorted((graph_iri(read_article(p)) for p in SEED_FILES), key=str)


def test_a_bad_file_is_reported_and_the_others_go_in(tmp_path, nlp, write_article):
    folder = tmp_path / "in"
    good = write_article("good.txt", SEED_FILES[0].read_text(encoding="utf-8"), folder=folder)
    bad = write_article("bad.txt", b"\x00\x01binary", folder=folder)
    with open_store(tmp_path / "store") as store:
        report = pipeline.ingest([folder], store)
    assert report.ingested == [str(good)]
    assert report.failed == [(str(bad), f"{bad}: this looks like a binary file, not a text article")]
    assert not report.ok and report.summary() == "1 ingested, 1 failed"


def test_article_quads_are_what_the_store_holds(seeded_store, tmp_path):
    article = read_article(SEED_FILES[0])
    with open_store(tmp_path / "one") as store:
        store.replace_graph(graph_iri(article), pipeline.article_quads(article))
        built = sorted(str(q) for q in store.quads())
    assert built == sorted(str(q) for q in seeded_store.quads(graph_iri(article)))


def test_remove_by_file_and_by_key(tmp_path, nlp):
    with open_store(tmp_path / "store") as store:
        pipeline.ingest([SEEDS], store)
        first, second = (graph_iri(read_article(p)) for p in SEED_FILES)
        kept = sorted(str(q) for q in store.quads(second))
        assert pipeline.remove([str(SEED_FILES[0])], store) == [str(SEED_FILES[0])]
        assert store.graphs() == [second]
        assert sorted(str(q) for q in store.quads()) == kept
        with pytest.raises(KGError, match="not in the store"):
            pipeline.remove([str(SEED_FILES[0])], store)
        with pytest.raises(KGError, match="^nothing: no such article in the store$"):
            pipeline.remove(["nothing"], store)
        key = read_article(SEED_FILES[1]).key
        assert pipeline.remove([key[:6]], store) == [key[:6]]
        assert store.graphs() == []


def test_a_key_prefix_that_matches_several_articles_is_refused(tmp_path, nlp):
    with open_store(tmp_path / "store") as store:
        pipeline.ingest([SEEDS], store)
        with pytest.raises(KGError, match="matches several articles"):
            pipeline.remove([""], store)
        assert len(store.graphs()) == 2


def test_stats_count_what_the_queries_count(seeded_store):
    counts = pipeline.stats(seeded_store)
    assert counts["articles"] == 2
    assert set(counts["entities"]) <= {"Company", "GovernmentBody", "Person", "AIModel", "Country", "Organization"}
    assert "Company" in counts["entities"] and "Lawsuit" in counts["events"]
    distinct = lambda sparql: len({r[0].value for r in seeded_store.query(sparql)})  # noqa: E731
    assert sum(counts["entities"].values()) == distinct("SELECT ?e WHERE { ?e skos:prefLabel ?l }")
    assert counts["claims"] == distinct("SELECT ?c WHERE { ?c a kg:Claim }")
    assert counts["relations"] == distinct("SELECT ?r WHERE { ?r a kg:RelationAssertion }")
    quads = list(seeded_store.quads())
    assert counts["quads"] == len(quads)
    assert counts["triples"] == len({(q.subject, q.predicate, q.object) for q in quads}) < counts["quads"]


def test_articles_lists_key_file_and_headline(seeded_store):
    expected = [{"key": read_article(p).key, "file": p.name, "headline": read_article(p).headline} for p in SEED_FILES]
    assert pipeline.articles(seeded_store) == expected


def evidence_rows(store):
    return [(r["file"].value, int(r["start"].value), int(r["end"].value), r["text"].value) for r in store.query(
        "SELECT ?file ?start ?end ?text WHERE { ?s a kg:Sentence ; kg:text ?text ; kg:startChar ?start ; "
        "kg:endChar ?end ; kg:article/kg:fileName ?file }")]


def test_every_fact_on_real_text_has_evidence_inside_its_article(seeded_store):
    missing = list(seeded_store.query(
        "SELECT ?x WHERE { ?x a ?c . VALUES ?c { kg:Claim kg:RelationAssertion kg:Mention } "
        "FILTER NOT EXISTS { ?x kg:evidence ?s } }"))
    assert missing == []
    texts = {p.name: read_article(p).text for p in SEED_FILES}
    for file, start, end, text in evidence_rows(seeded_store):
        assert text and text in texts[file][start:end]


def test_evidence_offsets_slice_the_article_to_exactly_the_sentence(seeded_store):
    texts = {p.name: read_article(p).text for p in SEED_FILES}
    assert [row for row in evidence_rows(seeded_store) if texts[row[0]][row[1]:row[2]] != row[3]] == []
