"""How long a large graph takes to become usable in the HTML view, in a real headless Chromium.

Generates a synthetic store of about N nodes (entities, events, claims; default 5,000) from
hand-made records, exports the HTML view, opens it from disk with the network off, and prints:
the export time, the file size, when the layout settled and the page became interactive (ms since
navigation), and how long a click on a node, a search and a filter take to show their result.

    python benchmarks/html_large.py [--nodes 5000] [--keep DIR]

Needs Debian's chromium and chromium-driver, and selenium.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "export"))

from html_support import chrome, console_problems, open_page, quit_chrome, requested_urls  # noqa: E402

from kg.export import export  # noqa: E402
from kg.graph import build_quads, graph_iri  # noqa: E402
from kg.read import Article  # noqa: E402
from kg.records import Claim, Entity, Event, Evidence, Extraction, Mention, Relation  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.vocab import CATEGORIES, EVENT_TYPES  # noqa: E402

SYLLABLES = ("an", "bel", "cor", "dra", "el", "fen", "gor", "hal", "ix", "jun", "kel", "lor", "mar", "nov",
             "or", "pra", "quin", "ros", "sel", "tor", "ul", "ver", "wex", "yar", "zen")


def _name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                    for _ in range(rng.randint(1, 2)))


class _Text:
    """An article's text, growing a sentence at a time, with each sentence's evidence."""

    def __init__(self, headline: str):
        self.text = headline + "\n"

    def add(self, sentence: str) -> Evidence:
        start = len(self.text)
        self.text += sentence + " "
        return Evidence(start, start + len(sentence), sentence)


def synthetic_articles(nodes: int, *, seed: int = 5000):
    """(Article, Extraction) pairs holding about `nodes` entities, events and claims in all."""
    rng = random.Random(seed)
    n_articles = max(1, nodes // 20)  # an article: 10 entities of its own, 8 events, 2 claims
    pool = [(f"synthetic-{i:05d}", _name(rng), CATEGORIES[i % len(CATEGORIES)]) for i in range(n_articles * 10)]
    for index in range(n_articles):
        text = _Text(f"Synthetic article {index}")
        own = pool[index * 10:index * 10 + 10]
        cast = own + rng.sample(pool[:index * 10] + pool[index * 10 + 10:], 2) if n_articles > 1 else own
        entities = []
        for key, label, category in cast:
            ev = text.add(f"{label} is a {category} in the synthetic news.")
            entities.append(Entity(key, label, category, aliases=(label.upper(),),
                                   mentions=(Mention(label, ev.start, ev.start + len(label), ev),)))
        events = []
        for k in range(8):
            kind = EVENT_TYPES[(index + k) % len(EVENT_TYPES)]
            agent, target, obj = rng.sample(cast, 3)
            ev = text.add(f"{agent[1]} took a {kind} step against {target[1]} over {obj[1]} (item {k}).")
            events.append(Event(kind, (agent[0],), (target[0],), (obj[0],) if k % 3 == 0 else (), trigger=kind.lower(),
                                date=f"20{20 + index % 6}-{1 + k % 12:02d}", evidence=(ev,)))
        claims = []
        for k in range(2):
            speaker = rng.choice(cast)
            ev = text.add(f"{speaker[1]} said that the step number {k} was unfair.")
            claims.append(Claim(speaker[0], f"the step number {k} was unfair", "say", "disputes", about=(k,), evidence=(ev,)))
        a, b = rng.sample(cast, 2)
        ev = text.add(f"{a[1]} leads {b[1]}.")
        relations = (Relation("leads", a[0], b[0], evidence=(ev,)),)
        digest = hashlib.sha256(text.text.encode("utf-8")).hexdigest()
        article = Article(f"synthetic/{index:04d}.txt", f"Synthetic article {index}", text.text, digest,
                          date=f"20{20 + index % 6}-01-15")
        yield article, Extraction(tuple(entities), tuple(events), relations, tuple(claims))


def build_store(folder: Path, nodes: int) -> None:
    with open_store(folder) as store:
        for article, extraction in synthetic_articles(nodes):
            store.replace_graph(graph_iri(article), build_quads(article, extraction))


def _timed(driver, action: str, done: str, *args) -> float:
    """Milliseconds from running `action` in the page until `done` is true there."""
    return driver.execute_async_script(
        "var callback = arguments[arguments.length - 1], args = arguments;"
        "var t0 = performance.now();" + action +
        ";(function wait() { if (" + done + ") callback(performance.now() - t0); else requestAnimationFrame(wait); })();",
        *args)


def measure(page: Path) -> dict:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chrome()
    try:
        driver.set_script_timeout(60)
        started = time.perf_counter()
        open_page(driver, page, timeout=600)
        wall = time.perf_counter() - started
        figures = driver.execute_script(
            "return {start: kg.timings.start, stabilized: kg.timings.stabilized, ready: kg.timings.ready,"
            " nodes: kg.network.body.nodeIndices.length, edges: kg.network.body.edgeIndices.length}")
        figures["wall_open_s"] = wall
        # a real click on the busiest node, where vis draws it on the screen
        target = driver.execute_script(
            "var best = null, most = -1; kg.nodes.forEach(function (n) {"
            " var c = kg.network.getConnectedEdges(n.id).length; if (c > most) { most = c; best = n.id; } });"
            "kg.network.focus(best, {scale: 1.0, animation: false}); return best;")
        graph = driver.find_element("id", "graph")
        x, y, under = driver.execute_script(
            "var p = kg.network.canvasToDOM(kg.network.getPosition(arguments[0]));"
            "var r = document.getElementById('graph').getBoundingClientRect();"
            "window.__t = {}; document.getElementById('graph').addEventListener('pointerup',"
            " function () { window.__t.up = performance.now(); }, true);"
            "new MutationObserver(function () { window.__t.panel = window.__t.panel || performance.now(); })"
            ".observe(document.getElementById('panel'), {attributes: true, attributeFilter: ['data-node']});"
            "return [p.x - r.width / 2, p.y - r.height / 2, kg.network.getNodeAt(p)];", target)
        ActionChains(driver).move_to_element_with_offset(graph, int(x), int(y)).click().perform()
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return !!window.__t.panel"))
        figures["click_ms"] = driver.execute_script("return window.__t.panel - window.__t.up")
        figures["clicked"] = driver.execute_script("return document.getElementById('panel').getAttribute('data-node')") == under
        name = driver.execute_script("return kg.details.nodes[arguments[0]].label", target)
        figures["search_ms"] = _timed(
            driver, "var s = document.getElementById('search'); s.value = args[0];"
            "s.dispatchEvent(new Event('input')); s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))",
            "kg.focused === args[1] && (function () { var v = kg.network.getViewPosition(),"
            " p = kg.network.getPosition(args[1]); return Math.hypot(v.x - p.x, v.y - p.y) < 1; })()", name, target)
        figures["filter_ms"] = _timed(
            driver, "var b = document.querySelector('input[data-category=Person]'); b.checked = false;"
            "b.dispatchEvent(new Event('change'))",
            "kg.network.body.nodeIndices.length < kg.nodes.length")
        figures["requests"] = requested_urls(driver)
        figures["console"] = console_problems(driver)
        return figures
    finally:
        quit_chrome(driver)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="keep the store and the page in this folder")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-html-large-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        store_dir, page = folder / "store", folder / "graph.html"
        shutil.rmtree(store_dir, ignore_errors=True)
        t = time.perf_counter()
        build_store(store_dir, args.nodes)
        built = time.perf_counter() - t
        with open_store(store_dir, read_only=True) as store:
            t = time.perf_counter()
            export(store, "html", page)
            exported = time.perf_counter() - t
        f = measure(page)
        print(f"synthetic store: {built:.1f} s to build")
        print(f"export: {exported:.2f} s, {page.stat().st_size / 1e6:.1f} MB")
        print(f"drawn: {f['nodes']} nodes, {f['edges']} edges")
        print(f"script started: {f['start']:.0f} ms after navigation")
        print(f"layout settled, physics off: {f['stabilized']:.0f} ms")
        print(f"time to interactive: {f['ready']:.0f} ms (wall clock, from driver.get: {f['wall_open_s']:.1f} s)")
        print(f"click on the busiest node → its panel: {f['click_ms']:.0f} ms (the node under the pointer: {f['clicked']})")
        print(f"search → the node selected and centred: {f['search_ms']:.0f} ms")
        print(f"filter (hide Person) → applied: {f['filter_ms']:.0f} ms")
        print(f"requests: {f['requests']}")
        print(f"console warnings and errors: {f['console'] or 'none'}")
        return 0 if f["console"] == [] and all(u.startswith(("file:", "data:")) for u in f["requests"]) else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
