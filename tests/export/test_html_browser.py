"""The HTML view in a real headless Chromium, opened from disk with the network off.

Never skipped: without /usr/bin/chromium and /usr/bin/chromedriver these tests fail and say what to
install. The seeds' view is screenshotted to docs/graph.png for the README.
"""
from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from html_support import (PAYLOADS, chrome, console_problems, fill, hostile_items, open_page, quit_chrome,
                          requested_urls, synthetic_view)
from kg import pipeline
from kg.export import export
from kg.export.html import render
from kg.query import rows
from kg.store import open_store
from kg.vocab import CATEGORIES, EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SCREENSHOT = ROOT / "docs" / "graph.png"

_CATS = " ".join(f"kg:{c}" for c in CATEGORIES)
_TYPES = " ".join(f"kg:{t}" for t in EVENT_TYPES)
COUNT_NODES = f"""SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {{
  {{ VALUES ?c {{ {_CATS} }} ?n a ?c }} UNION {{ VALUES ?c {{ {_TYPES} }} ?n a ?c }} UNION {{ ?n a kg:Claim }} }}"""
COUNT_EDGES = [
    f"""SELECT (COUNT(*) AS ?count) WHERE {{ SELECT DISTINCT ?e ?p ?x WHERE {{
        VALUES ?p {{ kg:agent kg:target kg:object }} VALUES ?t {{ {_TYPES} }} VALUES ?c {{ {_CATS} }}
        ?e ?p ?x ; a ?t . ?x a ?c }} }}""",
    f"""SELECT (COUNT(DISTINCT ?r) AS ?count) WHERE {{ VALUES ?c {{ {_CATS} }} VALUES ?d {{ {_CATS} }}
        ?r a kg:RelationAssertion ; rdf:subject ?s ; rdf:object ?o . ?s a ?c . ?o a ?d }}""",
    f"""SELECT (COUNT(*) AS ?count) WHERE {{ SELECT DISTINCT ?claim ?s WHERE {{ VALUES ?c {{ {_CATS} }}
        ?claim a kg:Claim ; kg:speaker ?s . ?s a ?c }} }}""",
    f"""SELECT (COUNT(*) AS ?count) WHERE {{ SELECT DISTINCT ?claim ?e WHERE {{ VALUES ?t {{ {_TYPES} }}
        ?claim a kg:Claim ; kg:about ?e . ?e a ?t }} }}""",
]
MENTION_SENTENCES = """SELECT DISTINCT ?text ?file WHERE {
  ?m kg:refersTo ?e ; kg:evidence ?s . ?s kg:text ?text ; kg:article/kg:fileName ?file . ?e skos:prefLabel ?label }"""


def count(store, sparql: str) -> int:
    return int(rows(store.query(sparql))[0]["count"])


def js(driver, script: str, *args):
    return driver.execute_script(script, *args)


def panel_text(driver) -> str:
    return " ".join(js(driver, "return document.getElementById('panel').innerText").split())


def node_id(driver, name: str) -> str:
    return js(driver, "var name = arguments[0], ids = Object.keys(kg.details.nodes).filter(function (id) {"
                      " return kg.details.nodes[id].label === name; }); return ids[0] || null;", name)


def click_node(driver, node: str) -> None:
    """A real mouse click where vis draws the node (zooming in first if another node is on top)."""
    def where():
        return js(driver, "var p = kg.network.canvasToDOM(kg.network.getPosition(arguments[0]));"
                          "var r = document.getElementById('graph').getBoundingClientRect();"
                          "return [p.x - r.width / 2, p.y - r.height / 2, kg.network.getNodeAt(p)];", node)

    x, y, under = where()
    if under != node:
        js(driver, "kg.network.focus(arguments[0], {scale: 2.5, animation: false})", node)
        x, y, under = where()
    assert under == node
    ActionChains(driver).move_to_element_with_offset(driver.find_element(By.ID, "graph"), round(x), round(y)).click().perform()
    WebDriverWait(driver, 10).until(lambda d: js(d, "return document.getElementById('panel').getAttribute('data-node')") == node)


def assert_offline_and_clean(driver) -> None:
    urls = requested_urls(driver)
    assert urls and all(url.startswith(("file://", "data:")) for url in urls), urls
    assert console_problems(driver) == []


@pytest.fixture(scope="module")
def browser():
    driver = chrome()
    yield driver
    quit_chrome(driver)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seed articles through the real pipeline, exported as the HTML view."""
    folder = tmp_path_factory.mktemp("seeds")
    with open_store(folder / "store") as store:
        report = pipeline.ingest([SEEDS], store)
        assert report.ok and report.ingested
        export(store, "html", folder / "graph.html")
        expected = {"nodes": count(store, COUNT_NODES), "edges": sum(count(store, q) for q in COUNT_EDGES)}
        anthropic = rows(store.query(MENTION_SENTENCES.replace("?label }", '?label FILTER(?label = "Anthropic") }')))
    return {"page": folder / "graph.html", "store": folder / "store", **expected, "anthropic": anthropic}


def test_seeds_view_draws_the_whole_graph_offline(browser, seeds):
    open_page(browser, seeds["page"])
    assert_offline_and_clean(browser)
    drawn = js(browser, "return {nodes: kg.nodes.length, edges: kg.edges.length,"
                        " shownNodes: kg.network.body.nodeIndices.length, shownEdges: kg.network.body.edgeIndices.length,"
                        " physics: kg.network.physics.options.enabled, canvas: document.querySelectorAll('#graph canvas').length}")
    assert drawn == {"nodes": seeds["nodes"], "edges": seeds["edges"], "shownNodes": seeds["nodes"],
                     "shownEdges": seeds["edges"], "physics": False, "canvas": 1}
    assert seeds["nodes"] > 20 and seeds["edges"] > 20
    legend = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#categories .name")]
    assert legend == ["Company", "GovernmentBody", "Person", "AIModel", "Country", "Organization", "Event", "Claim"]


def test_clicking_a_node_shows_its_evidence_and_neighbourhood(browser, seeds):
    open_page(browser, seeds["page"])
    anthropic = node_id(browser, "Anthropic")
    click_node(browser, anthropic)
    text = panel_text(browser)
    assert text.startswith("Anthropic Company")
    assert seeds["anthropic"]
    for row in seeds["anthropic"]:
        assert " ".join(row["text"].split()) in text
        assert row["file"] in text
    state = js(browser, """
        var id = arguments[0], near = new Set(kg.network.getConnectedNodes(id).concat([id]));
        return {selected: kg.network.getSelectedNodes().sort(), near: Array.from(near).sort(),
                faded: kg.nodes.get().filter(function (n) { return n.opacity === 0.2; }).map(function (n) { return n.id; }),
                others: kg.nodes.getIds().filter(function (n) { return !near.has(n); })};""", anthropic)
    assert state["selected"] == state["near"] and len(state["near"]) > 3
    assert sorted(state["faded"]) == sorted(state["others"])
    corner = js(browser, "var r = document.getElementById('graph').getBoundingClientRect(); return [12 - r.width / 2, 12 - r.height / 2];")
    ActionChains(browser).move_to_element_with_offset(browser.find_element(By.ID, "graph"), *corner).perform()
    WebDriverWait(browser, 5).until(lambda d: js(d, "var p = document.querySelector('.vis-tooltip');"
                                                    " return !p || p.style.visibility !== 'visible'"))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    assert console_problems(browser) == []


def test_clicking_an_edge_shows_its_evidence(browser, seeds):
    open_page(browser, seeds["page"])
    edge = js(browser, "return Object.keys(kg.details.edges).filter(function (id) {"
                       " return kg.details.edges[id].kind === 'relation'; })[0]")
    x, y, hit = js(browser, """
        var e = kg.edges.get(arguments[0]), a = kg.network.getPosition(e.from), b = kg.network.getPosition(e.to);
        var p = kg.network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
        var r = document.getElementById('graph').getBoundingClientRect();
        return [p.x - r.width / 2, p.y - r.height / 2, kg.network.getEdgeAt(p) === arguments[0] && kg.network.getNodeAt(p) === undefined];""",
                   edge)
    if hit:
        ActionChains(browser).move_to_element_with_offset(browser.find_element(By.ID, "graph"), round(x), round(y)).click().perform()
    else:  # another edge crosses there: open the panel as the click handler would
        js(browser, "kg.showEdge(arguments[0])", edge)
    WebDriverWait(browser, 10).until(lambda d: js(d, "return document.getElementById('panel').getAttribute('data-edge')") == edge)
    sentence = js(browser, "return kg.details.edges[arguments[0]].evidence[0][1]", edge)
    assert " ".join(sentence.split()) in panel_text(browser)
    assert "relation" in panel_text(browser)


def test_search_finds_an_entity_by_an_alias_and_focuses_it(browser, seeds):
    open_page(browser, seeds["page"])
    target, alias = js(browser, """
        var d = kg.details.nodes, seen = {};
        Object.keys(d).forEach(function (id) { if (d[id].kind === 'entity') {
            [d[id].label].concat(d[id].aliases).forEach(function (n) { n = n.toLowerCase(); seen[n] = (seen[n] || 0) + 1; }); } });
        var ids = Object.keys(d).sort();
        for (var i = 0; i < ids.length; i++) { var a = d[ids[i]].aliases || [];
            for (var j = 0; j < a.length; j++) if (seen[a[j].toLowerCase()] === 1 && a[j].length > 3) return [ids[i], a[j]]; }
        return null;""") or (None, None)
    assert target, "no entity in the seeds' view has an alias of its own"
    box = browser.find_element(By.ID, "search")
    box.send_keys(alias.lower())
    first = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#matches li"))[0]
    assert first.text.startswith(js(browser, "return kg.details.nodes[arguments[0]].label", target))
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: js(d, "return kg.focused") == target)
    assert target in js(browser, "return kg.network.getSelectedNodes()")
    assert js(browser, "return document.getElementById('panel').getAttribute('data-node')") == target

    def centred(driver):
        view, node = js(driver, "return [kg.network.getViewPosition(), kg.network.getPosition(arguments[0])]", target)
        return math.dist((view["x"], view["y"]), (node["x"], node["y"])) < 1

    WebDriverWait(browser, 10).until(centred)


def test_filters_hide_categories_and_event_types(browser, seeds):
    open_page(browser, seeds["page"])
    browser.find_element(By.CSS_SELECTOR, "input[data-category=Person]").click()
    state = js(browser, """
        var persons = kg.nodes.getIds({filter: function (n) { return n.group === 'Person'; }});
        var shown = new Set(kg.network.body.nodeIndices), shownEdges = new Set(kg.network.body.edgeIndices);
        var touching = kg.edges.getIds({filter: function (e) { return persons.indexOf(e.from) >= 0 || persons.indexOf(e.to) >= 0; }});
        return {persons: persons.length, hidden: kg.nodes.getIds({filter: function (n) { return n.hidden === true; }}).sort(),
                personIds: persons.sort(), shownPersons: persons.filter(function (id) { return shown.has(id); }),
                shown: shown.size, total: kg.nodes.length, touching: touching.length,
                shownTouching: touching.filter(function (id) { return shownEdges.has(id); }).length,
                shownEdges: shownEdges.size, edges: kg.edges.length};""")
    assert state["persons"] > 0
    assert state["hidden"] == state["personIds"] and state["shownPersons"] == []
    assert state["shown"] == state["total"] - state["persons"]
    assert state["shownTouching"] == 0 and state["shownEdges"] == state["edges"] - state["touching"]
    assert browser.find_element(By.ID, "shown").text.startswith(f"Showing {state['shown']} of {state['total']} nodes")

    box = browser.find_elements(By.CSS_SELECTOR, "input[data-event-type]")[0]
    kind = box.get_attribute("data-event-type")
    box.click()
    events = js(browser, """
        var shown = new Set(kg.network.body.nodeIndices), out = {hidden: 0, shown: 0, others: 0};
        kg.nodes.forEach(function (n) { var d = kg.details.nodes[n.id];
            if (d.type === arguments[0]) { if (shown.has(n.id)) out.shown++; else out.hidden++; }
            else if (d.kind === 'event' && !shown.has(n.id)) out.others++; });
        return out;""".replace("arguments[0]", json.dumps(kind)))
    assert events["hidden"] > 0 and events["shown"] == 0 and events["others"] == 0

    browser.find_element(By.ID, "reset").click()
    assert js(browser, "return [kg.network.body.nodeIndices.length, kg.network.body.edgeIndices.length]") == [
        seeds["nodes"], seeds["edges"]]
    assert console_problems(browser) == []


HOSTILE_ARTICLE = """Anthropic <script>window.__pwned=6</script> faces an export ban
Date: 2025-05-01

The Department of Commerce banned exports of Anthropic models, calling "<img src=x onerror=window.__pwned=7>" a risk.
Anthropic said the ban was "</script><script>window.__pwned=8</script>" and 'unfair' & unlawful.
"""


def test_article_text_never_runs_as_script(browser, tmp_path):
    store_dir = fill(tmp_path / "store", hostile_items())
    article = tmp_path / 'hostile "<svg onload=window.__pwned=9>.txt'
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    with open_store(store_dir) as store:
        assert pipeline.ingest([article], store).ok
        export(store, "html", tmp_path / "graph.html")
    open_page(browser, tmp_path / "graph.html")
    corp = node_id(browser, "Evil <script>window.__pwned=1</script> Corp")
    assert corp
    click_node(browser, corp)
    assert "Evil <script>window.__pwned=1</script> Corp" in panel_text(browser)
    assert PAYLOADS[1] in panel_text(browser)  # an alias, shown as text
    ActionChains(browser).move_by_offset(3, 3).perform()  # hover: the tooltip
    js(browser, "Object.keys(kg.details.nodes).forEach(kg.showNode); Object.keys(kg.details.edges).forEach(kg.showEdge);")
    box = browser.find_element(By.ID, "search")
    box.send_keys(PAYLOADS[1])
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#matches li"))
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: js(d, "return kg.focused") == corp)
    time.sleep(0.3)
    assert js(browser, "return typeof window.__pwned") == "undefined"
    assert js(browser, "return document.querySelectorAll('img, svg[onload], #panel script, #panel b').length") == 0
    assert js(browser, "return document.scripts.length") == 3
    assert "window.__pwned=7" in js(browser, "return JSON.stringify(kg.details)")  # the article's text is there, as text
    assert_offline_and_clean(browser)


def test_5000_nodes_render_and_become_interactive(browser, tmp_path):
    view = synthetic_view(5000)
    page = tmp_path / "large.html"
    page.write_text(render(view), encoding="utf-8")
    started = time.perf_counter()
    open_page(browser, page, timeout=120)
    seconds = time.perf_counter() - started
    drawn = js(browser, "return [kg.network.body.nodeIndices.length, kg.network.body.edgeIndices.length,"
                        " kg.network.physics.options.enabled, kg.timings.ready]")
    assert drawn[:3] == [5000, len(view.edges), False]
    print(f"\n5,000 nodes, {len(view.edges)} edges: interactive {drawn[3]:.0f} ms after navigation ({seconds:.1f} s wall)")
    node = "entity/e00000"
    js(browser, "kg.network.focus(arguments[0], {scale: 1.5, animation: false})", node)
    click_node(browser, node)
    assert "Entity 0 is in the news." in panel_text(browser)
    assert_offline_and_clean(browser)
