"""Helpers for the HTML view's tests: stores from hand-made records, and a real headless Chromium.

The browser is Debian's `chromium` with its `chromium-driver`, driven by Selenium 4; the tests
never skip when it is missing, they fail and say what to install.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from kg.graph import build_quads, graph_iri
from kg.read import Article
from kg.records import Claim, Entity, Event, Evidence, Extraction, Mention, Relation
from kg.store import open_store

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--force-device-scale-factor=1", "--hide-scrollbars")


def article(name: str, text: str, *, date: str | None = None) -> Article:
    headline = text.strip().splitlines()[0]
    return Article(path=f"/articles/{name}", headline=headline, text=text,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), date=date)


def sentence(text: str, whole: str) -> Evidence:
    start = whole.index(text)
    return Evidence(start, start + len(text), text)


def entity(key: str, label: str, category: str, text: str, whole: str, *, aliases=(), kind=None) -> Entity:
    ev = sentence(text, whole)
    found = whole.index(label) if label in whole else ev.start
    return Entity(key, label, category, kind=kind, aliases=tuple(aliases),
                  mentions=(Mention(label, found, found + len(label), ev),))


def fill(store_dir: Path, items) -> Path:
    """A store holding the given (Article, Extraction) pairs, one graph each."""
    with open_store(store_dir) as store:
        for art, extraction in items:
            store.replace_graph(graph_iri(art), build_quads(art, extraction))
    return store_dir


POLICY = """Commerce restricts exports of Fable 5
Date: 2025-03-04
The Department of Commerce restricted exports of Fable 5 by Anthropic. Anthropic disputed the decision, \
calling it disproportionate. Dario Amodei leads Anthropic.
"""
LAWSUIT = """Anthropic sues the Pentagon
Date: 2025-06-10
Anthropic sued the Pentagon over the designation. The Pentagon said the designation was lawful.
"""


def policy_items():
    """Two small articles as records: events of two types, a relation, claims, dates, aliases."""
    s1 = "The Department of Commerce restricted exports of Fable 5 by Anthropic."
    s2 = "Anthropic disputed the decision, calling it disproportionate."
    s3 = "Dario Amodei leads Anthropic."
    first = Extraction(
        entities=(entity("department-of-commerce", "Department of Commerce", "GovernmentBody", s1, POLICY,
                         aliases=("Commerce", "U.S. Department of Commerce")),
                  entity("fable-5", "Fable 5", "AIModel", s1, POLICY),
                  entity("anthropic", "Anthropic", "Company", s2, POLICY, aliases=("the company",)),
                  entity("dario-amodei", "Dario Amodei", "Person", s3, POLICY, kind="Official")),
        events=(Event("ExportRestriction", ("department-of-commerce",), ("anthropic",), ("fable-5",),
                      trigger="restricted", date="2025-03", date_text="in March", evidence=(sentence(s1, POLICY),)),),
        relations=(Relation("leads", "dario-amodei", "anthropic", title="chief executive", evidence=(sentence(s3, POLICY),)),),
        claims=(Claim("anthropic", "the decision", "dispute", "disputes", about=(0,), evidence=(sentence(s2, POLICY),)),),
    )
    t1 = "Anthropic sued the Pentagon over the designation."
    t2 = "The Pentagon said the designation was lawful."
    second = Extraction(
        entities=(entity("anthropic", "Anthropic", "Company", t1, LAWSUIT),
                  entity("pentagon", "Pentagon", "GovernmentBody", t1, LAWSUIT, aliases=("Department of Defense",))),
        events=(Event("Lawsuit", ("anthropic",), ("pentagon",), trigger="sued", evidence=(sentence(t1, LAWSUIT),)),),
        claims=(Claim("pentagon", "the designation was lawful", "say", "neutral", evidence=(sentence(t2, LAWSUIT),)),),
    )
    return [(article("policy.txt", POLICY, date="2025-03-04"), first),
            (article("lawsuit.txt", LAWSUIT, date="2025-06-10"), second)]


# hostile text: every payload would set window.__pwned if it ever ran
PAYLOADS = ('<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">',
            '"\'><svg onload=window.__pwned=3>', '</script><script>window.__pwned=4</script>')
HOSTILE = ("Evil <script>window.__pwned=1</script> Corp\n"
           "Evil <script>window.__pwned=1</script> Corp said <img src=x onerror=\"window.__pwned=2\"> is \"fine\" & 'safe'.\n"
           "</script><script>window.__pwned=4</script> leads Evil <script>window.__pwned=1</script> Corp, \"'><svg onload=window.__pwned=3>.\n")


def hostile_items():
    """An article whose names, aliases, sentences, headline and file name all carry markup."""
    lines = HOSTILE.strip().splitlines()
    corp, person = "Evil <script>window.__pwned=1</script> Corp", "</script><script>window.__pwned=4</script>"
    extraction = Extraction(
        entities=(entity("evil-corp", corp, "Company", lines[1], HOSTILE, aliases=(PAYLOADS[1], PAYLOADS[2])),
                  entity("evil-person", person, "Person", lines[2], HOSTILE, aliases=("O'Brien \"the <b>bold</b>\"",))),
        events=(Event("UsageBan", ("evil-corp",), ("evil-person",), trigger=PAYLOADS[1], date_text=PAYLOADS[2],
                      evidence=(sentence(lines[1], HOSTILE),)),),
        relations=(Relation("leads", "evil-person", "evil-corp", title=PAYLOADS[3], evidence=(sentence(lines[2], HOSTILE),)),),
        claims=(Claim("evil-corp", PAYLOADS[1] + ' is "fine"', PAYLOADS[0], "supports", about=(0,),
                      evidence=(sentence(lines[1], HOSTILE),)),),
    )
    return [(article('evil<img src=x onerror="window.__pwned=5">.txt', HOSTILE), extraction)]


def synthetic_view(count: int = 5000, *, seed: int = 5000):
    """A view of `count` nodes made directly (no store): half entities, 2 events for every
    5 nodes, the rest claims, each event with an agent and a target, each claim with a speaker."""
    import random

    from kg.export.view import Article as Source, Edge, Evidence as Sentence, Node, View
    from kg.vocab import CATEGORIES, EVENT_TYPES

    rng = random.Random(seed)
    source = Source("0" * 16, "synthetic.txt", "A synthetic graph")
    n_entities, n_events = count // 2, count * 2 // 5
    nodes, edges = {}, {}

    def said(text):
        return (Sentence(source.key, len(nodes), text),)

    for i in range(n_entities):
        node = Node(f"entity/e{i:05d}", "entity", CATEGORIES[i % len(CATEGORIES)], f"Entity {i}",
                    aliases=(f"E-{i}",), evidence=said(f"Entity {i} is in the news."))
        nodes[node.id] = node
    for i in range(n_events):
        kind = EVENT_TYPES[i % len(EVENT_TYPES)]
        node = Node(f"event/v{i:05d}", "event", "Event", kind, type=kind, evidence=said(f"Event {i} happened."))
        nodes[node.id] = node
        for role, other in (("agent", rng.randrange(n_entities)), ("target", rng.randrange(n_entities))):
            entity_id = f"entity/e{other:05d}"
            source_id, target_id = (entity_id, node.id) if role == "agent" else (node.id, entity_id)
            edge = Edge(f"{node.id}#{role}#{entity_id}", source_id, target_id, role, "role", evidence=node.evidence)
            edges[edge.id] = edge
    for i in range(count - n_entities - n_events):
        node = Node(f"claim/c{i:05d}", "claim", "Claim", f"“claim {i}”", evidence=said(f"Someone said claim {i}."))
        nodes[node.id] = node
        speaker = f"entity/e{rng.randrange(n_entities):05d}"
        edge = Edge(f"{node.id}#speaker#{speaker}", speaker, node.id, "say", "said", evidence=node.evidence)
        edges[edge.id] = edge
    return View(dict(sorted(nodes.items())), dict(sorted(edges.items())), {source.key: source})


# ---------- the browser ----------

def chrome():
    """A fresh headless Chromium with its own profile, logging the console and the network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).exists():
            raise RuntimeError(f"{path} is missing: apt-get install -y chromium chromium-driver (package {package})")
    profile = tempfile.mkdtemp(prefix="kg-chrome-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.kg_profile = profile
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1400, "height": 860, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    return driver


def quit_chrome(driver) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver.kg_profile, ignore_errors=True)


def open_page(driver, path: Path, *, timeout: float = 60):
    """Open an exported file and wait until its layout has settled and it is drawn."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(Path(path).resolve().as_uri())
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return !!(window.kg && window.kg.ready)"))


def requested_urls(driver) -> list[str]:
    """Every URL the page asked for since the last call, from Chromium's performance log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_problems(driver) -> list[str]:
    return [f"{e['level']}: {e['message']}" for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
