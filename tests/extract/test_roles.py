"""Roles from the dependency parse, on hand-built parses (no model): who acts, on whom, and how."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.roles import clause_verb, is_passive, modality, object_tokens, phrase_keys, prep_objects, subject_keys

VOCAB = spacy.blank("en").vocab


class Names:
    """The resolution roles need: which entity a token names, and each entity's category."""

    def __init__(self, doc, **keys):
        self.keys = {i: key for i, tok in enumerate(doc) for word, key in keys.items() if tok.text == word}

    def key_at(self, i):
        return self.keys.get(i)

    def group_at(self, i):
        return []

    def members_at(self, i):
        return []

    def category(self, key):
        return "Company"


def parse(*tokens):
    """tokens: (word, head index, dep, pos, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = zip(*tokens)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def active():
    return parse(("Anthropic", 1, "nsubj", "PROPN", "NNP", "Anthropic"), ("sued", 1, "ROOT", "VERB", "VBD", "sue"),
                 ("the", 3, "det", "DET", "DT", "the"), ("administration", 1, "dobj", "NOUN", "NN", "administration"),
                 (".", 1, "punct", "PUNCT", ".", "."))


def test_active_clause_subject_and_object():
    doc = active()
    names = Names(doc, Anthropic="anthropic", administration="administration")
    verb = doc[1]
    assert not is_passive(verb)
    assert subject_keys(verb, names) == ["anthropic"]
    assert object_tokens(verb, "dobj") == [doc[3]]
    assert phrase_keys(doc[3], names) == ["administration"]
    assert clause_verb(doc[3]) == verb
    assert modality(verb, verb) == "asserted"


def test_passive_clause_the_by_phrase_acts():
    doc = parse(("Anthropic", 2, "nsubjpass", "PROPN", "NNP", "Anthropic"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
                ("sued", 2, "ROOT", "VERB", "VBN", "sue"), ("by", 2, "agent", "ADP", "IN", "by"),
                ("Getty", 3, "pobj", "PROPN", "NNP", "Getty"), (".", 2, "punct", "PUNCT", ".", "."))
    names = Names(doc, Anthropic="anthropic", Getty="getty")
    assert is_passive(doc[2])
    assert subject_keys(doc[2], names) == ["getty"]
    assert object_tokens(doc[2], "nsubjpass") == [doc[0]]


def test_coordinated_subjects_are_all_agents():
    doc = parse(("Adobe", 3, "nsubj", "PROPN", "NNP", "Adobe"), ("and", 0, "cc", "CCONJ", "CC", "and"),
                ("Nvidia", 0, "conj", "PROPN", "NNP", "Nvidia"), ("urged", 3, "ROOT", "VERB", "VBD", "urge"),
                ("Congress", 3, "dobj", "PROPN", "NNP", "Congress"), (".", 3, "punct", "PUNCT", ".", "."))
    names = Names(doc, Adobe="adobe", Nvidia="nvidia", Congress="congress")
    assert subject_keys(doc[3], names) == ["adobe", "nvidia"]


def test_the_controller_of_an_infinitive_acts_and_a_plan_is_planned():
    doc = parse(("Anthropic", 1, "nsubj", "PROPN", "NNP", "Anthropic"), ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
                ("to", 3, "aux", "PART", "TO", "to"), ("sue", 1, "xcomp", "VERB", "VB", "sue"),
                ("Getty", 3, "dobj", "PROPN", "NNP", "Getty"), (".", 1, "punct", "PUNCT", ".", "."))
    names = Names(doc, Anthropic="anthropic", Getty="getty")
    assert subject_keys(doc[3], names) == ["anthropic"]
    assert modality(doc[3], doc[3]) == "planned"


def test_a_relative_clause_acts_for_the_noun_it_modifies():
    doc = parse(("Getty", 0, "ROOT", "PROPN", "NNP", "Getty"), (",", 0, "punct", "PUNCT", ",", ","),
                ("which", 3, "nsubj", "PRON", "WDT", "which"), ("sued", 0, "relcl", "VERB", "VBD", "sue"),
                ("Stability", 3, "dobj", "PROPN", "NNP", "Stability"), (".", 0, "punct", "PUNCT", ".", "."))
    names = Names(doc, Getty="getty", Stability="stability")
    assert subject_keys(doc[3], names) == ["getty"]


def test_a_possessed_decision_to_act_belongs_to_the_possessor():
    doc = parse(("Anthropic", 2, "poss", "PROPN", "NNP", "Anthropic"), ("'s", 0, "case", "PART", "POS", "'s"),
                ("decision", 2, "ROOT", "NOUN", "NN", "decision"), ("to", 4, "aux", "PART", "TO", "to"),
                ("suspend", 2, "acl", "VERB", "VB", "suspend"), ("access", 4, "dobj", "NOUN", "NN", "access"))
    names = Names(doc, Anthropic="anthropic")
    assert subject_keys(doc[4], names) == ["anthropic"]


def test_a_nominal_event_its_verb_and_its_preposition():
    doc = parse(("Anthropic", 1, "nsubj", "PROPN", "NNP", "Anthropic"), ("filed", 1, "ROOT", "VERB", "VBD", "file"),
                ("a", 3, "det", "DET", "DT", "a"), ("lawsuit", 1, "dobj", "NOUN", "NN", "lawsuit"),
                ("against", 3, "prep", "ADP", "IN", "against"), ("the", 6, "det", "DET", "DT", "the"),
                ("administration", 4, "pobj", "NOUN", "NN", "administration"), (".", 1, "punct", "PUNCT", ".", "."))
    names = Names(doc, Anthropic="anthropic", administration="administration")
    assert clause_verb(doc[3]) == doc[1]
    assert subject_keys(clause_verb(doc[3]), names) == ["anthropic"]
    assert prep_objects(doc[3], {"against"}, names) == ["administration"]
    assert prep_objects(doc[3], {"with"}, names) == []


@pytest.mark.parametrize("middle, expected", [
    ([("did", 3, "aux", "AUX", "VBD", "do"), ("not", 3, "neg", "PART", "RB", "not")], "negated"),
    ([("will", 3, "aux", "AUX", "MD", "will"), ("soon", 3, "advmod", "ADV", "RB", "soon")], "planned"),
    ([("reportedly", 3, "advmod", "ADV", "RB", "reportedly"), ("then", 3, "advmod", "ADV", "RB", "then")], "reported"),
], ids=["negated", "planned", "reported"])
def test_modality(middle, expected):
    doc = parse(("Anthropic", 3, "nsubj", "PROPN", "NNP", "Anthropic"), *middle, ("sue", 3, "ROOT", "VERB", "VB", "sue"),
                ("Getty", 3, "dobj", "PROPN", "NNP", "Getty"))
    assert modality(doc[3], doc[3]) == expected
