"""The interactive graph view: pyvis builds the network; the page is made self-contained.

Entities are coloured by category, events are diamond nodes linked to their agents and targets,
relations are labelled edges; each tooltip carries the evidence sentence. Text from articles is
HTML-escaped before it reaches a tooltip, and pyvis's CDN links are removed so the file works
offline.
"""
from __future__ import annotations

import html
import re

from pyvis.network import Network

from ..query import rows, run

COLOURS = {"Company": "#4e79a7", "GovernmentBody": "#e15759", "Person": "#59a14f", "AIModel": "#b07aa1",
           "Country": "#f28e2b", "Organization": "#76b7b2", "Event": "#edc948"}
SHAPES = {"Company": "dot", "GovernmentBody": "square", "Person": "ellipse", "AIModel": "triangle",
          "Country": "star", "Organization": "hexagon", "Event": "diamond"}
_CDN = re.compile(r'<(?:link|script)[^>]+(?:href|src)="https?://[^"]+"[^>]*>(?:</script>)?\s*')

ENTITIES = """
SELECT ?entity (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?category) (GROUP_CONCAT(DISTINCT ?alias; separator=", ") AS ?aliases)
       (SAMPLE(?t) AS ?sentence) WHERE {
  VALUES ?class { kg:Company kg:GovernmentBody kg:Person kg:AIModel kg:Country kg:Organization }
  ?entity a ?class ; skos:prefLabel ?l . BIND(STRAFTER(STR(?class), "#") AS ?c)
  OPTIONAL { ?entity skos:altLabel ?alias }
  OPTIONAL { ?m kg:refersTo ?entity ; kg:evidence/kg:text ?t }
} GROUP BY ?entity ORDER BY ?entity"""
EVENTS = """
SELECT ?event (SAMPLE(?c) AS ?type) (SAMPLE(?t) AS ?sentence) (SAMPLE(?d) AS ?date) WHERE {
  ?event a ?class ; kg:evidence/kg:text ?t . ?class rdfs:subClassOf* kg:Event .
  BIND(STRAFTER(STR(?class), "#") AS ?c)
  OPTIONAL { ?event kg:dateText ?d }
} GROUP BY ?event ORDER BY ?event"""
EVENT_TYPES = "kg:ExportRestriction kg:SupplyChainRiskDesignation kg:UsageBan kg:ModelWithdrawal kg:Lawsuit kg:SafeguardBypass kg:ConcernRaised kg:PublicAppeal kg:Negotiation kg:PolicyIssued kg:Deregulation kg:Refusal kg:Investigation kg:Fine kg:Agreement"
ROLES = """
SELECT ?event ?role ?entity WHERE {
  ?event ?p ?entity . VALUES ?p { kg:agent kg:target kg:object } BIND(STRAFTER(STR(?p), "#") AS ?role)
} ORDER BY ?event ?role ?entity"""
RELATIONS = """
SELECT DISTINCT ?s ?predicate ?o WHERE {
  ?r a kg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
} ORDER BY ?s ?predicate ?o"""


def _tooltip(*lines: str) -> str:
    return "\n".join(html.escape(line, quote=True) for line in lines if line)


def build_network(store) -> Network:
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    known = set()
    for row in rows(run(store, ENTITIES)):
        category = row["category"]
        known.add(row["entity"])
        net.add_node(row["entity"], label=row["label"], title=_tooltip(f"{row['label']} ({category})",
                     f"aliases: {row['aliases']}" if row["aliases"] else "", row["sentence"]),
                     color=COLOURS[category], shape=SHAPES[category], group=category)
    events = rows(run(store, EVENTS.replace("?class rdfs:subClassOf* kg:Event .", f"VALUES ?class {{ {EVENT_TYPES} }}")))
    for row in events:
        known.add(row["event"])
        net.add_node(row["event"], label=row["type"], title=_tooltip(row["type"], row["date"], row["sentence"]),
                     color=COLOURS["Event"], shape=SHAPES["Event"], group="Event")
    for row in rows(run(store, ROLES)):
        if row["event"] in known and row["entity"] in known:
            src, dst = (row["entity"], row["event"]) if row["role"] == "agent" else (row["event"], row["entity"])
            net.add_edge(src, dst, label=row["role"], title=row["role"])
    for row in rows(run(store, RELATIONS)):
        if row["s"] in known and row["o"] in known:
            net.add_edge(row["s"], row["o"], label=row["predicate"], title=row["predicate"])
    net.toggle_physics(True)
    net.set_options('{"physics": {"stabilization": {"iterations": 300, "fit": true}, "solver": "forceAtlas2Based"}, '
                    '"interaction": {"hover": true}}')
    return net


def write(store, fmt, path, **_options) -> None:
    page = build_network(store).generate_html(name="graph.html", local=True)
    page = _CDN.sub("", page)
    path.write_text(page, encoding="utf-8")
