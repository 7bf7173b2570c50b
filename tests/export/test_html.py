"""The HTML view without a browser: what the page holds, that it is self-contained, escaped and
deterministic, and the subgraph options (library and CLI). Stores are built from hand-made records."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from html_support import HOSTILE, PAYLOADS, POLICY, fill, hostile_items, policy_items
from kg.cli import cli
from kg.errors import ExportError
from kg.export import export
from kg.export.html import render
from kg.export.select import select
from kg.export.view import read_view
from kg.store import open_store


class Page(HTMLParser):
    """The tags, attributes and inline scripts of a page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)

    def handle_data(self, data):
        if self._script is not None:
            self.scripts.append((self._script, data))
            self._script = None

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, ""))
            self._script = None


@pytest.fixture(scope="module")
def policy_store(tmp_path_factory):
    return fill(tmp_path_factory.mktemp("policy") / "store", policy_items())


@pytest.fixture(scope="module")
def view(policy_store):
    with open_store(policy_store, read_only=True) as store:
        return read_view(store)


@pytest.fixture(scope="module")
def page(view):
    return render(view)


def page_data(text: str) -> dict:
    (payload,) = [body for attrs, body in Page(text).scripts if attrs.get("type") == "application/json"]
    return json.loads(payload)


# ---------- the view read from the store ----------

def test_view_has_entities_events_and_claims_as_nodes(view):
    kinds = sorted((n.kind, n.category, n.label) for n in view.nodes.values())
    assert kinds == [
        ("claim", "Claim", "“the decision”"),
        ("claim", "Claim", "“the designation was lawful”"),
        ("entity", "AIModel", "Fable 5"),
        ("entity", "Company", "Anthropic"),
        ("entity", "GovernmentBody", "Department of Commerce"),
        ("entity", "GovernmentBody", "Pentagon"),
        ("entity", "Person", "Dario Amodei"),
        ("event", "Event", "ExportRestriction"),
        ("event", "Event", "Lawsuit"),
    ]


def test_roles_relations_and_claims_are_labelled_edges(view):
    label = {n.id: n.label for n in view.nodes.values()}
    edges = sorted((label[e.source], e.label, label[e.target], e.kind) for e in view.edges.values())
    assert edges == [
        ("Anthropic", "agent", "Lawsuit", "role"),
        ("Anthropic", "dispute", "“the decision”", "said"),
        ("Dario Amodei", "leads", "Anthropic", "relation"),
        ("Department of Commerce", "agent", "ExportRestriction", "role"),
        ("ExportRestriction", "object", "Fable 5", "role"),
        ("ExportRestriction", "target", "Anthropic", "role"),
        ("Lawsuit", "target", "Pentagon", "role"),
        ("Pentagon", "say", "“the designation was lawful”", "said"),
        ("“the decision”", "about", "ExportRestriction", "about"),
    ]


def test_nodes_carry_aliases_facts_dates_and_evidence(view):
    commerce = view.nodes["entity/department-of-commerce"]
    assert commerce.aliases == ("Commerce", "U.S. Department of Commerce")
    (ev,) = commerce.evidence
    assert ev.text == "The Department of Commerce restricted exports of Fable 5 by Anthropic."
    assert view.articles[ev.article].file == "policy.txt"
    assert view.articles[ev.article].published == "2025-03-04"
    event = next(n for n in view.nodes.values() if n.type == "ExportRestriction")
    assert dict(event.facts) == {"event type": "ExportRestriction", "modality": "asserted", "trigger": "restricted",
                                 "date": "2025-03", "date as written": "in March"}
    assert event.dates == ("2025-03",)
    claim = next(n for n in view.nodes.values() if n.kind == "claim" and "decision" in n.label)
    assert dict(claim.facts) == {"speaker": "Anthropic", "said": "dispute", "stance": "disputes",
                                 "content": "the decision", "about": "ExportRestriction"}
    assert dict(view.nodes["entity/dario-amodei"].facts) == {"kind": "Official"}
    anthropic = view.nodes["entity/anthropic"]
    assert len({ev.article for ev in anthropic.evidence}) == 2


def test_relation_edge_has_its_title_and_evidence(view):
    (leads,) = [e for e in view.edges.values() if e.kind == "relation"]
    assert dict(leads.facts) == {"relation": "leads", "former": "no", "role title": "chief executive"}
    assert [ev.text for ev in leads.evidence] == ["Dario Amodei leads Anthropic."]


# ---------- the page ----------

def test_page_is_self_contained(page):
    parsed = Page(page)
    links = [(tag, attrs) for tag, attrs in parsed.tags if "src" in attrs or "href" in attrs]
    assert links == [("link", {"rel": "icon", "href": "data:,"})]
    assert [tag for tag, _ in parsed.tags].count("script") == 3
    assert [tag for tag, _ in parsed.tags].count("style") == 2
    assert all(url.startswith("data:") for url in re.findall(r"url\(\s*[\"']?([^\"')]*)", page))
    assert "@import" not in page
    csp = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_only_the_pages_own_scripts_may_run(page):
    parsed = Page(page)
    csp = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [body for attrs, body in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2
    assert {base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() for body in code} == allowed


def test_page_holds_every_node_and_edge_with_its_panel(view, page):
    data = page_data(page)
    assert [n["id"] for n in data["nodes"]] == list(view.nodes)
    assert [e["id"] for e in data["edges"]] == list(view.edges)
    assert set(data["details"]["nodes"]) == set(view.nodes)
    panel = data["details"]["nodes"]["entity/department-of-commerce"]
    assert panel["aliases"] == ["Commerce", "U.S. Department of Commerce"]
    assert panel["evidence"][0][1] == "The Department of Commerce restricted exports of Fable 5 by Anthropic."
    assert data["articles"][panel["evidence"][0][0]] == {"file": "policy.txt", "headline": POLICY.splitlines()[0],
                                                         "published": "2025-03-04"}
    groups = data["options"]["groups"]
    assert len({(g["color"], g["shape"]) for g in groups.values()}) == len(groups) == 8
    role = next(e for e in data["details"]["edges"].values() if e["kind"] == "role")
    assert role["evidenceOf"].startswith("event/")


def test_legend_and_filters_list_categories_and_event_types(page):
    parsed = Page(page)
    categories = [a["data-category"] for t, a in parsed.tags if "data-category" in a]
    assert categories == ["Company", "GovernmentBody", "Person", "AIModel", "Country", "Organization", "Event", "Claim"]
    assert [a["data-event-type"] for t, a in parsed.tags if "data-event-type" in a] == ["ExportRestriction", "Lawsuit"]


def test_physics_settles_then_the_page_turns_it_off(page):
    options = page_data(page)["options"]
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["layout"]["randomSeed"] == 7
    assert "physics: { enabled: false }" in page


def test_same_store_gives_the_same_bytes(tmp_path, page):
    items = policy_items()
    again = fill(tmp_path / "again", list(reversed(items)))
    with open_store(again, read_only=True) as store:
        assert render(read_view(store)) == page
    with open_store(again, read_only=True) as store:
        export(store, "html", tmp_path / "a.html")
        export(store, "html", tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_article_text_is_escaped(tmp_path):
    store_dir = fill(tmp_path / "store", hostile_items())
    with open_store(store_dir, read_only=True) as store:
        text = render(read_view(store))
    parsed = Page(text)
    assert [tag for tag, _ in parsed.tags].count("script") == 3
    assert not [tag for tag, _ in parsed.tags if tag in ("img", "b")]
    assert not [(tag, name) for tag, attrs in parsed.tags for name in attrs if name.startswith("on")]
    for payload in PAYLOADS:
        assert payload not in text
    data = page_data(text)  # the text survives, as text
    labels = {d["label"] for d in data["details"]["nodes"].values()}
    assert "Evil <script>window.__pwned=1</script> Corp" in labels
    sentences = {ev[1] for d in data["details"]["nodes"].values() for ev in d["evidence"]}
    assert HOSTILE.strip().splitlines()[1] in sentences
    assert any("onerror" in a["file"] for a in data["articles"].values())


# ---------- selections ----------

def labels(view):
    return sorted(n.label for n in view.nodes.values())


def test_focus_keeps_the_neighbourhood_within_depth(view):
    assert labels(select(view, focus="Pentagon", depth=0)) == ["Pentagon"]
    assert labels(select(view, focus="pentagon", depth=1)) == ["Lawsuit", "Pentagon", "“the designation was lawful”"]
    assert labels(select(view, focus="Department of Defense", depth=2)) == [
        "Anthropic", "Lawsuit", "Pentagon", "“the designation was lawful”"]
    part = select(view, focus="Pentagon", depth=2)
    assert all(e.source in part.nodes and e.target in part.nodes for e in part.edges.values())
    assert len(part.edges) == 3
    assert {a.file for a in part.articles.values()} == {"lawsuit.txt", "policy.txt"}  # Anthropic is in both
    assert {a.file for a in select(view, focus="Pentagon", depth=1).articles.values()} == {"lawsuit.txt"}


def test_focus_on_an_unknown_name_says_what_to_do(view):
    with pytest.raises(ExportError, match="no entity has that name or alias"):
        select(view, focus="Nobody")


def test_article_keeps_what_that_article_says(view, tmp_path):
    key = next(k for k, a in view.articles.items() if a.file == "lawsuit.txt")
    for given in (key[:6], "lawsuit.txt"):
        part = select(view, article=given)
        assert labels(part) == ["Anthropic", "Lawsuit", "Pentagon", "“the designation was lawful”"]
        assert {ev.article for n in part.nodes.values() for ev in n.evidence} == {key}
        assert list(part.articles) == [key]
    path = tmp_path / "policy-copy.txt"
    path.write_text(POLICY, encoding="utf-8")
    assert "Dario Amodei" in labels(select(view, article=str(path)))
    with pytest.raises(ExportError, match="no such article"):
        select(view, article="nothing-like-it")


def test_event_type_keeps_those_events_and_their_parties(view):
    assert labels(select(view, event_types=["exportrestriction"])) == [
        "Anthropic", "Department of Commerce", "ExportRestriction", "Fable 5"]
    with pytest.raises(ExportError, match="not an event type"):
        select(view, event_types=["Picnic"])


def test_date_range_keeps_events_and_claims_dated_within_it(view):
    # the export restriction is dated 2025-03; the lawsuit and the claims take their article's date
    assert labels(select(view, since="2025-04")) == ["Anthropic", "Lawsuit", "Pentagon", "“the designation was lawful”"]
    assert labels(select(view, until="2025-03-31")) == [
        "Anthropic", "Department of Commerce", "ExportRestriction", "Fable 5", "“the decision”"]
    assert labels(select(view, since="2025-03-15", until="2025-03-20")) == [
        "Anthropic", "Department of Commerce", "ExportRestriction", "Fable 5"]
    assert labels(select(view, since="2026")) == []
    with pytest.raises(ExportError, match="not a date"):
        select(view, since="March")


def test_selections_combine(view):
    assert labels(select(view, event_types=["Lawsuit"], focus="Pentagon", depth=1)) == ["Lawsuit", "Pentagon"]


# ---------- the command line ----------

def test_cli_exports_a_focused_view(policy_store, tmp_path):
    out = tmp_path / "focus.html"
    result = CliRunner().invoke(cli, ["--store", str(policy_store), "export", "--format", "html", "--out", str(out),
                                      "--focus", "Anthropic", "--depth", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out}\n"
    data = page_data(out.read_text(encoding="utf-8"))
    assert sorted(n["label"] for n in data["nodes"]) == ["Anthropic", "Dario Amodei", "ExportRestriction", "Lawsuit", "“the decision”"]
    assert "around Anthropic (depth 1)" in out.read_text(encoding="utf-8")


def test_cli_passes_every_selection_option(policy_store, tmp_path):
    out = tmp_path / "part.html"
    result = CliRunner().invoke(cli, ["--store", str(policy_store), "export", "--format", "html", "--out", str(out),
                                      "--article", "policy.txt", "--event-type", "ExportRestriction",
                                      "--since", "2025-01", "--until", "2025-12-31"])
    assert result.exit_code == 0, result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 4


@pytest.mark.parametrize("args, message", [
    (["--format", "ttl", "--focus", "Anthropic"], "Error: a selection (--focus, --article, --event-type, --since, --until) needs --format html, not ttl\n"),
    (["--format", "html", "--focus", "Nobody"], "Error: --focus 'Nobody': no entity has that name or alias here; `kg query -n entities` lists them\n"),
    (["--format", "html", "--since", "last week"], "Error: --since last week: not a date; write YYYY, YYYY-MM or YYYY-MM-DD\n"),
])
def test_cli_selection_errors_are_one_line(policy_store, tmp_path, args, message):
    out = tmp_path / "never.html"
    result = CliRunner().invoke(cli, ["--store", str(policy_store), "export", "--out", str(out), *args])
    assert result.exit_code == 1
    assert result.stderr == message
    assert not out.exists() and not (tmp_path / "never.html.part").exists()


# ---------- a neighbourhood read from the store alone ----------

def _focus_cases(store_dir):
    with open_store(store_dir, read_only=True) as store:
        whole = read_view(store)
    names = sorted({n.label for n in whole.nodes.values() if n.kind == "entity"}
                   | {a for n in whole.nodes.values() for a in n.aliases} | {"pentagon", "NOBODY"})
    return whole, names


@pytest.mark.parametrize("items", ["policy", "hostile", "synthetic"])
def test_a_focused_view_read_from_the_store_is_the_one_selected_from_the_whole_view(tmp_path, items):
    """kg/export/focus.py reads only the neighbourhood: the page is byte for byte the one the whole view gives."""
    from html_support import synthetic_view  # noqa: F401 - the synthetic records come from html_large's generator

    from kg.export.focus import focused_view

    if items == "synthetic":
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
        from html_large import synthetic_articles
        from kg.graph import build_quads, graph_iri

        store_dir = tmp_path / "store"
        with open_store(store_dir) as store:
            for article, extraction in synthetic_articles(300):
                store.replace_graph(graph_iri(article), build_quads(article, extraction))
    else:
        store_dir = fill(tmp_path / "store", policy_items() if items == "policy" else hostile_items())
    whole, names = _focus_cases(store_dir)
    checked = 0
    with open_store(store_dir, read_only=True) as store:
        for name in names[:25]:
            for depth in (0, 1, 2, 3):
                try:
                    expected = render(select(whole, focus=name, depth=depth))
                except ExportError as exc:
                    with pytest.raises(ExportError, match=re.escape(str(exc))):
                        select(focused_view(store, name, depth), focus=name, depth=depth)
                    continue
                assert render(select(focused_view(store, name, depth), focus=name, depth=depth)) == expected, (name, depth)
                checked += 1
    assert checked >= 8


def test_the_cli_focus_reads_only_the_neighbourhood(policy_store, tmp_path, monkeypatch):
    from kg.export import focus, html, view

    read = []
    for module in (focus, html):
        monkeypatch.setattr(module, "read_view", lambda store: read.append(store) or view.read_view(store))
    out = tmp_path / "focus.html"
    result = CliRunner().invoke(cli, ["--store", str(policy_store), "export", "--format", "html", "--out", str(out),
                                      "--focus", "Pentagon", "--depth", "1"])
    assert result.exit_code == 0, result.output
    assert [type(store) for store in read] == [focus._Copy]  # the view is read from the neighbourhood's copy alone


@pytest.mark.parametrize("items", ["policy", "hostile"])
def test_the_view_of_facts_repeated_by_articles_is_the_view_of_each_fact_once(tmp_path, items):
    """The view's queries take shared patterns DISTINCT: the view is the one of a copy holding each statement once."""
    import pyoxigraph

    from kg.export.focus import _Copy

    store_dir = fill(tmp_path / "store", policy_items() if items == "policy" else hostile_items())
    with open_store(store_dir, read_only=True) as store:
        whole = read_view(store)
        copy = _Copy()
        copy._store.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in store.quads())
    assert render(read_view(copy)) == render(whole)
    assert whole.nodes and whole.edges


def test_a_relation_naming_several_subjects_or_objects_is_drawn_from_the_smallest_of_each(tmp_path):
    """A relation shared by articles that name different IRIs for its parties: the edge joins the smallest
    subject and the smallest object (by code point), which view.py's RELATIONS now picks in SPARQL."""
    import pyoxigraph

    from kg.export.focus import _Copy
    from kg.export.view import RELATIONS, short_id
    from kg.graph import entity_iri
    from kg.query import rows, run

    store_dir = fill(tmp_path / "store", policy_items())
    with open_store(store_dir, read_only=True) as store:
        copy = _Copy()
        copy._store.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in store.quads())
    (relation,) = [r["r"] for r in rows(run(copy, "SELECT ?r WHERE { ?r a kg:RelationAssertion }"))]
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    node = pyoxigraph.NamedNode(relation)
    copy._store.extend([
        pyoxigraph.Quad(node, pyoxigraph.NamedNode(rdf + "subject"), entity_iri("anthropic")),  # smaller than dario-amodei
        pyoxigraph.Quad(node, pyoxigraph.NamedNode(rdf + "subject"), entity_iri("pentagon")),
        pyoxigraph.Quad(node, pyoxigraph.NamedNode(rdf + "object"), entity_iri("pentagon")),  # larger than anthropic
    ])
    subjects = {r["s"] for r in rows(run(copy, f"SELECT ?s WHERE {{ <{relation}> rdf:subject ?s }}"))}
    objects = {r["o"] for r in rows(run(copy, f"SELECT ?o WHERE {{ <{relation}> rdf:object ?o }}"))}
    assert len(subjects) == 3 and len(objects) == 2
    assert len(rows(run(copy, RELATIONS))) == 1  # one row for the relation, not one per subject x object
    (edge,) = [e for e in read_view(copy).edges.values() if e.kind == "relation"]
    assert (edge.source, edge.target) == (short_id(min(subjects)), short_id(min(objects)))
    assert (edge.source, edge.target) == ("entity/anthropic", "entity/anthropic")
