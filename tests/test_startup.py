"""`kg query --name entities` on a small store never imports spaCy (start-up stays fast)."""
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
result = CliRunner().invoke(cli, ["--store", sys.argv[1], "query", "--name", "entities", "--format", "csv"])
assert result.exit_code == 0, result.output
print(result.output, end="")
print("spacy loaded" if "spacy" in sys.modules else "spacy not loaded")
"""


def small_store(path):
    graph = NamedNode(DATA_IRI + "graph/0123456789abcdef")
    entity = NamedNode(DATA_IRI + "entity/anthropic")
    with GraphStore(path) as store:
        store.replace_graph(graph, [Quad(entity, NamedNode(str(SKOS.prefLabel)), Literal("Anthropic"), graph),
                                    Quad(entity, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(str(KG.Company)), graph)])


def test_a_named_query_does_not_import_spacy(tmp_path):
    small_store(tmp_path / "store")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "store")], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["label,category,entity,aliases",
                                f"Anthropic,Company,{DATA_IRI}entity/anthropic,", "spacy not loaded"]
