"""`kg query --name entities` on a small store imports neither spaCy nor rdflib, nor rich for a plain
table (start-up stays within 3× of `import pyoxigraph`, benchmarks/startup.py)."""
from __future__ import annotations

import subprocess
import sys

from pyoxigraph import Literal, NamedNode, Quad

from kg.store import GraphStore
from kg.vocab import DATA_IRI, KG, SKOS

SCRIPT = """
import sys
from click.testing import CliRunner
from kg.cli import cli
result = CliRunner().invoke(cli, ["--store", sys.argv[1], "query", "--name", "entities", *sys.argv[2:]])
assert result.exit_code == 0, result.output
print(result.output, end="")
print("loaded:", *[m for m in ("spacy", "rdflib", "rich") if m in sys.modules])
"""


def small_store(path):
    graph = NamedNode(DATA_IRI + "graph/0123456789abcdef")
    entity = NamedNode(DATA_IRI + "entity/anthropic")
    with GraphStore(path) as store:
        store.replace_graph(graph, [Quad(entity, NamedNode(str(SKOS.prefLabel)), Literal("Anthropic"), graph),
                                    Quad(entity, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(str(KG.Company)), graph)])


def run(store, *options) -> list[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, str(store), *options], capture_output=True, text=True, check=True).stdout.splitlines()


def test_a_named_query_does_not_import_spacy_nor_rdflib(tmp_path):
    small_store(tmp_path / "store")
    assert run(tmp_path / "store", "--format", "csv") == ["label,category,entity,aliases",
                                                        f"Anthropic,Company,{DATA_IRI}entity/anthropic,", "loaded:"]


def test_a_plain_table_is_drawn_without_rich(tmp_path):
    small_store(tmp_path / "store")
    assert run(tmp_path / "store") == [
        "┏━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┓",
        "┃ label     ┃ category ┃ entity              ┃ aliases ┃",
        "┡━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━┩",
        "│ Anthropic │ Company  │ id:entity/anthropic │         │",
        "└───────────┴──────────┴─────────────────────┴─────────┘",
        "1 row",
        "loaded:",
    ]
