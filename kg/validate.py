"""SHACL validation of the stored graph with pySHACL, reported in plain words.

Each article's graph is validated on its own: the shapes speak of one article's facts (one
preferred label, one modality), which merged articles may legitimately differ on.
"""
from __future__ import annotations

from dataclasses import dataclass

import rdflib
from rdflib.namespace import SH

from .settings import ONTOLOGY_DIR


@dataclass(frozen=True)
class Violation:
    graph: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def validate(store) -> list[Violation]:
    """Validate every article graph against ontology/shapes.ttl."""
    from pyshacl import validate as shacl

    shapes = shapes_graph()
    violations: list[Violation] = []
    for graph in store.graphs():
        data = rdflib.Graph().parse(data=store.dump_graph(graph).decode("utf-8"), format="nt")
        conforms, report, _text = shacl(data, shacl_graph=shapes, inference="none", allow_warnings=True)
        if conforms:
            continue
        for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
            violations.append(Violation(graph.value, str(report.value(result, SH.focusNode)),
                                        str(report.value(result, SH.resultPath) or ""),
                                        str(report.value(result, SH.resultMessage))))
    return sorted(violations, key=lambda v: (v.graph, v.focus, v.message))
