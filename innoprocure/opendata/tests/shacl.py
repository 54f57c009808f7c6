"""Validate RDF against the official DCAT-AP 3.0.1 SHACL shapes (copied in dcat-ap-3.0.1/, CC BY 4.0)."""

from functools import cache
from pathlib import Path

import pyshacl
from rdflib import RDF, Graph
from rdflib.namespace import SH

SHAPES = Path(__file__).parent / "dcat-ap-3.0.1"
FILES = (
    "releases_3.0.1_shacl_dcat-ap-SHACL.ttl",
    "releases_3.0.1_shacl_ranges.ttl",
    "releases_3.0.1_html_shacl_mdr-vocabularies.shape.ttl",
)


@cache
def shapes():
    graph = Graph()
    for name in FILES:
        graph.parse(SHAPES / name, format="turtle")
    # Some consolidated property shapes have no sh:path (SEMICeu/DCAT-AP#448); pyshacl refuses them. Drop them.
    for shape_owner, _p, shape in list(graph.triples((None, SH.property, None))):
        if (shape, SH.path, None) not in graph:
            graph.remove((shape_owner, SH.property, shape))
            graph.remove((shape, None, None))
    return graph


def validate(data):
    """(conforms, number of violations, report text); warnings (recommended properties) do not count."""
    conforms, report_graph, report_text = pyshacl.validate(data, shacl_graph=shapes(), inference="rdfs", allow_warnings=True)
    # Only the report's own results: nested ones (sh:detail) belong to a result whose severity is the shape's.
    violations = sum(
        1
        for report in report_graph.subjects(RDF.type, SH.ValidationReport)
        for result in report_graph.objects(report, SH.result)
        if (result, SH.resultSeverity, SH.Violation) in report_graph
    )
    return conforms, violations, report_text
