"""spaCy's Matcher, run only over the stretches of a document where a match can start.

The Matcher tries every pattern at every token, and a pattern with an `IN` list costs a Python call
per token for each such list: most of its time goes to tokens no trigger starts at. A match of a
pattern whose tokens are required or optional (`OP` "?") starts at a token that meets the lemma,
lower-case form or text of one of its first elements (the first required one and any optional ones
before it), and spans at most as many tokens as the pattern has. So the document's tokens are
looked up once (`Doc.to_array`), and the Matcher runs on each stretch from such a token to as many
tokens past it as its longest pattern has, plus one (stretches that meet are joined). States are
independent per start token and none outlives its stretch, so the matches (key, start, end), and
their order, are those of the Matcher over the whole document. Patterns of any other shape (other
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
    """A Matcher over patterns added once, called on a Doc; gives what `Matcher(doc)` gives."""

    def __init__(self, vocab, patterns: dict[str, list[list[dict]]]):
        self.matcher = Matcher(vocab)
        self.lengths: list[dict[int, int]] | None = [{}, {}, {}]
        for key, key_patterns in patterns.items():
            self.matcher.add(key, key_patterns)
            for pattern in key_patterns:
                starts = _starts(pattern)
                if starts is None or self.lengths is None:
                    self.lengths = None
                    continue
                for column, lengths in starts.items():
                    for value, length in lengths.items():
                        self.lengths[column][value] = max(self.lengths[column].get(value, 0), length)
        if self.lengths is not None:
            self.keys = [np.fromiter(lengths, dtype=np.uint64, count=len(lengths)) for lengths in self.lengths]

    def windows(self, doc) -> list[tuple[int, int]]:
        """The stretches (start, end) of the document the matches lie in."""
        if self.lengths is None:
            return [(0, len(doc))]
        array = doc.to_array(_ARRAY_ATTRS)
        reach: dict[int, int] = {}
        for column, (keys, lengths) in enumerate(zip(self.keys, self.lengths)):
            if not len(keys):
                continue
            values = array[:, column]
            for i in np.flatnonzero(np.isin(values, keys)).tolist():
                reach[i] = max(reach.get(i, 0), lengths[int(values[i])])
        out: list[tuple[int, int]] = []
        for i in sorted(reach):
            end = min(len(doc), i + reach[i] + 1)
            if out and i <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((i, end))
        return out

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        windows = self.windows(doc)
        if windows == [(0, len(doc))]:
            return self.matcher(doc)
        found = self.matcher(doc[0:0])  # the Matcher's own checks of the document's annotation
        for start, end in windows:
            found.extend((key, start + s, start + e) for key, s, e in self.matcher(doc[start:end]))
        return found
