"""WindowedMatcher gives the Matcher's own matches (in its fixed order), on random token sequences and on parsed prose."""
from __future__ import annotations

import random

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.events import _matcher
from kg.extract.windowed import WindowedMatcher
from kg.lexicon import triggers

WORDS = ["a", "b", "c", "d", "e", "A", "B"]
LEMMAS = {"a": "x", "b": "y", "c": "x", "d": "z", "e": "e", "A": "a", "B": "y"}
PATTERNS = {
    "plain": [[{"LOWER": "a"}, {"LEMMA": "y"}]],
    "sets": [[{"LEMMA": {"IN": ["x", "z"]}}, {"OP": "?"}, {"OP": "?"}, {"LOWER": {"IN": ["b", "e"]}}]],
    "optional first": [[{"ORTH": "A", "OP": "?"}, {"lower": "b", "op": "?"}, {"LEMMA": "z"}]],
    "optional tail": [[{"TEXT": "d"}, {"LEMMA": "y", "OP": "?"}, {"OP": "?"}]],
    "two patterns": [[{"LEMMA": "e"}], [{"LEMMA": "e"}, {"LOWER": "e", "OP": "?"}]],
    "pos": [[{"LEMMA": {"IN": ["x", "a"]}, "POS": "VERB"}, {"POS": "NOUN", "OP": "?"}, {"LOWER": "c"}]],
}


def _doc(vocab, rng, length):
    words = [rng.choice(WORDS) for _ in range(length)]
    return Doc(vocab, words=words, lemmas=[LEMMAS[w] for w in words],
               pos=[rng.choice(["VERB", "NOUN"]) for _ in words])


@pytest.mark.parametrize("extra", [None, [{"LEMMA": "e", "OP": "+"}], [{"POS": "VERB"}, {"LEMMA": "y"}]])
def test_same_matches_as_the_matcher(extra):
    vocab = Vocab()
    patterns = dict(PATTERNS, **({"extra": [extra]} if extra else {}))
    windowed = WindowedMatcher(vocab, patterns)
    assert (windowed.starts is None) == (extra is not None)  # a pattern of unbounded length or start: the whole doc
    matcher = Matcher(vocab)
    for key, key_patterns in patterns.items():
        matcher.add(key, key_patterns)
    rank = {vocab.strings[key]: i for i, key in enumerate(patterns)}
    rng = random.Random(7)
    for _ in range(400):
        doc = _doc(vocab, rng, rng.randint(0, 30))
        assert windowed(doc) == sorted(matcher(doc), key=lambda m: (m[1], m[2], rank[m[0]]))


@pytest.mark.slow
def test_trigger_matches_on_prose(nlp):
    matcher = Matcher(nlp.vocab)
    for number, row in enumerate(triggers()):
        matcher.add(f"T{number}", [row["pattern"]])
    doc = nlp("The Commerce Department imposed export restrictions on Nvidia chips on Monday. "
              "Regulators would not say whether they had opened an investigation, and the company "
              "was designated a supply chain risk. OpenAI said it would stop selling to the firm.")
    found = _matcher(id(nlp.vocab), nlp.vocab)(doc)
    assert found == sorted(matcher(doc), key=lambda m: (m[1], m[2], int(nlp.vocab.strings[m[0]][1:]))) and found
