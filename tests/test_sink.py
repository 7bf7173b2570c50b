"""The capped sink stops a serializer at its limit and keeps what came before."""
from __future__ import annotations

import pyoxigraph
import pytest
from pyoxigraph import QueryResultsFormat

from kg.sink import CappedBuffer


def test_a_result_past_the_limit_stops_the_serializer():
    store = pyoxigraph.Store()
    result = store.query("SELECT ?v WHERE { VALUES ?v { 1 2 3 4 5 6 7 8 9 10 } }")
    sink = CappedBuffer(10, "too large")
    with pytest.raises(OSError, match="too large"):
        result.serialize(sink, QueryResultsFormat.CSV)
    assert sink.exceeded and sink.size > 10 and len(sink.getvalue()) <= 10


def test_a_result_within_the_limit_is_written_whole():
    store = pyoxigraph.Store()
    sink = CappedBuffer(1000)
    store.query("SELECT ?v WHERE { VALUES ?v { 1 2 } }").serialize(sink, QueryResultsFormat.CSV)
    assert not sink.exceeded and sink.getvalue().decode().split() == ["v", "1", "2"]
