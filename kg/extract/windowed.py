"""spaCy's Matcher, run only over the stretches of a document where a match can start.

The Matcher tries every pattern at every token, and a pattern with an `IN` list costs a Python call
per token for each such list: most of its time goes to tokens no trigger starts at. A match of a
pattern whose tokens are required or optional (`OP` "?") starts at a token that meets the lemma,
lower-case form or text of one of its first elements (the first required one and any optional ones
before it), and spans at most as many tokens as the pattern has. So the document's tokens are
looked up once (`Doc.to_array`), and the Matcher runs on each stretch from such a token to as many
tokens past it as its longest pattern has, plus one (stretches that meet are joined), each key's
patterns on their own stretches. States are independent per start token and none outlives its
stretch, so the matches (key, start, end) are those of the Matcher over the whole document (given in
a fixed order: the Matcher's own follows how its states ran). Patterns of any other shape (other
operators, a first element with no lemma, lower-case or text condition) make it run over the whole
document, as before.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id

_COLUMNS = {"LEMMA": 0, "LOWER": 1, "ORTH": 2, "TEXT": 2}
_ARRAY_ATTRS = [LEMMA, LOWER, ORTH]


def _values(value):
    """The string hashes a condition accepts, or None if it is not a plain value or an IN list."""
    if isinstance(value, str):
        return [get_string_id(value)]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return [get_string_id(v) for v in value["IN"]]
    return None


def _starts(pattern):
    """{column: {hash: pattern length}} for the tokens a match of the pattern can start at, or None
    if that cannot be told from the pattern (the Matcher then runs over the whole document)."""
    elements = [{key.upper(): value for key, value in element.items() if isinstance(key, str)} for element in pattern]
    if any(element.get("OP", "1") not in ("1", "?") for element in elements):
        return None  # a match's length is then not bounded by the pattern's
    starts: dict[int, dict[int, int]] = {}
    for element in elements:
        conditions = [(_COLUMNS[key], _values(value)) for key, value in element.items() if key in _COLUMNS]
        conditions = [(column, values) for column, values in conditions if values is not None]
        if not conditions:
            return None
        column, values = conditions[0]  # a token the element takes meets every condition: one suffices
        for value in values:
            lengths = starts.setdefault(column, {})
            lengths[value] = max(lengths.get(value, 0), len(pattern))
        if element.get("OP", "1") == "1":
            break
    return starts


class WindowedMatcher:
    """Matcher patterns added once, by key; called on a Doc, gives the matches `Matcher(doc)` gives,
    as (key, start, end) sorted by start, end and the order the keys were added."""

    def __init__(self, vocab, patterns: dict[str, list[list[dict]]]):
        self.matcher = Matcher(vocab)  # every pattern: the annotation check, and the whole document when needed
        self.rank: dict[int, int] = {}
        self.matchers: list[Matcher] = []
        self.starts: list[dict[int, list[tuple[int, int]]]] | None = [{}, {}, {}]  # column: hash: [(key's index, length)]
        for index, (key, key_patterns) in enumerate(patterns.items()):
            self.matcher.add(key, key_patterns)
            self.rank[vocab.strings[key]] = index
            own = Matcher(vocab)
            own.add(key, key_patterns)
            self.matchers.append(own)
            reach: dict[tuple[int, int], int] = {}
            for pattern in key_patterns:
                starts = _starts(pattern)
                if starts is None:
                    self.starts = None
                    break
                for column, lengths in starts.items():
                    for value, length in lengths.items():
                        reach[column, value] = max(reach.get((column, value), 0), length)
            if self.starts is not None:
                for (column, value), length in reach.items():
                    self.starts[column].setdefault(value, []).append((index, length))
        if self.starts is not None:
            self.keys = [np.fromiter(starts, dtype=np.uint64, count=len(starts)) for starts in self.starts]

    def windows(self, doc) -> dict[int, list[tuple[int, int]]] | None:
        """The stretches (start, end) of the document a key's matches lie in, by the key's index
        (None: run every pattern over the whole document)."""
        if self.starts is None:
            return None
        array = doc.to_array(_ARRAY_ATTRS)
        reach: dict[int, dict[int, int]] = {}  # key's index: token: length
        for column, (keys, starts) in enumerate(zip(self.keys, self.starts)):
            if not len(keys):
                continue
            values = array[:, column]
            for i in np.flatnonzero(np.isin(values, keys)).tolist():
                for index, length in starts[int(values[i])]:
                    at = reach.setdefault(index, {})
                    at[i] = max(at.get(i, 0), length)
        out: dict[int, list[tuple[int, int]]] = {}
        for index in sorted(reach):
            stretches = out[index] = []
            for i, length in sorted(reach[index].items()):
                end = min(len(doc), i + length + 1)
                if stretches and i <= stretches[-1][1]:
                    stretches[-1] = (stretches[-1][0], max(stretches[-1][1], end))
                else:
                    stretches.append((i, end))
        return out

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        windows = self.windows(doc)
        if windows is None:
            found = self.matcher(doc)
        else:
            found = self.matcher(doc[0:0])  # the Matcher's own check of the document's annotation
            for index, stretches in windows.items():
                matcher = self.matchers[index]
                for start, end in stretches:
                    found.extend((key, start + s, start + e) for key, s, e in matcher(doc[start:end], allow_missing=True))
        return sorted(found, key=lambda match: (match[1], match[2], self.rank[match[0]]))
