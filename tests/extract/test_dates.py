"""Event dates: phrases normalised against the article's date when it is known."""
from __future__ import annotations

import pytest

from kg.extract.dates import event_date, normalise


@pytest.mark.parametrize("text, anchor, expected", [
    ("May 21, 2024", None, "2024-05-21"),
    ("21 May 2024", None, "2024-05-21"),
    ("Sept. 5, 2023", None, "2023-09-05"),
    ("Jan. 3, 2025", None, "2025-01-03"),
    ("March 2023", None, "2023-03"),
    ("2019", None, "2019"),
    ("in 2019", None, "2019"),
    ("May 21", "2024-06-01", "2024-05-21"),   # the article's year ...
    ("May 21", "2024-05-01", "2023-05-21"),   # ... or last year's when that would lie after the article
    ("Monday", "2024-06-05", "2024-06-03"),   # the last Monday on or before a Wednesday
    ("Wednesday", "2024-06-05", "2024-06-05"),
    ("in March", "2024-06-05", "2024-03"),
    ("in August", "2024-06-05", "2023-08"),
    ("earlier this year", "2024-06-05", "2024"),
    ("last year", "2024-06-05", "2023"),
])
def test_normalise(text, anchor, expected):
    assert normalise(text, anchor) == expected


@pytest.mark.parametrize("text, anchor", [("May 21", None), ("Monday", None), ("this year", None), ("recently", None),
                                          ("six months", "2024-06-05"), ("May 21", "not a date")])
def test_what_cannot_be_pinned_down_is_none(text, anchor):
    assert normalise(text, anchor) is None


@pytest.mark.slow
def test_event_date_takes_the_date_of_the_clause(nlp):
    doc = nlp("The FTC fined Acme on March 3, 2024, a week after it opened an inquiry on Monday.")
    sent = next(doc.sents)
    fined = next(t for t in doc if t.text == "fined")
    assert event_date(sent, fined, "2024-03-20") == ("2024-03-03", "March 3, 2024")


@pytest.mark.slow
def test_event_date_without_a_date_phrase(nlp):
    doc = nlp("The FTC fined Acme.")
    assert event_date(next(doc.sents), doc[2], None) == (None, None)


def test_a_bills_number_is_no_year():
    assert normalise("1047", "2024-09-30") is None
    assert normalise("in 2019", "2024-09-30") == "2019"
