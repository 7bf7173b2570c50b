"""SPARQL over the store: the named queries' columns and rows, errors, result formats, binding."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

from dataclasses import replace

import pytest
import rdflib

from kg.errors import QueryError
from kg.graph import build_quads, graph_iri
from kg.query import ResultFormat, bind, named_query, query_file, render, rows, run
from kg.records import Event

from samples import getty, micron

SPEC_COLUMNS = {
    "entities": ["label", "category"],
    "events": ["type", "agent", "target"],
    "relations": ["subject", "predicate", "object"],
    "claims": ["speaker"],
}


@pytest.fixture
def sample_store(store):
    for article, extraction in (getty(), micron()):
        store.replace_graph(graph_iri(article), build_quads(article, extraction))
    return store


def csv_rows(store, query_name: str, **values) -> list[dict]:
    text = named_query(query_name)
    text = bind(text, values) if values else text
    return list(csv.DictReader(io.StringIO(render(run(store, text), ResultFormat.CSV))))


@pytest.mark.parametrize("name", sorted(SPEC_COLUMNS))
def test_named_queries_give_the_spec_columns_first(sample_store, name):
    header = render(run(sample_store, named_query(name)), ResultFormat.CSV).splitlines()[0].split(",")
    assert header[:len(SPEC_COLUMNS[name])] == SPEC_COLUMNS[name]


def test_entities_one_row_per_entity_with_its_label_and_category(sample_store):
    found = [(r["label"], r["category"]) for r in csv_rows(sample_store, "entities")]
    assert found == [("Cyberspace Administration of China", "GovernmentBody"), ("Emad Mostaque", "Person"),
                     ("Getty Images", "Company"), ("Micron", "Company"), ("Stability AI", "Company"),
                     ("Stable Diffusion", "AIModel")]


def test_events_one_row_per_agent_and_target_without_negated_ones(sample_store):
    found = [(r["type"], r["agent"], r["target"], r["date"]) for r in csv_rows(sample_store, "events")]
    assert found == [
        ("Lawsuit", "Getty Images", "Stability AI", "2023-01-16"),
        ("PublicAppeal", "Getty Images", "", "2023"),
        ("PublicAppeal", "Stability AI", "", "2023"),
        ("UsageBan", "Cyberspace Administration of China", "Micron", "2023-05"),
    ]


def test_events_leaves_out_what_is_only_planned_which_events_all_keeps(store):
    article, extraction = micron()
    planned = Event("Fine", ("cyberspace-administration-of-china",), ("micron",), trigger="will fine", modality="planned",
                    evidence=extraction.events[0].evidence, confidence=0.75)
    store.replace_graph(graph_iri(article), build_quads(article, replace(extraction, events=(*extraction.events, planned))))
    assert [(r["type"], r["modality"]) for r in csv_rows(store, "events")] == [("UsageBan", "asserted")]
    assert [(r["type"], r["modality"]) for r in csv_rows(store, "events_all")] == [("Fine", "planned"), ("UsageBan", "asserted")]


def test_relations_and_claims(sample_store):
    relations = [(r["subject"], r["predicate"], r["object"], r["former"]) for r in csv_rows(sample_store, "relations")]
    assert relations == [("Emad Mostaque", "leads", "Stability AI", "false"),
                         ("Stability AI", "develops", "Stable Diffusion", "false")]
    claims = {(r["speaker"], r["cue"], r["stance"], r["content"]) for r in csv_rows(sample_store, "claims")}
    assert claims == {("Emad Mostaque", "say", "disputes", "the claims were without merit"),
                      ("Getty Images", "say", "neutral", "Getty Images was not involved")}


def test_what_two_articles_share_gives_one_row_not_two(sample_store):
    claims = csv_rows(sample_store, "claims")
    assert len(claims) == len({tuple(r.values()) for r in claims}) == 2


def test_the_analyst_queries(sample_store):
    timeline = [(r["date"], r["type"], r["agent"]) for r in csv_rows(sample_store, "timeline")]
    assert timeline == [("2023", "PublicAppeal", "Getty Images"), ("2023", "PublicAppeal", "Stability AI"),
                        ("2023-01", "Fine", "Stability AI"), ("2023-01-16", "Lawsuit", "Getty Images"),
                        ("2023-05", "UsageBan", "Cyberspace Administration of China")]
    about = csv_rows(sample_store, "about", name="stability ai")
    assert {(r["kind"], r["what"]) for r in about} >= {("event", "Lawsuit"), ("relation", "develops"), ("relation", "leads")}
    evidence = csv_rows(sample_store, "evidence")
    assert {r["file"] for r in evidence} == {"getty-sues-stability.txt", "china-bans-micron.txt"}
    assert all(int(r["start"]) < int(r["end"]) for r in evidence)



@pytest.mark.parametrize("name", ["stability ai", "GETTY IMAGES", "Micron", "nobody", 'a "quoted" \\ name'])
def test_about_looks_its_entity_up_first_with_the_same_results(sample_store, name):
    text = bind(named_query("about"), {"name": name})
    one_shot = render(sample_store.query(text), ResultFormat.CSV)  # the query as written, no lookup first
    assert render(run(sample_store, text), ResultFormat.CSV) == one_shot

def test_bad_sparql_names_line_and_column(sample_store):
    with pytest.raises(QueryError, match=r"^bad SPARQL at line 2, column \d+: "):
        run(sample_store, "SELECT ?s\nWHERE { ?s ?p }")


def test_an_unknown_name_lists_the_known_ones():
    with pytest.raises(QueryError) as caught:
        named_query("nope")
    message = str(caught.value)
    assert message.startswith("no named query 'nope'; known: ")
    for name in SPEC_COLUMNS:
        assert name in message


def test_a_missing_query_file(tmp_path):
    with pytest.raises(QueryError, match="cannot read the query"):
        query_file(tmp_path / "missing.rq")
    (tmp_path / "q.rq").write_text("ASK {}", encoding="utf-8")
    assert query_file(tmp_path / "q.rq") == "ASK {}"


def test_result_formats(sample_store):
    sparql = "SELECT DISTINCT ?label ?category WHERE { ?e skos:prefLabel ?label ; a kg:Company BIND(\"Company\" AS ?category) } ORDER BY ?label"
    csv_text = render(run(sample_store, sparql), ResultFormat.CSV)
    assert csv_text.startswith("label,category\r\n")  # SPARQL 1.1 CSV results: CRLF line ends
    assert csv_text.splitlines() == ["label,category", "Getty Images,Company", "Micron,Company", "Stability AI,Company"]
    tsv = render(run(sample_store, sparql), ResultFormat.TSV)
    assert tsv.splitlines() == ["?label\t?category", '"Getty Images"\t"Company"', '"Micron"\t"Company"',
                                '"Stability AI"\t"Company"']
    data = json.loads(render(run(sample_store, sparql), ResultFormat.JSON))
    assert data["head"]["vars"] == ["label", "category"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Getty Images", "Micron", "Stability AI"]
    root = ElementTree.fromstring(render(run(sample_store, sparql), ResultFormat.XML))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3
    table = render(run(sample_store, sparql), ResultFormat.TABLE)
    assert "Getty Images" in table and table.endswith("3 rows\n")


def test_ask_and_construct(sample_store):
    assert render(run(sample_store, "ASK { ?e a kg:Lawsuit }"), ResultFormat.TABLE) == "true\n"
    assert render(run(sample_store, "ASK { ?e a kg:Fine ; kg:modality kg:asserted }"), ResultFormat.CSV) == "false\n"
    turtle = render(run(sample_store, "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e a kg:Company ; skos:prefLabel ?l }"),
                    ResultFormat.TABLE)
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 3


def test_rows_gives_plain_strings_with_empty_unbound(sample_store):
    found = rows(run(sample_store, "SELECT ?a ?b WHERE { VALUES ?a { 1 } OPTIONAL { ?a ?x ?b } }"))
    assert found == [{"a": "1", "b": ""}]


def test_bind_prepends_values_and_escapes_the_value(sample_store):
    query = "SELECT ?e WHERE { ?e skos:prefLabel ?name }"
    assert [r["e"] for r in rows(run(sample_store, bind(query, {"name": "Micron"})))] == [
        "https://w3id.org/kg-ai-policy/id/entity/micron"]
    tricky = bind(query, {"name": 'x" } UNION { ?e ?p "y'})
    assert rows(run(sample_store, tricky)) == []
    with pytest.raises(QueryError, match="no WHERE clause"):
        bind("ASK", {"name": "x"})


@pytest.mark.parametrize("seed", range(3))
def test_the_plain_table_is_the_one_rich_draws(seed):
    """kg.query draws simple tables itself (rich costs ~30 ms of start-up): byte for byte what rich draws."""
    import random

    from kg.query import _rich_table, plain_table

    rnd = random.Random(seed)
    alphabet = "abcxyzABC0123 -_/.,;'\"()!?#%&*+=<>@^`{}|~éöüßÀ“”‘’–—…"
    drawn = 0
    for _ in range(300):
        names = rnd.sample(["label", "category", "entity", "aliases", "x", "date"], rnd.randint(1, 4))
        cells = [["".join(rnd.choice(alphabet) for _ in range(rnd.choice([0, 1, 5, 20, 45]))) for _ in names]
                 for _ in range(rnd.randint(0, 4))]
        mine = plain_table(names, cells)
        if mine is not None:
            assert mine == _rich_table(names, cells)
            drawn += 1
    assert drawn > 50


def test_tables_rich_must_draw_go_to_rich():
    from kg.query import plain_table

    assert plain_table(["a"], [["[bold]x"]]) is None  # markup
    assert plain_table(["a"], [[":smile: x"]]) is None  # an emoji code
    assert plain_table(["a"], [["two\nlines"]]) is None
    assert plain_table(["a"], [["漢字"]]) is None  # wide characters
    assert plain_table(["a"], [["x" * 200]]) is None  # wider than the table


_TERMS = """VALUES (?k ?v) {
  (1 "b") (2 "a") (3 "é") (4 "Z") (5 "10"^^xsd:integer) (6 "9"^^xsd:integer) (7 "2.5"^^xsd:decimal)
  (8 <http://example.com/b>) (9 <http://example.com/a>) (10 UNDEF) (11 "true"^^xsd:boolean)
  (12 "false"^^xsd:boolean) (13 "x"@en) (14 "2023-01-16"^^xsd:date) (15 "") (16 "aa") (17 "NaN"^^xsd:decimal)
  (18 "1e3"^^xsd:integer) (19 "2.5"^^xsd:integer) }"""


@pytest.mark.parametrize("keys, here", [
    ([1, 2, 3, 4, 15, 16], True),        # strings by code point, the empty one first
    ([5, 6, 7], True),                   # numbers by value: 2.5 < 9 < 10
    ([1, 8, 9, 10, 2], True),            # unbound < IRIs < literals
    ([11, 12, 10], True),                # booleans, false first
    ([1, 5], False),                     # a string and a number under one key: pyoxigraph's way
    ([13, 1], False),                    # a language tag
    ([14, 1], False),                    # a date
    ([5, 17], False),                    # numbers that are not valid numerals
    ([5, 18], False),
    ([5, 19], False),
])
def test_a_final_order_by_sorted_here_is_the_engines(store, keys, here):
    from kg.query import _sorted_here

    sparql = (f"SELECT ?v ?k WHERE {{ {_TERMS} FILTER(?k IN ({', '.join(map(str, keys))})) }} ORDER BY ?v ?k")
    assert (_sorted_here(store, sparql, None) is not None) == here
    for fmt in ResultFormat:
        assert render(run(store, sparql), fmt) == render(store.query(sparql), fmt)


@pytest.mark.parametrize("sparql, here", [
    ('SELECT ?d ?k WHERE { VALUES (?k ?d) { (1 "2023") (2 "") (3 "2021-05") (4 UNDEF) } } ORDER BY (?d = "") ?d', True),
    ("SELECT ?v WHERE { VALUES ?v { 2 1 } } ORDER BY DESC(?v)", False),        # not a plain key
    ("SELECT ?v WHERE { VALUES ?v { 2 1 3 } } ORDER BY ?v LIMIT 2", False),    # ORDER BY is not last
    ("SELECT ?k WHERE { VALUES (?k ?v) { (1 2) (2 1) } } ORDER BY ?v", False),  # key not projected
    ("SELECT ?v ?k WHERE { VALUES (?k ?v) { (1 1) (2 1) } } ORDER BY ?v", False),  # equal keys, rows differ
    ("SELECT ?v ?b WHERE { VALUES ?v { 2 1 } BIND(BNODE() AS ?b) } ORDER BY ?v", False),  # a blank node
    ("SELECT ?v WHERE { VALUES ?v { 2 1 2 } } ORDER BY ?v", True),             # equal rows: either order
    ("SELECT ?v WHERE { VALUES ?v { 2 1 3 } } ORDER BY DESC(?v)\n# ORDER BY ?v", False),  # a comment fakes the order
    ('SELECT ?v WHERE { VALUES ?v { "a#b" "c" } } ORDER BY ?v', True),         # '#' in a string is no comment
    ("SELECT ?v WHERE { VALUES ?v { 100000000000000000000 99999999999999999999 9 } } ORDER BY ?v", False),  # past 64 bits
    ("SELECT ?v WHERE { VALUES ?v { 10.0000000000000000000001 9 } } ORDER BY ?v", False),  # past 18 decimal digits
])
def test_only_orders_known_to_match_are_sorted_here(store, sparql, here):
    from kg.query import _sorted_here

    assert (_sorted_here(store, sparql, None) is not None) == here
    if "BNODE" not in sparql:  # blank node labels are fresh per evaluation
        for fmt in ResultFormat:
            assert render(run(store, sparql), fmt) == render(store.query(sparql), fmt)


@pytest.mark.parametrize("name", ["claims", "entities", "events", "events_all", "evidence", "relations", "timeline"])
def test_named_queries_sorted_here_as_pyoxigraph_sorts_them(sample_store, name):
    from kg.query import _sorted_here

    text = named_query(name)
    assert _sorted_here(sample_store, text, None) is not None
    for fmt in ResultFormat:
        assert render(run(sample_store, text), fmt) == render(sample_store.query(text), fmt)


@pytest.mark.parametrize("name", ["evidence", "claims", "entities"])
def test_a_result_too_large_to_sort_in_memory_is_sorted_on_disk_as_pyoxigraph_sorts_it(sample_store, monkeypatch, name):
    import kg.query

    text = named_query(name)
    monkeypatch.setattr(kg.query, "SORT_HERE_MAX_BYTES", 1000)
    monkeypatch.setattr(kg.query, "SORT_RUN_ROWS", 7)  # several runs to merge
    assert kg.query._sorted_here(sample_store, text, None) is not None
    for fmt in ResultFormat:
        assert render(run(sample_store, text), fmt) == render(sample_store.query(text), fmt)


@pytest.mark.parametrize("sparql, here", [
    ("SELECT ?v ?k WHERE { VALUES (?k ?v) { (1 1) (2 1) (3 2) (4 0) } } ORDER BY ?v", False),  # equal keys, rows differ
    ('SELECT ?v WHERE { VALUES ?v { 2 "a" 1 3 } } ORDER BY ?v', False),  # a string and a number under one key
    ("SELECT ?v ?b WHERE { VALUES ?v { 2 1 3 } BIND(BNODE() AS ?b) } ORDER BY ?v", False),  # a blank node
    ("SELECT ?v WHERE { VALUES ?v { 2 1 2 3 1 0 } } ORDER BY ?v", True),  # equal rows: either order
])
def test_on_disk_only_orders_known_to_match_are_sorted_here(store, monkeypatch, sparql, here):
    import kg.query

    monkeypatch.setattr(kg.query, "SORT_HERE_MAX_BYTES", 10)
    monkeypatch.setattr(kg.query, "SORT_RUN_ROWS", 2)
    assert (kg.query._sorted_here(store, sparql, None) is not None) == here
    if "BNODE" not in sparql:
        for fmt in ResultFormat:
            assert render(run(store, sparql), fmt) == render(store.query(sparql), fmt)


def test_a_query_with_order_by_after_limit_stays_a_syntax_error(store):
    with pytest.raises(QueryError):
        run(store, "SELECT ?v WHERE { VALUES ?v { 2 1 3 } } LIMIT 2 ORDER BY ?v")
